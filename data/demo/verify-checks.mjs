// The checks behind verify-keys.mjs: check digits of the identifiers in
// pii-key.tsv, the signatures of the noise kinds in noise-key.tsv, and the
// corpus-level promises of data/demo/README.md. Plain Node, no dependencies.
const HUB = 'zh-Hans';
const REQUIRED_TARGETS = ['th', 'km', 'my', 'lo', 'vi', 'id', 'ms', 'ar', 'fa', 'ur', 'ru', 'kk', 'sw', 'hi'];
const DOMAINS = ['commerce', 'tourism', 'medical', 'agriculture', 'education', 'culture', 'industry', 'law'];
const PHONE_PREFIX = { 'phone-cn': '+86 ', 'phone-th': '+66 ', 'phone-vn': '+84 ', 'phone-kz': '+7 ' };
const CHECKSUMMED = ['cn-resident-id', 'th-national-id', 'iban', 'payment-card'];
const PII_TYPES = [...CHECKSUMMED, 'email', ...Object.keys(PHONE_PREFIX), 'none'];

// ---------- check digits ----------
/** GB 11643-1999 citizen identity number: 6-digit area, birth date, sequence, ISO 7064 MOD 11-2 check. */
export function gb11643Valid(id) {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((s, x, i) => s + x * Number(id[i]), 0);
  const d = new Date(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}T00:00:00Z`);
  const dateOk = !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10).replace(/-/g, '') === id.slice(6, 14);
  return dateOk && '10X98765432'[sum % 11] === id[17];
}
/** Thai national ID: 13 digits, check = (11 − Σ dᵢ·(13−i) mod 11) mod 10. Dashes and spaces are ignored. */
export function thaiIdValid(s) {
  const d = s.replace(/[-\s]/g, '');
  if (!/^\d{13}$/.test(d)) return false;
  const sum = [...d.slice(0, 12)].reduce((t, c, i) => t + Number(c) * (13 - i), 0);
  return (11 - (sum % 11)) % 10 === Number(d[12]);
}
/** ISO 13616 IBAN: move the first four characters to the end, letters to 10..35, remainder mod 97 must be 1. */
export function ibanValid(s) {
  const c = s.replace(/\s/g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(c)) return false;
  const digits = (c.slice(4) + c.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  return BigInt(digits) % 97n === 1n;
}
/** Luhn (ISO/IEC 7812-1) over the digits of a card number. */
export function luhnValid(s) {
  const d = s.replace(/\D/g, '');
  if (d.length < 12) return false;
  let sum = 0;
  [...d].reverse().forEach((c, i) => { let x = Number(c); if (i % 2) { x *= 2; if (x > 9) x -= 9; } sum += x; });
  return sum % 10 === 0;
}
/** ISBN-13 (EAN-13) check digit. */
export function isbn13Valid(s) {
  const d = s.replace(/-/g, '');
  if (!/^97[89]\d{10}$/.test(d)) return false;
  const sum = [...d.slice(0, 12)].reduce((t, c, i) => t + Number(c) * (i % 2 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === Number(d[12]);
}

// ---------- noise signatures ----------
// Mechanical kinds have a signature any cleaner can see; the key must list every
// (unit, language) that shows one, and every listed one must show it.
const SIGNATURES = {
  zawgyi: /(^|[\s\u104A\u104B])\u1031[\u1000-\u1021]|[\u1060-\u1097]/, // E vowel stored before its consonant, Zawgyi-only stacked forms
  mojibake: /[\u00C2-\u00F0][\u0080-\u00BF\u0152-\u0178\u02C6-\u02DC\u2013-\u2122]/, // UTF-8 lead byte read as Windows-1252
  'zero-width': /[\u200B\u2060\uFEFF]/, // ZWNJ/ZWJ are legitimate in Persian, Urdu and Sinhala
  fullwidth: /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/, // full-width punctuation is normal Chinese, full-width letters are not
  'html-residue': /<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/i,
  'url-only': /^https?:\/\/\S+$/,
  boilerplate: / \| .* \| /,
};
const SCRIPT = { th: /[\u0E00-\u0E7F]/, lo: /[\u0E80-\u0EFF]/, km: /[\u1780-\u17FF]/, my: /[\u1000-\u109F]/, ar: /[\u0600-\u06FF]/, fa: /[\u0600-\u06FF]/, ur: /[\u0600-\u06FF]/, hi: /[\u0900-\u097F]/, ru: /[\u0400-\u04FF]/, kk: /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/, vi: /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/, 'zh-Hans': /[\u4E00-\u9FFF]/, 'yue-Hant': /[\u4E00-\u9FFF]/ };
const INDONESIAN_ONLY = /\b(bisa|luar negeri)\b/; // Indonesian usage; Malay says boleh, luar negara

function editDistance(a, b) {
  const x = [...a], y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}
const numbers = (t) => (t.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,(?=\d{3}\b)/g, '')).sort().join(' ');
const wrongLanguage = (lang, t) => (SCRIPT[lang] ? !SCRIPT[lang].test(t) : lang === 'ms' ? INDONESIAN_ONLY.test(t) : false);
const sameVariants = (a, b) => a.variants.size === b.variants.size && [...a.variants].every(([l, t]) => b.variants.get(l) === t);

/** Whether a listed noise kind is visible in the unit; undefined when the kind has no mechanical test. */
function showsNoise(kind, unit, lang, text, ref) {
  const hub = unit.variants.get(HUB);
  switch (kind) {
    case 'untranslated': return lang !== HUB && text === hub;
    case 'empty-target': return text === '';
    case 'number-mismatch': return numbers(text) !== numbers(hub);
    case 'wrong-language': return wrongLanguage(lang, text);
    case 'truncated': return text !== '' && !/[.!?。！？…؟۔।]$/.test(text) && (lang !== 'th' || text.length < 0.6 * (unit.variants.get('en') ?? '').length);
    case 'exact-duplicate': return !!ref && sameVariants(unit, ref);
    case 'near-duplicate': return !!ref && editDistance(hub, ref.variants.get(HUB)) === 1 && [...unit.variants].every(([l, t]) => editDistance(t, ref.variants.get(l) ?? '') <= 1);
    case 'misaligned': return ref ? text === ref.variants.get(lang) : text !== '' && text !== hub;
    case 'concatenated': return lang === HUB ? (text.match(/[。！？]/g) ?? []).length >= 2 : undefined;
    case 'boilerplate': return [...unit.variants.values()].every((t) => SIGNATURES.boilerplate.test(t));
    default: return SIGNATURES[kind]?.test(text);
  }
}

export function checkCorpus(parsed, noise, pii, problems) {
  const units = new Map();
  const ids = new Set();
  const langs = {}, domains = {}, perFile = {};
  for (const [file, { root, units: list }] of Object.entries(parsed)) {
    checkRoot(file, root, problems);
    perFile[file] = list.length;
    for (const u of list) {
      if (ids.has(u.id)) problems.push(`${file}: unit id ${u.id} is used twice`);
      ids.add(u.id);
      units.set(`${file}\t${u.id}`, { ...u, file });
      if (!DOMAINS.includes(u.domain)) problems.push(`${file} ${u.id}: domain ${u.domain} is not one of ${DOMAINS.join(', ')}`);
      domains[u.domain] = (domains[u.domain] ?? 0) + 1;
      for (const l of u.variants.keys()) langs[l] = (langs[l] ?? 0) + 1;
      const targets = [...u.variants.keys()].filter((l) => l !== HUB);
      if (!u.variants.has(HUB) || !targets.length) problems.push(`${file} ${u.id}: needs ${HUB} and at least one target`);
      if (root.format === 'tmx' && targets.length < 2) problems.push(`${file} ${u.id}: TMX units are multi-way (two targets or more)`);
    }
  }
  const keyed = new Map(); // file \t id \t lang → kinds; lang '*' covers the unit
  for (const row of noise) {
    const unit = units.get(`${row.file}\t${row.unit_id}`);
    const where = `noise-key ${row.file} ${row.unit_id} ${row.lang}`;
    if (!unit) { problems.push(`${where}: no such unit`); continue; }
    if (!['remove', 'normalise'].includes(row.action)) problems.push(`${where}: action must be remove or normalise`);
    const k = `${row.file}\t${row.unit_id}\t${row.lang}`;
    keyed.set(k, [...(keyed.get(k) ?? []), row.noise_kind]);
    const text = unit.variants.get(row.lang);
    if (row.lang !== '*' && text === undefined) { problems.push(`${where}: the unit has no ${row.lang} text`); continue; }
    const refId = row.note.match(/\b(?:tmx|x12|x21|tsv)-\d{3}\b/)?.[0];
    const ref = refId && units.get(`${row.file}\t${refId}`);
    const shows = showsNoise(row.noise_kind, unit, row.lang, text ?? '', ref);
    if (shows === false) problems.push(`${where}: listed as ${row.noise_kind} but the text does not show it`);
    if (shows === undefined && !['concatenated'].includes(row.noise_kind)) problems.push(`${where}: unknown noise kind ${row.noise_kind}`);
  }
  checkNoiseComplete(units, keyed, problems);
  const piiSummary = checkPii(units, pii, problems);
  const noisyUnits = new Set(noise.map((r) => `${r.file}\t${r.unit_id}`)).size;
  const total = units.size;
  const targets = Object.keys(langs).filter((l) => l !== HUB);
  const expect = (ok, what) => { if (!ok) problems.push(`corpus: ${what}`); };
  expect(total >= 320, `${total} units, expected at least 320`);
  expect(targets.length >= 14, `${targets.length} target languages, expected at least 14`);
  for (const l of REQUIRED_TARGETS) expect(langs[l] > 0, `no ${l} text`);
  expect(Object.keys(domains).length >= 6, `${Object.keys(domains).length} domains, expected at least 6`);
  expect(perFile['demo.tmx'] >= 150 && perFile['demo.tmx'] <= 200, `demo.tmx has ${perFile['demo.tmx']} units, expected 150–200`);
  for (const f of ['demo-zh-th.xliff', 'demo-zh-vi.xliff']) expect(perFile[f] >= 30 && perFile[f] <= 60, `${f} has ${perFile[f]} units, expected 30–60`);
  expect(perFile['demo.tsv'] >= 80 && perFile['demo.tsv'] <= 120, `demo.tsv has ${perFile['demo.tsv']} rows, expected 80–120`);
  expect(noisyUnits >= 0.07 * total && noisyUnits <= 0.12 * total, `${noisyUnits} noisy units of ${total}, expected about 8–10%`);
  for (const u of units.values()) {
    const hub = u.variants.get(HUB) ?? '';
    const n = [...hub].length;
    if (!keyed.has(`${u.file}\t${u.id}\t${HUB}`) && (n < 3 || n > 60)) problems.push(`${u.file} ${u.id}: ${HUB} has ${n} characters, expected 3–60`);
  }
  return { units: total, perFile, languages: langs, targetLanguages: targets.length, domains, noisyUnits, noiseRows: noise.length, ...piiSummary };
}

function checkRoot(file, root, problems) {
  const want = (ok, what) => { if (!ok) problems.push(`${file}: ${what}`); };
  if (root.format === 'tmx') {
    const h = root.header ?? {};
    want(root.version === '1.4', 'TMX version must be 1.4');
    const expected = { srclang: HUB, creationtool: 'Silkloom demo', datatype: 'plaintext', segtype: 'sentence', 'o-tmf': 'silkloom', adminlang: 'en' };
    for (const [a, v] of Object.entries(expected)) want(h[a] === v, `header ${a} must be ${v}, is ${h[a]}`);
    want(!!h.creationtoolversion, 'header creationtoolversion is required by TMX 1.4b');
  } else if (root.format === 'xliff' && root.version === '1.2') {
    want(root.source === 'zh-CN', 'XLIFF 1.2 source-language is deliberately the legacy zh-CN');
  } else if (root.format === 'xliff') {
    want(root.version === '2.1' && root.srcLang === HUB, `XLIFF 2.1 with srcLang ${HUB} expected`);
  } else if (root.format === 'tsv') {
    want(root.header[0] === 'id' && root.header[1] === HUB && root.header.at(-1) === 'domain', `header must be id, ${HUB}, targets…, domain`);
  }
}

function checkNoiseComplete(units, keyed, problems) {
  const seen = new Map();
  for (const u of units.values()) {
    const all = keyed.get(`${u.file}\t${u.id}\t*`) ?? [];
    for (const [lang, text] of u.variants) {
      const kinds = [...all, ...(keyed.get(`${u.file}\t${u.id}\t${lang}`) ?? [])];
      const unlisted = (kind, shows) => { if (shows && !kinds.includes(kind)) problems.push(`${u.file} ${u.id} ${lang}: shows ${kind} but noise-key.tsv does not list it`); };
      for (const kind of Object.keys(SIGNATURES)) unlisted(kind, SIGNATURES[kind].test(text));
      unlisted('empty-target', text === '');
      unlisted('untranslated', lang !== HUB && text === u.variants.get(HUB));
      if (!kinds.length) unlisted('wrong-language', wrongLanguage(lang, text));
    }
    const content = u.file + '\t' + [...u.variants].sort().join('\n');
    if (seen.has(content) && !all.includes('exact-duplicate')) problems.push(`${u.file} ${u.id}: exact duplicate of ${seen.get(content)} but noise-key.tsv does not list it`);
    if (!seen.has(content)) seen.set(content, u.id);
  }
}

// ---------- personal data ----------
const CANDIDATES = [
  ['email', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, () => true],
  ['phone', /\+\d{1,3}(?: \d{1,4}){2,4}/g, () => true],
  ['cn-resident-id', /(?<![\dA-Za-z])\d{17}[\dX](?![\dA-Za-z])/g, gb11643Valid],
  ['th-national-id', /(?<![\d-])(?:\d-\d{4}-\d{5}-\d{2}-\d|\d{13})(?![\d-])/g, thaiIdValid],
  ['payment-card', /(?<!\d)(?:\d{4}[ -]?){3}\d{4}(?!\d)/g, luhnValid],
  ['iban', /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g, ibanValid],
];
function checkPii(units, pii, problems) {
  const rowsByVariant = new Map();
  for (const row of pii) {
    const where = `pii-key ${row.file} ${row.unit_id} ${row.language}`;
    const text = units.get(`${row.file}\t${row.unit_id}`)?.variants.get(row.language);
    if (text === undefined) { problems.push(`${where}: no such unit or language`); continue; }
    if (!text.includes(row.substring)) problems.push(`${where}: "${row.substring}" does not occur in the text`);
    if (!PII_TYPES.includes(row.type)) problems.push(`${where}: unknown type ${row.type}`);
    const k = `${row.file}\t${row.unit_id}\t${row.language}`;
    rowsByVariant.set(k, [...(rowsByVariant.get(k) ?? []), row]);
    const s = row.substring;
    const valid = { 'cn-resident-id': gb11643Valid, 'th-national-id': thaiIdValid, iban: ibanValid, 'payment-card': luhnValid }[row.type];
    if (valid && !valid(s)) problems.push(`${where}: ${s} fails the ${row.type} check digit`);
    if (row.type === 'email' && !/^[\w.+-]+@example\.(com|org|net)$/.test(s)) problems.push(`${where}: e-mail must use an example.com/.org/.net domain`);
    if (PHONE_PREFIX[row.type] && !(s.startsWith(PHONE_PREFIX[row.type]) && /^\+\d[\d ]{6,}$/.test(s))) problems.push(`${where}: ${s} is not a ${row.type} number`);
    if (row.type === 'none' && (CHECKSUMMED.some((t) => ({ 'cn-resident-id': gb11643Valid, 'th-national-id': thaiIdValid, iban: ibanValid, 'payment-card': luhnValid })[t](s.replace(/[^\dA-Z]/g, ''))) || s.includes('@'))) {
      problems.push(`${where}: look-alike ${s} passes a real identifier check`);
    }
  }
  for (const u of units.values()) {
    for (const [lang, text] of u.variants) {
      const rows = rowsByVariant.get(`${u.file}\t${u.id}\t${lang}`) ?? [];
      for (const [type, re, valid] of CANDIDATES) {
        for (const m of text.matchAll(re)) {
          if (!valid(m[0])) continue;
          const covered = rows.some((r) => r.type !== 'none' && (r.substring.includes(m[0]) || m[0].includes(r.substring)));
          if (!covered) problems.push(`${u.file} ${u.id} ${lang}: ${type} ${m[0]} is not listed in pii-key.tsv`);
        }
      }
    }
  }
  const real = new Set(pii.filter((r) => r.type !== 'none').map((r) => `${r.file}\t${r.unit_id}`));
  const lookAlike = new Set(pii.filter((r) => r.type === 'none').map((r) => `${r.file}\t${r.unit_id}`));
  if (real.size < 8) problems.push(`corpus: ${real.size} units with personal data, expected about 10`);
  if (lookAlike.size < 3) problems.push(`corpus: ${lookAlike.size} look-alike units, expected at least 3`);
  return { piiUnits: real.size, lookAlikeUnits: lookAlike.size, piiRows: pii.length };
}
