/**
 * The transfer assessment of a corpus on the Governance page: destination,
 * purpose (the rule packs' list), optional as-of date and CIIO status; the
 * server builds the request from the corpus's provenance and latest scan, as
 * `silkloom assess --corpus` does, and records it in the audit log. Shows the
 * decision, each leg with its obligations and cited rules, and what was assumed.
 */
import { routes, type CorpusAssessmentInfo, type TransferPurpose } from '@silkloom/contract';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useAction } from '../api/use-api.ts';
import { ErrorBox, PurposeSelect } from '../components/ui.tsx';

type Leg = CorpusAssessmentInfo['legs'][number];

export function AssessPanel(props: { corpus: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<CorpusAssessmentInfo>();
  const { busy, error, run } = useAction();
  const assess = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const asOf = String(f.get('asOf') || '');
    const ciio = String(f.get('ciio') || '');
    setResult(undefined);
    await run(async () => {
      const body = {
        to: String(f.get('to') || '').trim().toUpperCase(),
        purpose: String(f.get('purpose')) as TransferPurpose,
        ...(asOf ? { asOf } : {}),
        ...(ciio ? { ciio: ciio === 'yes' } : {}),
      };
      setResult(await call(routes.assessCorpus, { params: { corpus: props.corpus }, body }));
    });
  };
  return (
    <div className="card" data-testid="assess-panel">
      <h2>{t('governance.assess')}</h2>
      <p className="muted">{t('governance.assessHelp')}</p>
      <form onSubmit={(e) => void assess(e)} data-testid="assess-form">
        <div className="row">
          <div>
            <label htmlFor="a-to">{t('governance.to')}</label>
            <input id="a-to" name="to" required pattern="[A-Za-z]{2}" maxLength={2} size={4} placeholder="TH" />
          </div>
          <div>
            <label htmlFor="a-purpose">{t('releases.purpose')}</label>
            <PurposeSelect id="a-purpose" />
          </div>
          <div>
            <label htmlFor="a-asof">{t('governance.asOf')}</label>
            <input id="a-asof" name="asOf" type="date" />
          </div>
          <div>
            <label htmlFor="a-ciio">{t('governance.ciio')}</label>
            <select id="a-ciio" name="ciio" defaultValue="">
              <option value="">{t('governance.unknown')}</option>
              <option value="no">{t('governance.no')}</option>
              <option value="yes">{t('governance.yes')}</option>
            </select>
          </div>
          <div>
            <button type="submit" disabled={busy}>
              {t('governance.assessButton')}
            </button>
          </div>
        </div>
      </form>
      <ErrorBox error={error} />
      {result && <AssessmentView result={result} />}
    </div>
  );
}

function AssessmentView(props: { result: CorpusAssessmentInfo }) {
  const { t } = useTranslation();
  const r = props.result;
  return (
    <div data-testid="assessment">
      <p>
        {t('governance.decision')}: <strong className="decision" data-testid="assess-decision">{r.decision}</strong>
      </p>
      {r.legs.length === 0 && <p className="muted">{t('governance.noBorder')}</p>}
      {r.legs.map((leg) => (
        <LegView key={`${leg.jurisdiction}-${leg.direction}`} leg={leg} />
      ))}
      {r.assumptions.length > 0 && (
        <>
          <h3>{t('governance.assumptions')}</h3>
          <ul className="reasons" data-testid="assumptions">
            {r.assumptions.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">
        {t('governance.packs')}: {Object.entries(r.packs).map(([id, v]) => `${id}@${v}`).join(', ')} · {t('governance.notLegalAdvice')}
      </p>
    </div>
  );
}

function LegView(props: { leg: Leg }) {
  const { t } = useTranslation();
  const leg = props.leg;
  return (
    <div className="leg" data-testid="assess-leg">
      <h3>
        {t(`governance.direction.${leg.direction === 'onward' ? 'onward' : 'export'}`, { country: leg.jurisdiction })}: <span className="decision">{leg.decision}</span>
      </h3>
      {leg.obligations.length > 0 && (
        <p>
          {t('governance.obligations')}: {leg.obligations.map((o) => <code key={o}>{o}</code>)}
        </p>
      )}
      {leg.missing?.length ? <p className="muted">{t('governance.missing')}: {leg.missing.join(', ')}</p> : null}
      <ul className="reasons" data-testid="assess-rules">
        {leg.rules.map((rule) => (
          <li key={`${rule.pack}#${rule.id}`}>
            <code>
              {rule.pack}@{rule.version} · {rule.id}
            </code>{' '}
            <span className="muted">[{rule.confidence}, {rule.basis}]</span>
            <br />
            {rule.citations.map((c, i) => (
              <span key={i} className="citation">
                {c.url ? <a href={c.url} target="_blank" rel="noreferrer">{`${c.instrument} ${c.article}`}</a> : `${c.instrument} ${c.article}`}
                {c.note ? ` — ${c.note}` : ''}
              </span>
            ))}
          </li>
        ))}
      </ul>
      {leg.notes?.map((n, i) => (
        <p key={i} className="muted">
          {n}
        </p>
      ))}
    </div>
  );
}
