/**
 * Upload a file as a contribution. Provenance is required — origin
 * jurisdiction, licence, consent basis and contributor — and the form refuses
 * to submit without it (the server checks again). Progress comes from XHR
 * upload events.
 */
import { IMPORT_FORMATS, routes, type ImportResultInfo } from '@silkloom/contract';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { upload } from '../api/client.ts';
import { ErrorBox } from './ui.tsx';

const REQUIRED = ['originJurisdiction', 'licence', 'consentBasis', 'contributor'] as const;
const CONSENT = ['consent', 'contract', 'public', 'legitimate-interest', 'none-personal'];

function guessFormat(name: string): string {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'xlf' || ext === 'xliff') return 'xliff';
  return (IMPORT_FORMATS as readonly string[]).includes(ext) ? ext : 'tmx';
}

export function ImportForm(props: { corpus: string; onDone?: (result: ImportResultInfo) => void }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<unknown>();
  const [missing, setMissing] = useState<string[]>([]);
  const [done, setDone] = useState<ImportResultInfo>();
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get('file');
    const values = Object.fromEntries([...form.entries()].filter(([k]) => k !== 'file').map(([k, v]) => [k, String(v).trim()]));
    const absent = [...REQUIRED.filter((k) => !values[k]), ...(file instanceof File && file.size > 0 ? [] : ['file'])];
    setMissing(absent);
    setDone(undefined);
    setError(undefined);
    if (absent.length) return;
    const f = file as File;
    values.format ||= guessFormat(f.name);
    values.originJurisdiction = values.originJurisdiction!.toUpperCase();
    setProgress(0);
    try {
      const result = await upload(routes.importUpload, { corpus: props.corpus }, values, f, (sent, total) => setProgress(total ? sent / total : 0));
      setProgress(1);
      setDone(result);
      props.onDone?.(result);
    } catch (err) {
      setError(err);
      setProgress(undefined);
    }
  };
  const invalid = (name: string) => missing.includes(name) || undefined;
  return (
    <form className="card" onSubmit={submit} noValidate data-testid="import-form">
      <h2>{t('import.title')}</h2>
      <p className="muted">{t('import.help')}</p>
      <div className="grid two">
        <div>
          <label htmlFor="imp-file">{t('import.file')} *</label>
          <input id="imp-file" name="file" type="file" accept=".tmx,.xlf,.xliff,.tsv,.csv,.jsonl" aria-invalid={invalid('file')} />
        </div>
        <div>
          <label htmlFor="imp-format">{t('import.format')}</label>
          <select id="imp-format" name="format" defaultValue="">
            <option value="">{t('import.formatAuto')}</option>
            {IMPORT_FORMATS.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="imp-origin">{t('import.origin')} *</label>
          <input id="imp-origin" name="originJurisdiction" placeholder="CN, TH, KZ…" maxLength={2} required aria-invalid={invalid('originJurisdiction')} />
        </div>
        <div>
          <label htmlFor="imp-licence">{t('import.licence')} *</label>
          <input id="imp-licence" name="licence" list="licences" placeholder="CC-BY-4.0" required aria-invalid={invalid('licence')} />
          <datalist id="licences">
            {['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'CC-BY-NC-4.0'].map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
        </div>
        <div>
          <label htmlFor="imp-consent">{t('import.consent')} *</label>
          <select id="imp-consent" name="consentBasis" required defaultValue="" aria-invalid={invalid('consentBasis')}>
            <option value="">—</option>
            {CONSENT.map((c) => (
              <option key={c} value={c}>
                {t(`consent.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="imp-contributor">{t('import.contributor')} *</label>
          <input id="imp-contributor" name="contributor" required aria-invalid={invalid('contributor')} />
        </div>
        <div>
          <label htmlFor="imp-collected">{t('import.collectedAt')}</label>
          <input id="imp-collected" name="collectedAt" type="date" />
        </div>
        <div>
          <label htmlFor="imp-domains">{t('import.domains')}</label>
          <input id="imp-domains" name="domains" placeholder="tourism, medical" />
        </div>
      </div>
      {missing.length > 0 && (
        <p className="error" role="alert" data-testid="import-missing">
          {t('import.missing', { fields: missing.map((m) => t(`import.field.${m}`)).join(t('common.listSep')) })}
        </p>
      )}
      <ErrorBox error={error} />
      {progress !== undefined && <progress max={1} value={progress} aria-label={t('import.progress')} />}
      {done && (
        <p className="notice" data-testid="import-done">
          {t('import.done', { units: done.units, batch: done.batchId, langs: Object.keys(done.byLang).join(', ') })}
        </p>
      )}
      <p>
        <button type="submit">{t('import.submit')}</button>
      </p>
    </form>
  );
}
