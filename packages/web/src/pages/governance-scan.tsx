/**
 * The personal-data scan of a corpus on the Governance page: the button that
 * runs one (curators and owners), the latest finished scan's figures and grade
 * with the grader's reasons, and examples of units with findings.
 */
import { routes, type RunInfo } from '@silkloom/contract';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useAction, useApi } from '../api/use-api.ts';
import { UnitRow } from '../components/unit-card.tsx';
import { CountTable, ErrorBox, Loading, fmt } from '../components/ui.tsx';
import { Link } from '../router.tsx';

interface GradeReason {
  rule: string;
  because: string;
  citation: string;
}

/** What a scan run records (stats; the grade is its report — older CLI scans kept it in stats only). */
interface ScanFigures {
  units: number;
  unitsWithFindings?: number;
  findings: number;
  sampleUnitIds?: string[];
  grade: { level: string; personal: string; categories: string[]; distinctIdentifiers: number; findingsByType: Record<string, number>; reasons: GradeReason[] };
}

function figuresOf(run: RunInfo): ScanFigures {
  const stats = run.stats as Omit<ScanFigures, 'grade'> & { grade?: ScanFigures['grade'] };
  return { ...stats, grade: (run.report as ScanFigures['grade'] | undefined) ?? stats.grade! };
}

export function ScanPanel(props: { corpus: string; canScan: boolean }) {
  const { t } = useTranslation();
  const runs = useApi(() => call(routes.listRuns, { params: { corpus: props.corpus } }), [props.corpus]);
  const latest = runs.data?.runs.find((r) => r.kind === 'scan' && r.status === 'finished');
  const { busy, error, run } = useAction();
  const scan = () =>
    run(async () => {
      await call(routes.scanCorpus, { params: { corpus: props.corpus }, body: {} });
      runs.reload();
    });
  return (
    <>
      <div className="card" data-testid="scan-panel">
        <h2>{t('governance.scan')}</h2>
        <p className="muted">{t('governance.scanHelp')}</p>
        {props.canScan && (
          <button onClick={() => void scan()} disabled={busy} data-testid="scan-button">
            {busy ? t('governance.scanning') : t('governance.scanButton')}
          </button>
        )}
        <ErrorBox error={error ?? runs.error} />
        {runs.loading && !runs.data && <Loading />}
        {runs.data && !latest && <p className="muted">{t('governance.neverScanned')}</p>}
        {latest && <ScanResult run={latest} />}
      </div>
      {latest && <UnitsWithFindings ids={figuresOf(latest).sampleUnitIds ?? []} />}
    </>
  );
}

function ScanResult(props: { run: RunInfo }) {
  const { t } = useTranslation();
  const f = figuresOf(props.run);
  const g = f.grade;
  return (
    <div data-testid="scan-figures">
      <p className="muted">
        <Link to={`/runs/${props.run.runId}`}>{t('governance.scanRun', { id: props.run.runId })}</Link> · {props.run.finishedAt?.slice(0, 16).replace('T', ' ')}
      </p>
      <div className="grid stats-grid">
        <div>
          <div className="stat" data-testid="scan-findings">{fmt(f.findings)}</div>
          <div className="muted">{t('governance.findings')}</div>
        </div>
        <div>
          <div className="stat">{f.unitsWithFindings === undefined ? '—' : `${fmt(f.unitsWithFindings)} / ${fmt(f.units)}`}</div>
          <div className="muted">{t('governance.unitsWithFindings')}</div>
        </div>
        <div>
          <div className="stat">{fmt(g.distinctIdentifiers)}</div>
          <div className="muted">{t('governance.distinctIdentifiers')}</div>
        </div>
      </div>
      <h3>{t('governance.grade')}</h3>
      <p data-testid="scan-grade">
        <strong>{t(`governance.level.${g.level}`)}</strong> · {t(`governance.personal.${g.personal}`)}
        {g.categories.length > 0 && <span className="muted"> ({g.categories.join(', ')})</span>}
      </p>
      <ul className="reasons">
        {g.reasons.map((r, i) => (
          <li key={i}>
            {r.because} <span className="muted">[{r.citation}]</span>
          </li>
        ))}
      </ul>
      {Object.keys(g.findingsByType).length > 0 && <CountTable counts={g.findingsByType} head={[t('governance.type'), t('governance.findings')]} />}
    </div>
  );
}

function UnitsWithFindings(props: { ids: string[] }) {
  const { t } = useTranslation();
  if (!props.ids.length) return null;
  return (
    <>
      <h2>{t('governance.withFindings')}</h2>
      <p className="muted">{t('governance.withFindingsHelp', { n: props.ids.length })}</p>
      {props.ids.map((id) => (
        <UnitWithFindings key={id} unitId={id} />
      ))}
    </>
  );
}

function UnitWithFindings(props: { unitId: string }) {
  const unit = useApi(() => call(routes.showUnit, { params: { unitId: props.unitId } }), [props.unitId]);
  if (!unit.data) return <ErrorBox error={unit.error} />;
  return (
    <div>
      <p className="muted">{unit.data.findings.map((f) => `${f.type} (${f.lang} ${f.start}–${f.end})`).join(' · ')}</p>
      <UnitRow unit={unit.data} />
    </div>
  );
}
