/** Small shared pieces: loading and error states, status badges, the corpus picker, number formatting, the transfer-purpose select. */
import { routes, TRANSFER_PURPOSES } from '@silkloom/contract';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { navigate, useLocation } from '../router.tsx';

export function Loading() {
  const { t } = useTranslation();
  return <p className="muted">{t('common.loading')}</p>;
}

export function ErrorBox(props: { error?: unknown }) {
  if (!props.error) return null;
  const e = props.error as Error;
  return (
    <p className="error" role="alert">
      {e instanceof ApiError ? `${e.code}: ` : ''}
      {e.message}
    </p>
  );
}

export function Page(props: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>{props.title}</h1>
        {props.actions}
      </div>
      {props.children}
    </section>
  );
}

export function StatusBadge(props: { status: string }) {
  const { t } = useTranslation();
  return <span className={`status status-${props.status}`}>{t(`status.${props.status}`, { defaultValue: props.status })}</span>;
}

export const fmt = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined ? '—' : n.toLocaleString(undefined, { maximumFractionDigits: digits, minimumFractionDigits: digits });

/**
 * The corpus the page works on, kept in the URL (`?corpus=`), so links and
 * reloads keep it. Picks the first visible corpus when none is given.
 */
export function useCorpusChoice(): { corpus?: string; corpora: string[]; error?: Error; loading: boolean } {
  const { query, path } = useLocation();
  const list = useApi(() => call(routes.listCorpora), []);
  const names = (list.data?.corpora ?? []).map((c) => c.name);
  const wanted = query.get('corpus') ?? undefined;
  const corpus = wanted && names.includes(wanted) ? wanted : names[0];
  useEffect(() => {
    if (corpus && corpus !== wanted) {
      query.set('corpus', corpus);
      navigate(`${path}?${query.toString()}`, { replace: true });
    }
  }, [corpus, wanted]);
  return { corpus, corpora: names, error: list.error, loading: list.loading };
}

export function CorpusPicker(props: { corpus?: string; corpora: string[] }) {
  const { t } = useTranslation();
  const { path, query } = useLocation();
  if (!props.corpora.length) return <p className="muted">{t('common.noCorpora')}</p>;
  return (
    <label className="row" style={{ fontWeight: 400 }}>
      <span>{t('common.corpus')}</span>
      <select
        name="corpus"
        value={props.corpus ?? ''}
        onChange={(e) => {
          query.set('corpus', e.target.value);
          navigate(`${path}?${query.toString()}`);
        }}
      >
        {props.corpora.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A two-column table of counts, largest first. */
export function CountTable(props: { counts: Record<string, number>; head: [string, string]; render?: (key: string) => ReactNode }) {
  const rows = Object.entries(props.counts).sort((a, b) => b[1] - a[1]);
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th>{props.head[0]}</th>
            <th>{props.head[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([k, n]) => (
            <tr key={k}>
              <td>{props.render ? props.render(k) : k}</td>
              <td>{fmt(n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The transfer purposes the rule packs know, as a select named `purpose` (releases and governance use the same list). */
export function PurposeSelect(props: { id: string }) {
  const { t } = useTranslation();
  return (
    <select id={props.id} name="purpose" defaultValue="academic_cooperation">
      {TRANSFER_PURPOSES.map((p) => (
        <option key={p} value={p}>
          {t(`purpose.${p}`)}
        </option>
      ))}
    </select>
  );
}
