/** The public form of a corpus and of a sharing agreement. */
import type { Corpus } from '@silkloom/core';
import type { CorpusInfo, ShareInfo } from '@silkloom/contract';
import type { Share } from '@silkloom/store';
import type { CorpusRights } from '../../auth/principal.ts';

export function corpusView(corpus: Corpus, units: number, rights: CorpusRights): CorpusInfo {
  return { ...corpus, visibility: rights.corpus.visibility, units, access: rights.access };
}

export function shareView(share: Share): ShareInfo {
  const { shareId, createdBy: _by, ...rest } = share;
  return { id: shareId, ...rest };
}
