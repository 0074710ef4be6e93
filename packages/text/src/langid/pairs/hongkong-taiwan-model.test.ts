import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { identifyLanguage } from '../identify.ts';
import { hongKongTaiwanMatches, hongKongVsTaiwan } from './hongkong-taiwan.ts';
import { regionLogOdds, trainRegionModel } from './hongkong-taiwan-model.ts';

test('own Hong Kong and Taiwan text: at least 40 KB each, paragraph for paragraph', () => {
  const read = (region: string) => readFileSync(new URL(`../own-text/zh-Hant-${region}.txt`, import.meta.url), 'utf8');
  const hk = read('HK');
  const tw = read('TW');
  assert.ok(Buffer.byteLength(hk) >= 40_000 && Buffer.byteLength(tw) >= 40_000);
  assert.equal(hk.trim().split('\n').length, tw.trim().split('\n').length);
});

test('the region model leans Hong Kong on Hong Kong style and Taiwan on Taiwan style (sentences not in its training text)', () => {
  assert.ok(regionLogOdds('當局表示，涉事的士司機已被拘捕，傷者清醒送院，事件中亦有一名途人受輕傷。') > 0);
  assert.ok(regionLogOdds('警方表示，肇事的計程車司機已經被逮捕，傷者意識清楚送醫，另外也有一名路人受到輕傷。') < 0);
});

test('the region model folds the regions\' character forms (裏/裡, 着/著) before counting', () => {
  const model = trainRegionModel(['城裏的人着急'], ['城裡的人著急']);
  assert.equal(regionLogOdds('裏着', model), regionLogOdds('裡著', model));
});

test('words Taiwan writes too are not Hong Kong evidence; the matches can be listed', () => {
  assert.ok(hongKongVsTaiwan('主隊與客隊的比賽吸引很多小朋友') < 1);
  assert.deepEqual(hongKongTaiwanMatches('的士和計程車'), [['的士', 3], ['計程車', -3]]);
});

test('colloquial Cantonese is yue-Hant, Taiwan Mandarin zh-Hant, Simplified Mandarin zh-Hans', () => {
  assert.equal(identifyLanguage('我哋聽日一齊去飲茶，你鍾意食乜嘢？').lang, 'yue-Hant');
  assert.equal(identifyLanguage('佢話今日唔得閒，淨係想返屋企瞓覺。').lang, 'yue-Hant');
  assert.equal(identifyLanguage('我們明天一起去喝茶，你喜歡吃什麼？').lang, 'zh-Hant');
  assert.equal(identifyLanguage('我们明天一起去喝茶，你喜欢吃什么？').lang, 'zh-Hans');
  assert.equal(identifyLanguage('政府發言人表示，的士及巴士車費將於下月上調，市民可透過網上平台查詢。').lang, 'yue-Hant');
  assert.equal(identifyLanguage('政府發言人表示，計程車和公車的票價將在下個月調漲，民眾可以上網查詢。').lang, 'zh-Hant');
});
