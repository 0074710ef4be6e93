import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalLangTag, langMatches, tagDirection, tryCanonicalLangTag } from './lang-tag.ts';
import { isSilkloomError } from './errors.ts';

test('FLORES codes and legacy forms map to canonical tags', () => {
  const cases: Record<string, string> = {
    zh_CN: 'zh-Hans', 'zh-TW': 'zh-Hant', 'zh-HK': 'zh-Hant-HK', zh: 'zh-Hans', zho_Hans: 'zh-Hans',
    zho_Hant: 'zh-Hant', yue_Hant: 'yue-Hant', yue: 'yue-Hant', tha_Thai: 'th', zsm_Latn: 'ms',
    ind_Latn: 'id', prs_Arab: 'fa-AF', pes_Arab: 'fa', pbt_Arab: 'ps', uzn_Latn: 'uz', kaz_Cyrl: 'kk',
    khk_Cyrl: 'mn', arb_Arab: 'ar', swh_Latn: 'sw', npi_Deva: 'ne', tgl_Latn: 'fil', 'En-uS': 'en-US',
    'ms-Arab': 'ms-Arab', 'uz-Cyrl': 'uz-Cyrl', 'mn-Mong': 'mn-Mong', 'zh-cmn-Hans': 'zh-Hans', in: 'id',
    'th-Thai-TH': 'th-TH',
  };
  for (const [input, expected] of Object.entries(cases)) assert.equal(canonicalLangTag(input), expected, input);
});

test('unknown and malformed tags are coded errors', () => {
  for (const [input, code] of [['xx', 'SLM_LANG_TAG_UNKNOWN'], ['und', 'SLM_LANG_TAG_UNKNOWN'], ['x-foo', 'SLM_LANG_TAG_INVALID'], ['', 'SLM_LANG_TAG_INVALID'], ['zh--CN', 'SLM_LANG_TAG_INVALID']] as const) {
    assert.throws(() => canonicalLangTag(input), (err) => isSilkloomError(err, code), input);
  }
  assert.equal(tryCanonicalLangTag('klingon!'), undefined);
});

test('basic filtering per RFC 4647', () => {
  assert.ok(langMatches('th', 'th-TH'));
  assert.ok(langMatches('zh', 'zh-Hant'));
  assert.ok(langMatches('zh_CN', 'zh-Hans-SG'));
  assert.ok(!langMatches('zh-Hans', 'zh-Hant'));
  assert.ok(!langMatches('fa', 'fil'));
  assert.ok(langMatches('*', 'km'));
});

test('direction follows the script', () => {
  assert.equal(tagDirection('ur'), 'rtl');
  assert.equal(tagDirection('ps'), 'rtl');
  assert.equal(tagDirection('ms-Arab'), 'rtl');
  assert.equal(tagDirection('ms'), 'ltr');
  assert.equal(tagDirection('th'), 'ltr');
});
