import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberAgreement } from './filters/number-filter.ts';
import { PairMeasures } from './pair-measures.ts';

test('numbers read once per side and shared: the same agreement as reading them afresh, however often asked', () => {
  // A Thai side in the Buddhist era (2567 = 2024): its reading as 2024 is added to a copy, never to the shared tokens.
  const cases: Array<[string, string, string]> = [
    ['2024 年有 3 场比赛。', 'ในปี 2567 มีการแข่งขัน 3 นัด', 'th'],
    ['她获得了二十多个奖项。', 'She won 24 awards in 2009.', 'en'],
    ['没有数字。', 'Il y a 12 pommes.', 'fr'],
  ];
  for (const [src, tgt, tgtLang] of cases) {
    const fresh = [false, true].map((lone) => numberAgreement(src, tgt, 'zh-Hans', tgtLang, lone));
    const measures = new PairMeasures();
    for (let round = 0; round < 3; round++) {
      for (const lone of [false, true]) assert.deepEqual(numberAgreement(src, tgt, 'zh-Hans', tgtLang, lone, measures), fresh[Number(lone)], `${tgtLang} round ${round}`);
    }
    for (const t of measures.tgt.numbers ?? []) assert.ok(!t.alts?.includes('2024'), 'the era reading stays off the shared tokens');
  }
});
