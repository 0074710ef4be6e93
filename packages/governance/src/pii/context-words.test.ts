import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANGUAGES } from '@silkloom/core';
import { ACCOUNT_WORDS, CARD_WORDS, EMAIL_WORDS, ID_WORDS, IP_WORDS, PHONE_WORDS } from './context-words.ts';
import { scanText } from './scan-text.ts';

test('context words are written for every language of the registry (PRODUCT.md)', () => {
  const lists = { ID_WORDS, PHONE_WORDS, EMAIL_WORDS, CARD_WORDS, ACCOUNT_WORDS, IP_WORDS };
  for (const [name, list] of Object.entries(lists)) {
    for (const { tag } of LANGUAGES) assert.ok((list[tag] ?? []).length > 0, `${name} has no words for ${tag}`);
  }
});

test('an ID word in one language raises an identifier quoted in a sentence of another', () => {
  const [f] = scanText('越南合作方：Căn cước công dân số 001090123456', { lang: 'zh-Hans' });
  assert.equal(f?.type, 'VN_CCCD');
  const [g] = scanText('Номер телефона: 8 912 345-67-89', { lang: 'zh-Hans' });
  assert.equal(g?.type, 'PHONE');
  assert.ok(g!.score >= 0.8);
});
