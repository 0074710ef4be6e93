/**
 * Renders a cleaning report as one self-contained HTML file: inline CSS and
 * SVG, no scripts from anywhere, every data string escaped. Sections: the
 * headline numbers, the funnel, reasons, score distributions, language
 * confusion, normalisation changes, examples per reason, and the run's steps
 * with versions and options.
 */
import type { ReportData } from './report-data.ts';
import { barChart, escapeHtml, histogramChart } from './svg-charts.ts';

const CSS = `body{font:14px/1.45 system-ui,-apple-system,"Noto Sans","Noto Sans CJK SC","Noto Sans Thai","Noto Sans Lao","Noto Sans Khmer","Noto Sans Myanmar","Noto Sans Sinhala","Noto Sans Ethiopic","Noto Sans Devanagari","Noto Sans Bengali","Noto Naskh Arabic",sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.kpis{display:flex;gap:1rem;flex-wrap:wrap}.kpi{background:#f4f6f9;border-radius:8px;padding:.7rem 1rem;min-width:140px}.kpi b{display:block;font-size:1.5rem}
.chart text{font-size:12px;fill:#333}.grid{display:flex;flex-wrap:wrap;gap:1.5rem}.grid figure{margin:0}figcaption{font-weight:600;margin-bottom:.3rem}
table{border-collapse:collapse;font-size:13px}td,th{border-bottom:1px solid #eee;padding:.25rem .6rem;text-align:left;vertical-align:top}th{background:#fafafa}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}.ex td{max-width:460px;word-break:break-word}.reason{font-family:ui-monospace,monospace;font-size:12px;color:#8a3b12}
details{margin:.4rem 0}summary{cursor:pointer}code{font-size:12px}.muted{color:#777}`;

const num = (n: number) => n.toLocaleString('en-US');

function table(head: string[], rows: string[][], numeric: boolean[] = []): string {
  const th = head.map((h, i) => `<th${numeric[i] ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric[i] ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

export function renderReportHtml(d: ReportData): string {
  const m = d.manifest;
  const keptShare = d.totals.seen ? ((100 * d.totals.kept) / d.totals.seen).toFixed(1) : '0';
  const reasons = Object.entries(d.reasons).sort((a, b) => b[1][1] - a[1][1]);
  const dir = (lang: string) => (/^(ar|fa|ur|ps|he|yi|dv|ug)(-|$)/.test(lang) ? 'rtl' : 'ltr');
  const parts: string[] = [];
  parts.push(`<h1>${escapeHtml(d.title)}</h1><p class="muted">${escapeHtml(d.srcLang)} → ${escapeHtml(d.tgtLang)} · ${escapeHtml(m.inputs.map((i) => i.file).join(', ') || 'stream')} · ${escapeHtml(m.createdAt)} · silkloom ${escapeHtml(m.codeVersion)}</p>`);
  parts.push(`<div class="kpis"><div class="kpi">pairs read<b>${num(d.totals.seen)}</b></div><div class="kpi">kept<b>${num(d.totals.kept)}</b>${keptShare}%</div><div class="kpi">dropped<b>${num(d.totals.dropped)}</b></div><div class="kpi">throughput<b>${num(m.timing.pairsPerSecond)}</b>pairs/s · ${m.timing.workers} worker(s)</div></div>`);
  parts.push(`<h2>Funnel</h2><p class="muted">Pairs dropped at each step, in pipeline order (a pair counts at the first step that dropped it), and how many are left after it.</p>`);
  parts.push(barChart(d.funnel.map((f) => [`${f.step} → ${num(f.remaining)} left`, f.dropped] as [string, number]), { total: d.totals.seen, color: '#3b7dd8', width: 720 }));
  parts.push(`<h2>Why pairs were dropped</h2><div class="grid"><figure><figcaption>Primary reason (first failing step)</figcaption>${barChart(reasons.filter((r) => r[1][0] > 0).map(([k, v]) => [k, v[0]]), { color: '#d8703b', width: 520, total: d.totals.seen })}</figure><figure><figcaption>Any reason (every filter runs)</figcaption>${barChart(reasons.map(([k, v]) => [k, v[1]]), { color: '#c2a23a', width: 520, total: d.totals.seen })}</figure></div>`);
  if (d.histograms.length) {
    parts.push(`<h2>Score distributions</h2><div class="grid">${d.histograms.map((h) => `<figure><figcaption>${escapeHtml(h.step)} <span class="muted">(n=${num(h.histogram.n)}, mean ${(h.histogram.sum / Math.max(1, h.histogram.n)).toFixed(2)})</span></figcaption>${histogramChart(h.histogram)}</figure>`).join('')}</div>`);
  }
  const conf = (['src', 'tgt'] as const).map((side) => {
    const entries = Object.entries(d.confusion[side]).sort((a, b) => b[1] - a[1]);
    if (!entries.length) return '';
    const declared = side === 'src' ? d.srcLang : d.tgtLang;
    return `<figure><figcaption>${side} declared <code>${escapeHtml(declared)}</code> → detected</figcaption>${barChart(entries.slice(0, 12), { color: '#7a5bc4', width: 480, total: entries.reduce((a, e) => a + e[1], 0) })}</figure>`;
  });
  if (conf.some(Boolean)) parts.push(`<h2>Language identification</h2><div class="grid">${conf.join('')}</div>`);
  const changes = Object.entries(d.changes).sort((a, b) => b[1] - a[1]);
  if (changes.length) parts.push(`<h2>Normalisation</h2><p class="muted">Sides changed, by normaliser.</p>${barChart(changes, { color: '#3aa3a3' })}`);
  parts.push(`<h2>Examples per reason</h2>`);
  for (const [reason, list] of Object.entries(d.examples).sort((a, b) => (d.reasons[b[0]]?.[0] ?? 0) - (d.reasons[a[0]]?.[0] ?? 0))) {
    const rows = list.map((e) => [e.line !== undefined ? String(e.line) : escapeHtml(e.id), `<span class="reason">${escapeHtml(e.reasons.join(', '))}</span>`, `<span dir="${dir(d.srcLang)}">${escapeHtml(e.src)}</span>`, `<span dir="${dir(d.tgtLang)}">${escapeHtml(e.tgt)}</span>`]);
    parts.push(`<details${reasons[0]?.[0] === reason ? ' open' : ''}><summary><span class="reason">${escapeHtml(reason)}</span> — ${num(d.reasons[reason]?.[0] ?? 0)} pairs</summary><div class="ex">${table(['line', 'reasons', 'source', 'target'], rows)}</div></details>`);
  }
  parts.push(`<h2>Steps</h2>${table(
    ['step', 'version', 'kind', 'seen', 'kept', 'dropped', 'changed', 'time (ms)', 'options'],
    d.steps.map((s) => {
      const opts = m.steps.find((x) => x.name === s.name)?.options ?? {};
      return [escapeHtml(s.name), escapeHtml(s.version), escapeHtml(s.kind), num(s.seen), num(s.kept), num(s.dropped), num(s.changed), num(s.timeMs), `<code>${escapeHtml(JSON.stringify(opts))}</code>`];
    }),
    [false, false, false, true, true, true, true, true, false],
  )}`);
  parts.push(`<h2>Run</h2><p class="muted">Language identifier <code>${escapeHtml(m.identifier)}</code>; ${m.fits.map((f) => `${escapeHtml(f.step)} trained on ${num(f.samplePairs)} pairs in ${num(Math.round(f.timeMs))} ms`).join('; ') || 'no corpus-trained steps'}; wall time ${num(m.timing.wallMs)} ms. Inputs: ${m.inputs.map((i) => `${escapeHtml(i.file)} (sha256 <code>${escapeHtml(i.sha256)}</code>)`).join(', ') || '—'}.</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(d.title)}</title><style>${CSS}</style></head><body>${parts.join('\n')}</body></html>\n`;
}
