/**
 * Concordance (KWIC: the match centred and highlighted, with the aligned
 * side(s) beneath, each in its own direction) and translation-memory look-up
 * with the match percentage and its breakdown.
 */
import { routes, type SearchHit, type TmMatch } from '@silkloom/contract';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { LangBadge, Segment, segmentDirection } from '../components/segment.tsx';
import { ErrorBox, Page, fmt, useCorpusChoice } from '../components/ui.tsx';

const CONTEXT = 40;

function KwicLine(props: { hit: SearchHit }) {
  const { text, match, lang } = props.hit;
  const dir = segmentDirection(lang);
  const left = text.slice(Math.max(0, match[0] - CONTEXT), match[0]);
  const right = text.slice(match[1], match[1] + CONTEXT);
  return (
    <div className="kwic" lang={lang} dir={dir} data-testid="kwic">
      <span className="left">
        <span>{left}</span>
      </span>
      <mark>{text.slice(match[0], match[1])}</mark>
      <span className="right">{right}</span>
    </div>
  );
}

function Concordance(props: { corpus?: string; corpora: string[] }) {
  const { t } = useTranslation();
  const [hits, setHits] = useState<{ total: number; hits: SearchHit[]; q: string }>();
  const [error, setError] = useState<unknown>();
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const q = String(f.get('q')).trim();
    if (!q) return;
    const lang = String(f.get('lang') || '');
    const corpus = String(f.get('corpus') || '');
    setError(undefined);
    try {
      const result = await call(routes.search, { query: { q, ...(lang ? { lang } : {}), ...(corpus ? { corpus } : {}), limit: 50 } });
      setHits({ total: result.total, hits: result.hits, q });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <form className="card row" onSubmit={submit} role="search">
        <div style={{ flex: '2 1 14rem' }}>
          <label htmlFor="q">{t('search.query')}</label>
          <input id="q" name="q" style={{ width: '100%' }} required />
        </div>
        <div>
          <label htmlFor="s-lang">{t('search.lang')}</label>
          <input id="s-lang" name="lang" placeholder="zh, th…" size={8} />
        </div>
        <div>
          <label htmlFor="s-corpus">{t('common.corpus')}</label>
          <select id="s-corpus" name="corpus" defaultValue="">
            <option value="">{t('search.allCorpora')}</option>
            {props.corpora.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        <button type="submit">{t('search.submit')}</button>
      </form>
      <ErrorBox error={error} />
      {hits && (
        <div data-testid="search-results">
          <p className="muted">{t('search.total', { total: hits.total })}</p>
          {hits.hits.map((h) => (
            <div key={`${h.unitId}-${h.lang}`} className="card">
              <div className="row muted">
                <LangBadge lang={h.lang} />
                <span>
                  {h.corpus} #{h.unitId}
                </span>
              </div>
              <KwicLine hit={h} />
              <div className="aligned">
                {Object.entries(h.aligned).map(([tag, text]) => (
                  <div key={tag} className="row" style={{ flexWrap: 'nowrap', alignItems: 'baseline' }}>
                    <LangBadge lang={tag} />
                    <Segment lang={tag} text={text} block />
                  </div>
                ))}
              </div>
            </div>
          ))}
        </div>
      )}
    </>
  );
}

function TmLookup(props: { corpus?: string }) {
  const { t } = useTranslation();
  const [matches, setMatches] = useState<TmMatch[]>();
  const [error, setError] = useState<unknown>();
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setError(undefined);
    try {
      const result = await call(routes.tmLookup, { body: { text: String(f.get('text')), src: String(f.get('src')), tgt: String(f.get('tgt')), min: Number(f.get('min') || 70) } });
      setMatches(result.matches);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <form className="card" onSubmit={submit}>
        <label htmlFor="tm-text">{t('tm.text')}</label>
        <textarea id="tm-text" name="text" rows={2} style={{ width: '100%' }} required />
        <div className="row">
          <div>
            <label htmlFor="tm-src">{t('tm.src')}</label>
            <input id="tm-src" name="src" defaultValue="zh-Hans" size={8} />
          </div>
          <div>
            <label htmlFor="tm-tgt">{t('tm.tgt')}</label>
            <input id="tm-tgt" name="tgt" defaultValue="th" size={8} />
          </div>
          <div>
            <label htmlFor="tm-min">{t('tm.min')}</label>
            <input id="tm-min" name="min" type="number" min={1} max={101} defaultValue={70} />
          </div>
          <button type="submit">{t('tm.submit')}</button>
        </div>
      </form>
      <ErrorBox error={error} />
      {matches && matches.length === 0 && <p className="muted">{t('tm.none')}</p>}
      {matches?.map((m) => (
        <div key={m.unitId} className="card" data-testid="tm-match">
          <div className="row">
            <span className="stat">{m.percent}%</span>
            <span className="muted">
              {m.corpus} #{m.unitId} · {t('tm.base')} {fmt(m.breakdown.base, 1)} {m.breakdown.penalties.map((p) => `− ${p.kind} ${p.points}`).join(' ')}
            </span>
          </div>
          <Segment lang={m.srcLang} text={m.source} block />
          <Segment lang={m.tgtLang} text={m.target} block />
        </div>
      ))}
    </>
  );
}

export function SearchPage() {
  const { t } = useTranslation();
  const { corpus, corpora } = useCorpusChoice();
  const [tab, setTab] = useState<'kwic' | 'tm'>('kwic');
  return (
    <Page title={t('search.title')}>
      <div className="tabs" role="tablist">
        <button role="tab" aria-selected={tab === 'kwic'} className={tab === 'kwic' ? 'active' : ''} onClick={() => setTab('kwic')}>
          {t('search.concordance')}
        </button>
        <button role="tab" aria-selected={tab === 'tm'} className={tab === 'tm' ? 'active' : ''} onClick={() => setTab('tm')}>
          {t('search.tm')}
        </button>
      </div>
      {tab === 'kwic' ? <Concordance corpus={corpus} corpora={corpora} /> : <TmLookup corpus={corpus} />}
    </Page>
  );
}
