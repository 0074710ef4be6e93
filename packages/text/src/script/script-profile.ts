/**
 * What a string is written in: letters per ISO 15924 script (combining marks
 * count for the script of the letter they sit on), and the shares of letters,
 * digits, punctuation, symbols and spaces. Filters use it for script
 * consistency and non-letter share; language identification routes on it.
 */
import { CHAR_CLASSES, COARSE_CLASS, SCRIPTS, type CharClass } from './code-point-tables.ts';
import { emptyTextProfile, textProfile } from './text-profile.ts';

export interface ScriptProfile {
  /** Letters (with their marks) per script code, e.g. `{Latn: 12, Hani: 30}`; only scripts present. */
  scripts: Record<string, number>;
  /** Code points per character class. */
  classes: Record<CharClass, number>;
  /** All code points seen. */
  total: number;
  /** Letters seen (= sum of `scripts`). */
  letters: number;
}

const scratch = emptyTextProfile();

/** Counts scripts and character classes of `text` in one pass over its code points (see `textProfile` for the typed-array form). */
export function scriptProfile(text: string): ScriptProfile {
  const p = textProfile(text, scratch);
  const scripts: Record<string, number> = {};
  p.scripts.forEach((n, s) => {
    if (n) scripts[SCRIPTS[s]!] = n;
  });
  const perClass = [0, 0, 0, 0, 0, 0];
  p.classes.forEach((n, fine) => (perClass[COARSE_CLASS[fine]!]! += n));
  const classes = Object.fromEntries(CHAR_CLASSES.map((c, i) => [c, perClass[i]!])) as Record<CharClass, number>;
  return { scripts, classes, total: p.codePoints, letters: p.letters };
}

/** Kana (Hira, Kana) and Han are reported together as `Jpan` when kana are present; Han alone is `Hani`. */
function merged(scripts: Record<string, number>): Record<string, number> {
  const kana = (scripts.Hira ?? 0) + (scripts.Kana ?? 0);
  if (!kana) return scripts;
  const out = { ...scripts };
  out.Jpan = kana + (out.Hani ?? 0);
  delete out.Hira;
  delete out.Kana;
  delete out.Hani;
  return out;
}

/**
 * The script with most letters (`Latn`, `Hani`, `Thai`, …; `Jpan` for Han
 * mixed with kana), or undefined when the text has no letters.
 */
export function dominantScript(text: string | ScriptProfile): string | undefined {
  const profile = typeof text === 'string' ? scriptProfile(text) : text;
  let best: string | undefined;
  let bestCount = 0;
  for (const [script, n] of Object.entries(merged(profile.scripts))) {
    if (script === 'Zyyy') continue;
    if (n > bestCount) {
      best = script;
      bestCount = n;
    }
  }
  return best;
}

export interface CharClassShares {
  letters: number;
  digits: number;
  punctuation: number;
  symbols: number;
  spaces: number;
  other: number;
}

/** Shares (0–1) of letters, digits, punctuation, symbols, spaces and others among all code points; all 0 for "". */
export function charClassShares(text: string | ScriptProfile): CharClassShares {
  const p = typeof text === 'string' ? scriptProfile(text) : text;
  const d = p.total || 1;
  return {
    letters: p.classes.letter / d,
    digits: p.classes.digit / d,
    punctuation: p.classes.punctuation / d,
    symbols: p.classes.symbol / d,
    spaces: p.classes.space / d,
    other: p.classes.other / d,
  };
}

/** Share of letters that are in `script` (0 when there are no letters). */
export function scriptShare(text: string | ScriptProfile, script: string): number {
  const p = typeof text === 'string' ? scriptProfile(text) : text;
  if (!p.letters) return 0;
  if (script === 'Jpan') return ((p.scripts.Hani ?? 0) + (p.scripts.Hira ?? 0) + (p.scripts.Kana ?? 0)) / p.letters;
  if (script === 'Hans' || script === 'Hant') return (p.scripts.Hani ?? 0) / p.letters;
  return (p.scripts[script] ?? 0) / p.letters;
}
