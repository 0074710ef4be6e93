/** The hub language of Silkloom's corpora (PRODUCT.md): it leads every pair it is part of. */
export const HUB_LANG = 'zh-Hans';

/**
 * Key of an unordered language pair, as used in StoreStats.pairs: `zh-Hans:th`.
 * zh-Hans comes first when it is one of the two; otherwise the tags are in
 * alphabetical (UTF-16 code unit) order: `ar:th`, `en:vi`.
 */
export function pairKey(a: string, b: string): string {
  if (b === HUB_LANG || (a !== HUB_LANG && b < a)) return `${b}:${a}`;
  return `${a}:${b}`;
}
