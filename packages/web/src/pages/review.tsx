/**
 * The review queue: one pair at a time (zh-Hans and its translation(s), each
 * with lang and dir), a vote with the keyboard — 1 good, 2 bad translation,
 * 3 wrong language, 4 personal data, 5 unsure; ←/→ or K/J to move; ? for help.
 * A unit decided by consensus changes status at once; gold checks show the
 * known answer after the vote.
 */
import { cobuildRoutes, type QueueItem, type UnitInfo, type VoteResultInfo, type VoteValue } from '@silkloom/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { LangBadge, Segment } from '../components/segment.tsx';
import { orderedVariants } from '../components/unit-card.tsx';
import { GoldMarker, ReviewStatsPanel } from '../components/review-stats.tsx';
import { CorpusPicker, ErrorBox, Loading, Page, StatusBadge, useCorpusChoice } from '../components/ui.tsx';
import { useSession } from '../api/session.tsx';

const VOTES: Array<{ key: string; vote: VoteValue }> = [
  { key: '1', vote: 'good' },
  { key: '2', vote: 'bad' },
  { key: '3', vote: 'wrong_lang' },
  { key: '4', vote: 'pii' },
  { key: '5', vote: 'unsure' },
];

function HelpDialog(props: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (props.open && !ref.current?.open) ref.current?.showModal();
    if (!props.open && ref.current?.open) ref.current.close();
  }, [props.open]);
  return (
    <dialog ref={ref} onClose={props.onClose} data-testid="review-help">
      <h2>{t('review.shortcuts')}</h2>
      <ul>
        {VOTES.map((v) => (
          <li key={v.key}>
            <kbd>{v.key}</kbd> {t(`vote.${v.vote}`)}
          </li>
        ))}
        <li>
          <kbd>→</kbd> / <kbd>J</kbd> {t('review.next')}
        </li>
        <li>
          <kbd>←</kbd> / <kbd>K</kbd> {t('review.previous')}
        </li>
        <li>
          <kbd>?</kbd> {t('review.help')}
        </li>
      </ul>
      <p className="muted">{t('review.policyHelp')}</p>
      <button onClick={props.onClose}>{t('common.close')}</button>
    </dialog>
  );
}

export function ReviewPage() {
  const { t } = useTranslation();
  const { corpus, corpora, error: corpusError, loading } = useCorpusChoice();
  const [seen, setSeen] = useState<UnitInfo[]>([]);
  const [pos, setPos] = useState(0);
  const [queue, setQueue] = useState<Omit<QueueItem, 'unit'>>();
  const [votes, setVotes] = useState<Record<string, VoteResultInfo>>({});
  const [error, setError] = useState<unknown>();
  const [help, setHelp] = useState(false);
  const [empty, setEmpty] = useState(false);
  const busy = useRef(false);
  const { session } = useSession();
  // Curators and owners may seed gold answers and choose trusted reviewers (the server checks again).
  const canCurate = !!session && (session.user.admin || session.user.memberships.some((m) => m.role === 'owner' || m.role === 'curator'));

  const fetchNext = useCallback(
    async (skip: string[]) => {
      if (!corpus) return;
      const item = await call(cobuildRoutes.reviewNext, { params: { corpus }, query: skip.length ? { skip: skip.join(',') } : {} });
      const { unit, ...rest } = item;
      setQueue(rest);
      if (unit) {
        setSeen((s) => [...s, unit]);
        // Point past the end; reads clamp to the last unit, which is the one just fetched.
        setPos(Number.MAX_SAFE_INTEGER);
        setEmpty(false);
      } else setEmpty(true);
    },
    [corpus],
  );

  useEffect(() => {
    setSeen([]);
    setPos(0);
    setVotes({});
    setEmpty(false);
    if (corpus) fetchNext([]).catch(setError);
  }, [corpus]);

  const at = Math.min(pos, seen.length - 1);
  const current = seen[at];
  const next = useCallback(async () => {
    if (at < seen.length - 1) return setPos(at + 1);
    await fetchNext(seen.filter((u) => !votes[u.unitId]).map((u) => u.unitId)).catch(setError);
  }, [at, seen, votes, fetchNext]);
  const previous = useCallback(() => setPos(Math.max(0, at - 1)), [at]);

  const vote = useCallback(
    async (kind: VoteValue) => {
      if (!current || votes[current.unitId] || busy.current) return;
      busy.current = true;
      setError(undefined);
      try {
        const result = await call(cobuildRoutes.vote, { params: { unitId: current.unitId }, body: { vote: kind } });
        setVotes((v) => ({ ...v, [current.unitId]: result }));
        setSeen((s) => s.map((u) => (u.unitId === current.unitId ? { ...u, status: result.status as UnitInfo['status'] } : u)));
      } catch (err) {
        setError(err);
      } finally {
        busy.current = false;
      }
    },
    [current, votes],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement) return;
      if (e.metaKey || e.ctrlKey || e.altKey) return;
      const choice = VOTES.find((v) => v.key === e.key);
      if (choice) void vote(choice.vote);
      else if (e.key === 'ArrowRight' || e.key === 'j' || e.key === 'J') void next();
      else if (e.key === 'ArrowLeft' || e.key === 'k' || e.key === 'K') previous();
      else if (e.key === '?') setHelp(true);
      else return;
      e.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [vote, next, previous]);

  const result = current ? votes[current.unitId] : undefined;
  return (
    <Page
      title={t('review.title')}
      actions={
        <div className="row">
          <CorpusPicker corpus={corpus} corpora={corpora} />
          <button className="secondary" onClick={() => setHelp(true)} aria-keyshortcuts="?">
            ? {t('review.help')}
          </button>
        </div>
      }
    >
      {loading && <Loading />}
      <ErrorBox error={corpusError ?? error} />
      {queue && (
        <p className="muted" data-testid="review-remaining">
          {t('review.remaining', { count: queue.remaining })} · {t('review.policy', { name: queue.policy.name, version: queue.policy.version })}
          {queue.trusted ? ` · ${t('review.trusted')}` : ''}
        </p>
      )}
      {empty && !current && <p className="notice">{t('review.empty')}</p>}
      {current && (
        <div className="card" data-testid="review-card" data-unit={current.unitId}>
          <div className="row muted">
            <span>#{current.unitId}</span>
            <StatusBadge status={current.status} />
            <span>
              {at + 1} / {seen.length}
            </span>
          </div>
          <div className="review-pair">
            {orderedVariants(current).map(([tag, text]) => (
              <div key={tag} className="side">
                <LangBadge lang={tag} />
                <Segment lang={tag} text={text} block />
              </div>
            ))}
          </div>
          <div className="vote-buttons" role="group" aria-label={t('review.vote')}>
            {VOTES.map((v) => (
              <button key={v.vote} onClick={() => void vote(v.vote)} disabled={!!result} className={v.vote === 'unsure' ? 'secondary' : ''} aria-keyshortcuts={v.key} data-vote={v.vote}>
                <kbd>{v.key}</kbd>
                {t(`vote.${v.vote}`)}
              </button>
            ))}
          </div>
          {result && (
            <p className="notice" data-testid="vote-result">
              {t('review.voted', { vote: t(`vote.${result.vote}`) })}
              {result.decision && ` ${t('review.decided', { outcome: t(`outcome.${result.decision.outcome}`) })}`}
              {result.goldAnswer && ` ${t('review.gold', { answer: t(`vote.${result.goldAnswer}`) })}`}
            </p>
          )}
          {canCurate && <GoldMarker key={current.unitId} unitId={current.unitId} />}
          <div className="row" style={{ justifyContent: 'space-between', marginTop: '0.75rem' }}>
            <button className="secondary" onClick={previous} disabled={at === 0}>
              ← {t('review.previous')}
            </button>
            <button className="secondary" onClick={() => void next()} data-testid="review-next">
              {t('review.next')} →
            </button>
          </div>
        </div>
      )}
      {corpus && <ReviewStatsPanel corpus={corpus} canCurate={canCurate} refresh={Object.keys(votes).length} />}
      <HelpDialog open={help} onClose={() => setHelp(false)} />
    </Page>
  );
}
