/**
 * Abbreviations after which a full stop does not end a sentence (lower-cased,
 * without the final dot), for the Latin- and Cyrillic-script languages of the
 * registry. Written by us; extend per corpus with `splitSentences(…, {abbreviations})`.
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  en: ['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'no', 'inc', 'ltd', 'co', 'corp', 'gen', 'gov', 'sen', 'rep', 'mt', 'ft', 'approx', 'dept', 'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'a.m', 'p.m'],
  id: ['dr', 'drs', 'ir', 'prof', 'h', 'hj', 'no', 'dll', 'dsb', 'dst', 'tsb', 'yth', 'jl', 'kec', 'kab', 'sdr', 'bpk', 'pt', 'tbk'],
  ms: ['dr', 'prof', 'tan sri', 'dato', 'datuk', 'hj', 'no', 'dll', 'dsb', 'sdn', 'bhd', 'jln', 'tel'],
  vi: ['tp', 'ts', 'gs', 'pgs', 'th.s', 'ths', 'ông', 'bà', 'st', 'tr', 'vd'],
  fil: ['gng', 'bb', 'dr', 'sto', 'sta', 'blg', 'atbp'],
  tr: ['dr', 'prof', 'doç', 'yrd', 'av', 'vb', 'vs', 'örn', 'bkz', 'no', 'sn', 'st', 'cad', 'sok', 'mah'],
  sw: ['dkt', 'bw', 'bi', 'n.k', 'k.m', 'prof', 'mh'],
  ha: ['dr', 'farfesa', 'mal', 'alh'],
  uz: ['prof', 'dots', 'm', 'y', 'sh', 'va h.k', 'h.k', 'b'],
  ru: ['г', 'гг', 'т.е', 'т.д', 'т.п', 'др', 'им', 'ул', 'пр', 'д', 'стр', 'см', 'тыс', 'млн', 'млрд', 'руб', 'коп', 'проф', 'акад', 'т', 'с', 'н.э', 'до н.э'],
  kk: ['ж', 'т.б', 'т.с.с', 'проф', 'акад', 'көш', 'мыс', 'млн', 'млрд'],
  mn: ['г.м', 'ж', 'он', 'проф', 'доктор', 'сая', 'тэрбум'],
};
