/** Contributions: upload a file with its provenance; every upload is a batch you can inspect and withdraw before release. */
import { routes } from '@silkloom/contract';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { useApi } from '../api/use-api.ts';
import { ImportForm } from '../components/import-form.tsx';
import { CorpusPicker, ErrorBox, Loading, Page, useCorpusChoice } from '../components/ui.tsx';
import { BatchTable } from './corpus-detail.tsx';

export function ContributionsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const { corpus, corpora, error, loading } = useCorpusChoice();
  const batches = useApi(async () => (corpus ? call(routes.listBatches, { params: { corpus } }) : { batches: [] }), [corpus]);
  const mine = new Set((session?.user.memberships ?? []).map((m) => m.org));
  const own = (batches.data?.batches ?? []).filter((b) => session?.user.admin || !b.organisation || mine.has(b.organisation));
  return (
    <Page title={t('contributions.title')} actions={<CorpusPicker corpus={corpus} corpora={corpora} />}>
      <p className="muted">{t('contributions.help')}</p>
      {loading && <Loading />}
      <ErrorBox error={error ?? batches.error} />
      {corpus && <ImportForm corpus={corpus} onDone={batches.reload} />}
      {corpus && (
        <div className="card">
          <h2>{t('contributions.batches')}</h2>
          <BatchTable corpus={corpus} batches={own} />
        </div>
      )}
    </Page>
  );
}
