import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { findSplitLeaks, type SplitItem, splitRelease } from './release-split.ts';
import { textKey } from './text-key.ts';

const HANZI = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
const THAI = 'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮะาิีึืุูเแโใไ่้๊๋็์';

/** A deterministic pseudo-random generator (mulberry32), so the fixture is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, alphabet: string, min: number, max: number): string {
  const length = min + Math.floor(next() * (max - min));
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

/** 100 distinct pairs, then exact copies with other punctuation/digits and near copies with one character changed. */
function corpus(): SplitItem[] {
  const next = random(42);
  const items: SplitItem[] = [];
  for (let n = 0; n < 100; n++) {
    items.push({ id: `u${n}`, texts: [`${sentence(next, HANZI, 12, 30)}，有${n}个。`, `${sentence(next, THAI, 15, 40)} ${n}`] });
  }
  for (let i = 0; i < 100; i += 4) {
    const [zh, th] = items[i]!.texts;
    // Exact duplicate once normalised: other punctuation, full-width digits, Thai digits on the target side.
    items.push({ id: `dup${i}`, texts: [zh!.replace('，', ', ').replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))), th!.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!)] });
    // Near duplicate: one character of the hub side changed, the target rewritten.
    items.push({ id: `near${i}`, texts: [`${zh!.slice(0, 5)}好${zh!.slice(6)}`, `ประโยคใหม่ทั้งหมด ${i}`] });
  }
  return items;
}

test('normalised keys fold punctuation, width, case and digit scripts', () => {
  assert.equal(textKey('Hello, World! ４２'), textKey('hello world 42'));
  assert.equal(textKey('มี ๕ คน'), textKey('มี 5 คน'));
  assert.equal(textKey('٣ كتب'), textKey('3 كتب'));
  assert.notEqual(textKey('广州'), textKey('曼谷'));
});

test('no exact or near-duplicate pair crosses train/dev/test, and sizes follow the ratios', () => {
  const items = corpus();
  const result = splitRelease(items, { dev: 0.1, test: 0.1 });
  assert.equal(result.assignment.size, items.length);
  assert.ok(result.exactLinks >= 25, `exact links ${result.exactLinks}`);
  assert.ok(result.nearLinks >= 25, `near links ${result.nearLinks}`);
  assert.deepEqual(findSplitLeaks(items, result.assignment), []);
  for (let i = 0; i < 100; i += 4) {
    assert.equal(result.assignment.get(`dup${i}`), result.assignment.get(`u${i}`));
    assert.equal(result.assignment.get(`near${i}`), result.assignment.get(`u${i}`));
  }
  const total = items.length;
  assert.ok(Math.abs(result.counts.test - total * 0.1) <= 3, `test ${result.counts.test}`);
  assert.ok(Math.abs(result.counts.dev - total * 0.1) <= 3, `dev ${result.counts.dev}`);
  assert.equal(result.counts.train + result.counts.dev + result.counts.test, total);
});

test('the leak check itself finds a leak when duplicates are put apart by hand', () => {
  const items = corpus();
  const bad = new Map(items.map((it) => [it.id, 'train' as const]));
  const assignment = new Map<string, 'train' | 'dev' | 'test'>(bad);
  assignment.set('dup0', 'test');
  assignment.set('near4', 'dev');
  const leaks = findSplitLeaks(items, assignment);
  assert.ok(leaks.some((l) => l.a === 'u0' && l.b === 'dup0' && l.kind === 'exact'));
  assert.ok(leaks.some((l) => l.a === 'u4' && l.b === 'near4' && l.kind === 'near'));
});

test('the same seed gives the same split; another seed another one', () => {
  const items = corpus();
  const a = splitRelease(items, { seed: 7 });
  const b = splitRelease([...items].reverse(), { seed: 7 });
  assert.deepEqual([...a.assignment].sort(), [...b.assignment].sort());
  const c = splitRelease(items, { seed: 8 });
  assert.notDeepEqual([...a.assignment].sort(), [...c.assignment].sort());
});

test('pinned units keep their split and pull their duplicates with them (frozen test set)', () => {
  const items = corpus();
  const pinned = new Map([['u8', 'test' as const], ['u9', 'dev' as const]]);
  const r = splitRelease(items, { pinned });
  assert.equal(r.assignment.get('u8'), 'test');
  assert.equal(r.assignment.get('dup8'), 'test');
  assert.equal(r.assignment.get('near8'), 'test');
  assert.equal(r.assignment.get('u9'), 'dev');
  assert.deepEqual(findSplitLeaks(items, r.assignment), []);
});

test('bad ratios are refused with SLM_RELEASE_SPLIT_INVALID', () => {
  assert.throws(() => splitRelease([], { dev: 0.6 }), (e) => isSilkloomError(e, 'SLM_RELEASE_SPLIT_INVALID'));
  assert.throws(() => splitRelease([], { dev: 0.5, test: 0.5 }), (e) => isSilkloomError(e, 'SLM_RELEASE_SPLIT_INVALID'));
});
