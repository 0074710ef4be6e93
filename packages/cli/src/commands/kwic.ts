/**
 * Key-word-in-context lines for the terminal: the match centred with a window
 * of context on each side, highlighted in bold yellow on a terminal, or in
 * [brackets] when stdout is not a terminal (or NO_COLOR is set).
 */
export interface KwicHit {
  unitId: string;
  corpus: string;
  lang: string;
  text: string;
  match: number[];
  aligned: Record<string, string>;
}

const WINDOW = 30;

function tail(text: string, n: number): string {
  const chars = [...text];
  return chars.length > n ? `…${chars.slice(-n).join('')}` : text;
}

function head(text: string, n: number): string {
  const chars = [...text];
  return chars.length > n ? `${chars.slice(0, n).join('')}…` : text;
}

export function highlighter(stream: { isTTY?: boolean }): (s: string) => string {
  const colour = Boolean(stream.isTTY) && !process.env.NO_COLOR;
  return colour ? (s) => `\x1b[1;33m${s}\x1b[0m` : (s) => `[${s}]`;
}

export function kwicLines(hits: KwicHit[], mark: (s: string) => string): string[] {
  const lines: string[] = [];
  for (const hit of hits) {
    const [start = 0, end = 0] = hit.match;
    const left = tail(hit.text.slice(0, start), WINDOW);
    const right = head(hit.text.slice(end), WINDOW);
    lines.push(`${hit.corpus}#${hit.unitId} ${hit.lang}  ${left}${mark(hit.text.slice(start, end))}${right}`);
    for (const [lang, text] of Object.entries(hit.aligned)) lines.push(`    ${lang}: ${text}`);
  }
  return lines;
}
