/**
 * Malay (ms) vs Indonesian (id): one language, two standards (Dewan Bahasa
 * dan Pustaka vs Badan Bahasa). They differ in spelling of loanwords
 * (-iti/-itas, -si/-sy, e/a), in everyday vocabulary (kereta/mobil,
 * kerajaan/pemerintah), in month names and in number format (12,000.5
 * vs 12.000,5). Positive score = Malay.
 */
import { cldrLexicon } from './cldr-markers.ts';
import { lexicon, lexiconScore, type Lexicon } from './lexicon.ts';
import { INDONESIAN_CHECKED_ON_OWN_TEXT, MALAY_CHECKED_ON_OWN_TEXT, MORE_INDONESIAN, MORE_MALAY } from './malay-indonesian-lexicon.ts';

const MALAY = lexicon(MALAY_CHECKED_ON_OWN_TEXT + MORE_MALAY + `
bahawa:3 iaitu:3 kerana:3 daripada:0.3 ialah:0.8 kerajaan:2.5 syarikat:3 peratus:3 bilion:2 wang:2 kereta:0.5
universiti:3 kualiti:3 aktiviti:3 komuniti:3 kapasiti:3 identiti:3 komoditi:3 kuantiti:3 realiti:3 prioriti:3 majoriti:3 minoriti:3 autoriti:3 integriti:3 sekuriti:3 elektrik:3 muzik:3 muzium:3
ogos:3 mac:2 jun:1.5 julai:3 disember:3 isnin:3 khamis:3 jumaat:3
antarabangsa:3 kebangsaan:1.5 tempatan:2 maklumat:3 kenyataan:1.5 kes:2 nombor:2 bilangan:1.5 kakitangan:3 pejabat:1 pegawai:1 jabatan:2 pensyarah:3 peperiksaan:3 akhbar:2
polis:1.5 hospital:2 doktor:2.5 pesakit:3 ubat:3 kesihatan:3 kemalangan:3 mangsa:2 cedera:0.5 jenayah:3 penjenayah:3 mahkamah:0.3 peguam:3 tentera:2.5 askar:1.5
lelaki:3 kanak-kanak:3 isteri:3 perkahwinan:3 berkahwin:3 bapa:1.5 emak:2
haiwan:3 binatang:0.3 pokok:2.5 ribut:2 taufan:3 sejuk:1 darjah:3
fikir:3 berfikir:3 fikiran:3 pemikiran:0.5 faham:3 memahami:0.3 cuba:2.5 mencuba:3 mahu:3 boleh:1.5 sahaja:3 baharu:3 tiada:2 amat:1 sangat:0 ramai:1 pelbagai:3 berbeza:3 perbezaan:3 beza:3
selepas:2.5 semasa:2 sehingga:0.3 manakala:3 walau_bagaimanapun:3 bagaimanapun:2 oleh_itu:2 justeru:2 malah:1.5 kini:0.3 esok:2 petang:2 lepas:1 tahun_lepas:3 minggu_lepas:3
mengikut:2 berkata:0.8 bercakap:3 memberitahu:2 menerusi:3 berhampiran:3 kawasan:0.3 bandar:2 negeri:0.5 luar_negara:3
pelancong:1 pelancongan:3 percutian:3 cuti:2 lawatan:2.5 melawat:2 kedai:3 membeli-belah:3 jualan:1.5 perniagaan:3 projek:3 persembahan:2 pelakon:3 filem:3 televisyen:3 telefon:3 komputer:0.5 laman:2
tenaga:0.3 bahan_api:3 nuklear:3 fizik:3 matematik:3 sains:2.5 saintis:3 kajian:1 penyelidik:3 penyelidikan:1.5 ahli:1 pakar:1 purba:0.5 moden:3 teknikal:3 praktikal:3 awam:2 standard:2 eksport:3 import:1 kualiti:3
perlawanan:3 pasukan:0.7 jurulatih:3 kejohanan:3 pemain:0 pilihan_raya:3 undi:3 parlimen:3 perdana_menteri:1 menteri:0.3
memandu:3 pemandu:1 kapal_terbang:3 lapangan_terbang:3 jalan_raya:2 bas:2.5 teksi:3 tayar:3
mempunyai:0.7 terdapat:0.8 merupakan:0 dengan_lebih:1 kira-kira:1 lebih_kurang:2 beberapa:0 sebanyak:0.5 sesuatu:0.5 seseorang:0.5 bagi:0.3 kepada:0.3 ke_atas:0.5 di_mana:0.7 apabila:0.3 supaya:1 agar:0 kereta_api:-1.5
`);

const INDONESIAN = lexicon(INDONESIAN_CHECKED_ON_OWN_TEXT + MORE_INDONESIAN + `
bahwa:3 yaitu:3 karena:3 pemerintah:2.5 perusahaan:2.5 persen:3 miliar:3 uang:3 mobil:3
universitas:3 kualitas:3 aktivitas:3 komunitas:3 kapasitas:3 identitas:3 komoditas:3 kuantitas:3 realitas:3 prioritas:3 mayoritas:3 minoritas:3 otoritas:3 integritas:3 sekuritas:3 listrik:3 musik:3 museum:2.5
agustus:3 maret:3 juni:2 juli:3 desember:3 senin:3 kamis:3 jumat:3
internasional:3 nasional:1 lokal:1.5 setempat:0.5 informasi:2 pernyataan:1.5 kasus:2.5 nomor:2 jumlah:0.5 karyawan:3 kantor:3 petugas:2 pejabat:1 dosen:3 ujian:1 koran:3
polisi:2.5 kepolisian:3 rumah_sakit:3 dokter:3 pasien:3 obat:3 kesehatan:3 kecelakaan:3 korban:2 luka:0.5 kejahatan:3 penjahat:3 pengadilan:2.5 pengacara:3 tentara:2.5
laki-laki:3 pria:2 anak-anak:2 istri:3 pernikahan:3 menikah:3 ayah:1 bapak:2
hewan:3 pohon:1.5 badai:3 topan:3 dingin:1 derajat:3
pikir:3 berpikir:3 pikiran:3 paham:3 coba:3 mencoba:3 mau:2 bisa:2.5 saja:2 baru:0.5 tidak_ada:1 sangat:0 banyak:0.3 berbagai:1.5 berbeda:3 perbedaan:3 beda:3
setelah:0.7 sesudah:2 selama:0.3 hingga:0.5 sampai:0.5 sementara_itu:1 namun:0.3 oleh_karena_itu:3 bahkan:1.5 sekarang:1 besok:2 sore:3 lalu:0.5 tahun_lalu:3 minggu_lalu:3
menurut:0.2 mengatakan:0.7 berbicara:2.5 memberi_tahu:3 melalui:0 dekat:0.5 wilayah:1 kota:0.5 provinsi:3 luar_negeri:3
turis:3 wisatawan:3 pariwisata:3 wisata:3 liburan:3 libur:2 kunjungan:2 mengunjungi:1 toko:3 berbelanja:1.5 penjualan:1.5 bisnis:3 proyek:3 acara:0.5 pertunjukan:1 aktor:2 pemeran:3 film:2 televisi:3 telepon:3 situs:3
energi:3 bahan_bakar:3 nuklir:3 fisika:3 matematika:3 ilmu_pengetahuan:3 ilmuwan:3 penelitian:2.5 peneliti:3 meneliti:3 anggota:0.5 ahli:0.5 kuno:1.5 modern:2 teknis:3 praktis:2 umum:0.3 publik:2 standar:3 ekspor:3 impor:3
pertandingan:0.5 tim:2.5 pelatih:2 kejuaraan:2 pemilu:3 pemilihan:1.5 suara:0.5 parlemen:3 presiden:0.3
mengemudi:3 menyetir:3 sopir:3 pengemudi:3 pesawat:0.5 bandara:3 jalan_raya:0 bus:2.5 taksi:3 ban:1
memiliki:1 adalah:0 merupakan:0 tersebut:0 sekitar:0.5 para:0.3 justru:1 agar:1 ketika:0 saat:1 sedangkan:0.5 memengaruhi:3 mempengaruhi:0.5 dampak:1.5 efek:1.5
`);

/** Ordinary words of both standards that CLDR happens to use in only one of them. */
const SHARED = 'beberapa banyak jauh gambar baru matahari lalu namun sekitar setelah wilayah mengatakan menurut sampai hingga sekarang nasional yunani polisi ujian setempat mengunjungi bagian dahulu kini jadi lewat ruang batu demi pemain terdapat berkata sesuatu negeri kawasan sains';

let cldr: { ms: Lexicon; id: Lexicon } | undefined;

/**
 * CLDR markers, minus words the other variety's training text uses
 * (`vocabulary` of the built-in model's Malay and Indonesian text) and
 * words the lexicons already weigh.
 */
export function useMalayIndonesianVocabulary(vocabulary: { ms: ReadonlySet<string>; id: ReadonlySet<string> }): void {
  // A CLDR marker of one variety that the other variety's running text uses is a gap in CLDR, not a
  // marker; one that its own variety's text uses is a marker confirmed.
  const listed = [...SHARED.split(' '), ...MALAY.words.keys(), ...INDONESIAN.words.keys()];
  cldr = {
    ms: cldrLexicon('ms', 1, new Set([...vocabulary.id, ...listed])),
    id: cldrLexicon('id', 1, new Set([...vocabulary.ms, ...listed])),
  };
}

/**
 * Loanword endings each standard spells its own way: Malay -iti, -syen and
 * -ular (universiti, televisyen, popular) where Indonesian has -itas, -si
 * and -uler (universitas, televisi, populer); Malay compounds with juru-
 * (juruterbang, jururawat) where Indonesian has pilot, perawat; Indonesian
 * joins the prefixes antar- and pasca- to their word (antarkota,
 * pascabanjir) where Malay writes antara bandar, selepas banjir.
 */
function suffixScore(tokens: readonly string[]): number {
  let score = 0;
  for (const t of tokens) {
    if (t.length < 6) continue;
    if (t.endsWith('iti')) score += 1.5;
    else if (t.endsWith('itas')) score -= 1.5;
    else if (t.endsWith('syen')) score += 2;
    else if (t.endsWith('uler')) score -= 2;
    else if (t.endsWith('ular') && t.length > 6) score += 1;
    else if (t.startsWith('juru') && t.length > 7) score += 1;
    else if (t.startsWith('antar') && !t.startsWith('antara')) score -= 1;
    else if (t.startsWith('pasca') && t.length > 7) score -= 1;
  }
  return score;
}

/**
 * Number formatting (CLDR's number symbols for ms and id): Malaysian writing
 * groups thousands with a comma and marks decimals with a point (12,000;
 * 3.5 peratus), Indonesian the other way round (12.000; 3,5 persen). A point
 * before two digits is also how both write the time of day (pukul 10.30), so
 * a decimal point counts for little.
 */
const COMMA_THOUSANDS = /\d,\d{3}(?!\d)/g;
const POINT_THOUSANDS = /\d\.\d{3}(?!\d)/g;
const DECIMAL_COMMA = /\d,\d{1,2}(?!\d)/g;
const DECIMAL_POINT = /\d\.\d{1,2}(?!\d)/g;

function numberFormatScore(text: string): number {
  if (!/\d[.,]\d/.test(text)) return 0;
  const count = (re: RegExp) => Math.min((text.match(re) ?? []).length, 2);
  return count(COMMA_THOUSANDS) - count(POINT_THOUSANDS) - count(DECIMAL_COMMA) + 0.2 * count(DECIMAL_POINT);
}

/**
 * A text cut off mid-word (a 20-character preview, a truncated field) ends in
 * a fragment no lexicon lists: "pemerint", "kerajaa". When every single-word
 * entry of both lexicons that starts with the fragment (MIN_FRAGMENT letters
 * or more) belongs
 * to one variety, the fragment counts for that variety at half the weakest
 * such entry's weight.
 */
const MIN_FRAGMENT = 4;
let prefixIndex: { words: string[]; weights: number[] } | undefined;

function truncatedWordScore(tokens: readonly string[], text: string): number {
  const last = tokens[tokens.length - 1];
  if (!last || last.length < MIN_FRAGMENT || !/\p{L}$/u.test(text)) return 0;
  if (MALAY.words.has(last) || INDONESIAN.words.has(last)) return 0;
  prefixIndex ??= buildPrefixIndex();
  const { words, weights } = prefixIndex;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < last) lo = mid + 1;
    else hi = mid;
  }
  let weakest = Infinity;
  let sign = 0;
  for (let i = lo; i < words.length && words[i]!.startsWith(last); i++) {
    const w = weights[i]!;
    if (w === 0) continue;
    if (sign && Math.sign(w) !== sign) return 0;
    sign = Math.sign(w);
    weakest = Math.min(weakest, Math.abs(w));
  }
  return sign ? (sign * weakest) / 2 : 0;
}

/** Single-word lexicon entries, sorted, with signed weights (a word in both lists gets the difference). */
function buildPrefixIndex(): { words: string[]; weights: number[] } {
  const signed = new Map<string, number>();
  for (const [w, x] of MALAY.words) if (!w.includes(' ')) signed.set(w, (signed.get(w) ?? 0) + x);
  for (const [w, x] of INDONESIAN.words) if (!w.includes(' ')) signed.set(w, (signed.get(w) ?? 0) - MALAY_WEIGHTS.indonesianWords * x);
  const words = [...signed.keys()].sort();
  return { words, weights: words.map((w) => signed.get(w)!) };
}

/** Indonesian capitalises the polite pronoun Anda (and Bapak, Ibu) inside a sentence; Malay writes anda. */
const CAPITAL_ANDA = /[^.!?"“\s]\s+Anda\b/g;
const LOWER_ANDA = /\banda\b/g;

/**
 * Weights of the evidence. `indonesianWords` scales the Indonesian lists
 * down a little because Malaysian writers also use much Indonesian
 * vocabulary (the converse is rarer); it and the pair bias in identify.ts
 * are the figures checked on FLORES dev. A number format or a truncated
 * last word is one observation each, hence their round weights (checked on
 * FLORES dev too: `numbers` 1–3 and `truncated` 1–2 score the same).
 */
export const MALAY_WEIGHTS = { indonesianWords: 0.7, cldr: 1, suffix: 1, anda: 2, numbers: 2, truncated: 1 };

/** The evidence of {@link malayVsIndonesian}, part by part. */
export function malayVsIndonesianParts(tokens: readonly string[], text = ''): Record<keyof typeof MALAY_WEIGHTS | 'malayWords', number> {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return {
    malayWords: lexiconScore(tokens, MALAY),
    indonesianWords: -lexiconScore(tokens, INDONESIAN),
    cldr: cldr ? lexiconScore(tokens, cldr.ms) - lexiconScore(tokens, cldr.id) : 0,
    suffix: suffixScore(tokens),
    anda: Math.min(count(LOWER_ANDA), 2) - Math.min(count(CAPITAL_ANDA), 2),
    numbers: numberFormatScore(text),
    truncated: truncatedWordScore(tokens, text),
  };
}

/** Log-odds evidence that lower-cased `tokens` (of `text`) are Malay (positive) rather than Indonesian (negative). */
export function malayVsIndonesian(tokens: readonly string[], text = '', weights: Readonly<Record<keyof typeof MALAY_WEIGHTS, number>> = MALAY_WEIGHTS): number {
  const parts = malayVsIndonesianParts(tokens, text);
  let score = parts.malayWords;
  for (const key of Object.keys(weights) as Array<keyof typeof MALAY_WEIGHTS>) score += weights[key] * parts[key];
  return score;
}
