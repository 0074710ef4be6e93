/**
 * Accuracy of a language identifier on FLORES-200 (evaluation only: the data
 * lives outside the repository, in $SILKLOOM_SHARED_DATA/flores, and nothing
 * is learnt from it). Used by flores.realdata.test.ts and bench/langid.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, languageByFloresCode } from '@silkloom/core';

export interface FloresLanguageResult {
  /** FLORES file code, e.g. `tha_Thai`. */
  code: string;
  /** Registry tag the file is labelled with. */
  lang: string;
  n: number;
  /** Accuracy on full sentences and on their first `shortLength` code points. */
  full: number;
  short: number;
  /** Wrong answers on full sentences, by predicted tag. */
  confusions: Record<string, number>;
}

export interface FloresReport {
  split: string;
  shortLength: number;
  languages: FloresLanguageResult[];
  macroFull: number;
  macroShort: number;
  sentences: number;
  /** Sentences per second (wall clock) over the full-sentence pass, and over the short pass. */
  perSecondFull: number;
  perSecondShort: number;
  /** The same per second of this process's CPU time (user + system): steadier on a shared machine. */
  perCpuSecondFull: number;
  perCpuSecondShort: number;
}

/** The FLORES files for the registry's languages in `dir/<split>`, in registry order. */
export function floresFiles(dir: string, split: 'dev' | 'devtest'): Array<{ code: string; lang: string; path: string }> {
  const present = new Set(readdirSync(join(dir, split)));
  return LANGUAGES.filter((l) => l.flores && present.has(`${l.flores}.${split}`)).map((l) => ({
    code: l.flores!,
    lang: languageByFloresCode(l.flores!)!.tag,
    path: join(dir, split, `${l.flores}.${split}`),
  }));
}

/** First `n` code points. */
export function firstChars(text: string, n: number): string {
  return Array.from(text).slice(0, n).join('');
}

/**
 * Runs `identify` on every sentence of every registry language's FLORES file,
 * full and shortened. `declared` is the file's language, for identifiers that
 * take the declared language as a hint; plain identifiers ignore it.
 */
export function evaluateOnFlores(
  dir: string,
  split: 'dev' | 'devtest',
  identify: (text: string, declared: string) => string,
  shortLength = 20,
): FloresReport {
  const languages: FloresLanguageResult[] = [];
  let sentences = 0;
  let nsFull = 0n;
  let nsShort = 0n;
  let cpuFull = 0;
  let cpuShort = 0;
  const cpu = () => {
    const c = process.cpuUsage();
    return c.user + c.system;
  };
  for (const file of floresFiles(dir, split)) {
    const lines = readFileSync(file.path, 'utf8').split('\n').filter((l) => l.trim());
    const shorts = lines.map((l) => firstChars(l, shortLength));
    const confusions: Record<string, number> = {};
    let okFull = 0;
    let okShort = 0;
    let c0 = cpu();
    let t0 = process.hrtime.bigint();
    for (const line of lines) {
      const got = identify(line, file.lang);
      if (got === file.lang) okFull++;
      else confusions[got] = (confusions[got] ?? 0) + 1;
    }
    nsFull += process.hrtime.bigint() - t0;
    cpuFull += cpu() - c0;
    c0 = cpu();
    t0 = process.hrtime.bigint();
    for (const s of shorts) if (identify(s, file.lang) === file.lang) okShort++;
    nsShort += process.hrtime.bigint() - t0;
    cpuShort += cpu() - c0;
    sentences += lines.length;
    languages.push({ code: file.code, lang: file.lang, n: lines.length, full: okFull / lines.length, short: okShort / lines.length, confusions });
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  return {
    split,
    shortLength,
    languages,
    macroFull: mean(languages.map((l) => l.full)),
    macroShort: mean(languages.map((l) => l.short)),
    sentences,
    perSecondFull: sentences / (Number(nsFull) / 1e9),
    perSecondShort: sentences / (Number(nsShort) / 1e9),
    perCpuSecondFull: sentences / (cpuFull / 1e6),
    perCpuSecondShort: sentences / (cpuShort / 1e6),
  };
}

const pct = (x: number) => (100 * x).toFixed(1);

/** The report as a markdown table; `baseline` adds a second identifier's columns side by side. */
export function floresMarkdown(report: FloresReport, baseline?: { name: string; report: FloresReport }): string {
  const head = baseline
    ? `| lang | FLORES | full % | ${report.shortLength} chars % | ${baseline.name} full % | ${baseline.name} ${report.shortLength} chars % | top confusions (full) |\n|---|---|---|---|---|---|---|`
    : `| lang | FLORES | full % | ${report.shortLength} chars % | top confusions (full) |\n|---|---|---|---|---|`;
  const rows = report.languages.map((l, i) => {
    const conf = Object.entries(l.confusions).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k}:${v}`).join(' ');
    const b = baseline?.report.languages[i];
    return baseline
      ? `| ${l.lang} | ${l.code} | ${pct(l.full)} | ${pct(l.short)} | ${b ? pct(b.full) : '-'} | ${b ? pct(b.short) : '-'} | ${conf} |`
      : `| ${l.lang} | ${l.code} | ${pct(l.full)} | ${pct(l.short)} | ${conf} |`;
  });
  const macro = baseline
    ? `| **macro** | ${report.languages.length} | **${pct(report.macroFull)}** | **${pct(report.macroShort)}** | ${pct(baseline.report.macroFull)} | ${pct(baseline.report.macroShort)} | |`
    : `| **macro** | ${report.languages.length} | **${pct(report.macroFull)}** | **${pct(report.macroShort)}** | |`;
  return [head, ...rows, macro].join('\n');
}
