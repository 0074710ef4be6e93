/**
 * Tiny inline-SVG charts for the HTML report (no chart library, no CDN):
 * horizontal bars and a histogram. Every text that comes from data is
 * escaped.
 */
import type { Histogram } from '@silkloom/core';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Horizontal bars: one row per [label, value], with the value printed. */
export function barChart(rows: ReadonlyArray<[string, number]>, options: { width?: number; color?: string; total?: number } = {}): string {
  const width = options.width ?? 640;
  const labelW = Math.min(260, 40 + 7 * Math.max(8, ...rows.map((r) => r[0].length))), valueW = 110, rowH = 22;
  const max = Math.max(1, ...rows.map((r) => r[1]));
  const barMax = width - labelW - valueW;
  const body = rows
    .map(([label, value], i) => {
      const y = i * rowH;
      const w = Math.max(value > 0 ? 1 : 0, Math.round((value / max) * barMax));
      const share = options.total ? ` (${((100 * value) / options.total).toFixed(1)}%)` : '';
      return `<g transform="translate(0,${y})"><text x="${labelW - 6}" y="15" text-anchor="end">${escapeHtml(label)}</text><rect x="${labelW}" y="3" width="${w}" height="16" rx="2" fill="${options.color ?? '#3b7dd8'}"/><text x="${labelW + w + 6}" y="15">${fmt(value)}${share}</text></g>`;
    })
    .join('');
  return `<svg class="chart" width="${width}" height="${rows.length * rowH + 4}" role="img">${body}</svg>`;
}

/** Histogram with bin edges on the x axis. */
export function histogramChart(h: Histogram, options: { width?: number; height?: number; color?: string } = {}): string {
  const width = options.width ?? 420, height = options.height ?? 140;
  const pad = 22;
  const max = Math.max(1, ...h.counts);
  const bw = (width - pad) / h.counts.length;
  const bars = h.counts
    .map((c, i) => {
      const bh = Math.round((c / max) * (height - pad - 10));
      return `<rect x="${(pad + i * bw).toFixed(1)}" y="${height - pad - bh}" width="${Math.max(1, bw - 2).toFixed(1)}" height="${bh}" fill="${options.color ?? '#6a9f58'}"><title>[${h.edges[i]}, ${h.edges[i + 1] ?? '∞'}): ${fmt(c)}</title></rect>`;
    })
    .join('');
  const ticks = h.edges
    .map((e, i) => (i % Math.ceil(h.edges.length / 8) === 0 ? `<text x="${(pad + i * bw).toFixed(1)}" y="${height - 6}" text-anchor="middle">${e}</text>` : ''))
    .join('');
  return `<svg class="chart" width="${width}" height="${height}" role="img">${bars}${ticks}<line x1="${pad}" x2="${width}" y1="${height - pad}" y2="${height - pad}" stroke="#999"/></svg>`;
}
