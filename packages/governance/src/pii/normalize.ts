/**
 * Length-preserving normalisation for matching: every decimal digit of any
 * script (Thai ๑, Arabic-Indic ١, Persian ۱, Devanagari १, fullwidth １ …) becomes
 * its ASCII digit, fullwidth ASCII becomes ASCII, Unicode dashes become `-`,
 * and exotic spaces and invisible format characters (bidi marks, ZWSP) become a
 * space. All of these are single UTF-16 code units, so an offset in the
 * normalised string is the same offset in the original: findings are reported
 * on the original text without any offset map.
 */

let table: Map<number, string> | undefined;

function buildTable(): Map<number, string> {
  const map = new Map<number, string>();
  const nd = /\p{Nd}/u;
  let runStart = -1;
  for (let cp = 0x80; cp <= 0xffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (nd.test(String.fromCharCode(cp))) {
      if (runStart < 0) runStart = cp;
      map.set(cp, String((cp - runStart) % 10));
    } else runStart = -1;
  }
  for (let cp = 0xff01; cp <= 0xff5e; cp++) if (!map.has(cp)) map.set(cp, String.fromCharCode(cp - 0xfee0));
  for (const cp of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63]) map.set(cp, '-');
  for (const cp of [0x00a0, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x3000, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006]) map.set(cp, ' ');
  // Invisible format characters that editors leave inside RTL numbers.
  for (const cp of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0x2060, 0xfeff, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) map.set(cp, ' ');
  map.set(0xff08, '(');
  map.set(0xff09, ')');
  return map;
}

/** Maps native digits, fullwidth forms, dashes and spaces to ASCII; same length as the input. */
export function normalizeForMatching(text: string): string {
  table ??= buildTable();
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += text[i];
      continue;
    }
    const mapped = table.get(code);
    if (mapped !== undefined) {
      out += mapped;
      changed = true;
    } else out += text[i];
  }
  return changed ? out : text;
}

/** Keeps only ASCII letters and digits (drops spaces, dashes, brackets, dots). */
export function compact(norm: string): string {
  return norm.replace(/[^A-Za-z0-9]/g, '');
}
