/**
 * Agreement and gold figures of a corpus from its stored votes: Fleiss' kappa
 * over all units, Cohen's kappa per validator pair, gold accuracy per
 * validator (all from @silkloom/cobuild, on the store's votes).
 */
import { type GoldAnswer, fleissKappa, pairwiseCohen, scoreGold, withoutAbstentions } from '@silkloom/cobuild';
import type { Store, StoredVote } from '@silkloom/store';

export async function reviewFigures(store: Store, corpus: string) {
  const [votes, gold] = await Promise.all([store.review.votes(corpus), store.review.gold(corpus)]);
  const answers = new Map(gold.map((g) => [g.unitId, g.answer as GoldAnswer]));
  const ratings = withoutAbstentions(votes.map((v: StoredVote) => ({ item: v.unitId, rater: v.voter, category: v.vote })));
  const fleiss = fleissKappa(ratings);
  return {
    votes,
    goldUnits: gold.length,
    fleiss: { items: fleiss.items, kappa: fleiss.kappa },
    cohen: pairwiseCohen(ratings).map(({ a, b, items, kappa }) => ({ a, b, items, kappa })),
    gold: scoreGold(votes.filter((v) => v.gold).map((v) => ({ voter: v.voter, unitId: v.unitId, vote: v.vote as never })), answers),
  };
}
