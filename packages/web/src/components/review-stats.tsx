/**
 * Agreement and gold figures of a corpus's review (Fleiss' kappa, Cohen's
 * kappa per validator pair, gold accuracy per validator), and — for curators —
 * the trusted reviewers whose vote decides alone.
 */
import { cobuildRoutes } from '@silkloom/contract';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorBox, fmt } from './ui.tsx';

export function ReviewStatsPanel(props: { corpus: string; canCurate: boolean; refresh: number }) {
  const { t } = useTranslation();
  const stats = useApi(() => call(cobuildRoutes.reviewStats, { params: { corpus: props.corpus } }), [props.corpus, props.refresh]);
  const [error, setError] = useState<unknown>();
  const trust = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    try {
      await call(cobuildRoutes.setTrusted, { params: { corpus: props.corpus }, body: { voter: String(f.get('voter')), trusted: f.get('trusted') === 'yes' } });
      stats.reload();
    } catch (err) {
      setError(err);
    }
  };
  const s = stats.data;
  return (
    <div className="card" data-testid="review-stats">
      <h2>{t('reviewStats.title')}</h2>
      <ErrorBox error={stats.error ?? error} />
      {s && (
        <>
          <p>
            {t('reviewStats.line', { votes: s.votes, validators: s.validators, validated: s.decisions.validated ?? 0, rejected: s.decisions.rejected ?? 0, flagged: s.decisions.flagged ?? 0, pending: s.pending })}
          </p>
          <p>
            {t('reviewStats.fleiss', { kappa: fmt(s.fleiss.kappa, 3), items: s.fleiss.items })} · {t('reviewStats.goldUnits', { count: s.goldUnits })}
          </p>
          <div className="grid two">
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>{t('reviewStats.pair')}</th>
                    <th>{t('reviewStats.items')}</th>
                    <th>Cohen κ</th>
                  </tr>
                </thead>
                <tbody>
                  {s.cohen.map((c) => (
                    <tr key={`${c.a}|${c.b}`}>
                      <td>
                        {c.a} · {c.b}
                      </td>
                      <td>{c.items}</td>
                      <td>{fmt(c.kappa, 3)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>{t('dashboard.validator')}</th>
                    <th>{t('reviewStats.goldAnswered')}</th>
                    <th>{t('reviewStats.accuracy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.gold.map((g) => (
                    <tr key={g.voter}>
                      <td>{g.voter}</td>
                      <td>{g.answered}</td>
                      <td>
                        {fmt(g.accuracy === null ? null : g.accuracy * 100, 0)}% <span className="muted">(≥ {fmt(g.lowerBound === null ? null : g.lowerBound * 100, 0)}%)</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <p className="muted">{t('reviewStats.trusted', { list: s.trusted.join(', ') || '—' })}</p>
          {props.canCurate && (
            <form className="row" onSubmit={trust}>
              <input name="voter" type="email" required placeholder={t('login.email')} aria-label={t('login.email')} />
              <select name="trusted" aria-label={t('reviewStats.trustLabel')}>
                <option value="yes">{t('reviewStats.trust')}</option>
                <option value="no">{t('reviewStats.untrust')}</option>
              </select>
              <button type="submit">{t('reviewStats.apply')}</button>
            </form>
          )}
        </>
      )}
    </div>
  );
}

/** Curators mark the unit under review as gold, with its known answer (or clear it). */
export function GoldMarker(props: { unitId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<string>();
  const [error, setError] = useState<unknown>();
  const set = async (answer: string) => {
    try {
      await call(cobuildRoutes.setGold, { params: { unitId: props.unitId }, body: { answer: answer === '' ? null : (answer as 'good') } });
      setState(answer === '' ? t('gold.cleared') : t('gold.marked', { answer: t(`vote.${answer}`) }));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <details className="muted" style={{ marginTop: '0.5rem' }}>
      <summary>{t('gold.title')}</summary>
      <select aria-label={t('gold.title')} defaultValue="-" onChange={(e) => void set(e.target.value)}>
        <option value="-" disabled>
          {t('gold.choose')}
        </option>
        {['good', 'bad', 'wrong_lang', 'pii'].map((v) => (
          <option key={v} value={v}>
            {t(`vote.${v}`)}
          </option>
        ))}
        <option value="">{t('gold.clear')}</option>
      </select>{' '}
      {state}
      <ErrorBox error={error} />
    </details>
  );
}
