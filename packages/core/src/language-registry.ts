/**
 * What Silkloom knows about each language it must handle first (PRODUCT.md):
 * scripts, direction, how words are found, sentence-final punctuation, native
 * digits and which normalisers apply. Text steps read this table instead of
 * hard-coding per-language branches.
 *
 * Calibration figures (expected length ratio to zh-Hans) live in
 * `length-calibration.ts` with their source, so this file stays facts about
 * writing systems that anyone can check against the Unicode standard.
 */
import type { LangTag } from './lang-tag.ts';
import { canonicalLangTag, primaryLanguage, tagScript } from './lang-tag.ts';

/** How a step finds words: by spaces, or by ICU dictionary segmentation (Intl.Segmenter). */
export type WordUnit = 'space' | 'segmenter';

export interface LanguageInfo {
  /** Canonical tag this entry is keyed by. */
  tag: LangTag;
  name: string;
  /** Name in the language itself. */
  nativeName: string;
  /** ISO 15924 scripts the language is normally written in; the first is the default. */
  scripts: string[];
  direction: 'ltr' | 'rtl';
  wordUnit: WordUnit;
  /** Characters that end a sentence (besides . ! ? for languages that use them). */
  sentenceFinal: string;
  /** The ten native decimal digits 0–9 in order, when the script has its own. */
  nativeDigits?: string;
  /** Names of normalisers that apply beyond the universal ones. */
  normalizers: string[];
  /** FLORES-200 code of the main variety, for evaluation data. */
  flores?: string;
}

const LATIN_END = '.!?';
const ARABIC_END = '.!?؟۔';

function entry(info: LanguageInfo): LanguageInfo {
  return info;
}

/**
 * The registry. Digits: Thai U+0E50, Lao U+0ED0, Khmer U+17E0, Myanmar U+1040,
 * Arabic-Indic U+0660, Extended Arabic-Indic U+06F0 (fa, ur, ps), Devanagari
 * U+0966, Bengali U+09E6, Sinhala Lith U+0DE6, Mongolian U+1810. Ethiopic
 * numerals (U+1369–137C) are additive, not decimal, so Amharic has no
 * `nativeDigits`; number filters treat them separately.
 */
export const LANGUAGES: readonly LanguageInfo[] = [
  entry({ tag: 'zh-Hans', name: 'Chinese (Simplified)', nativeName: '简体中文', scripts: ['Hans'], direction: 'ltr', wordUnit: 'segmenter', sentenceFinal: '。！？；…', normalizers: ['fullwidth-latin', 'zh-variant'], flores: 'zho_Hans' }),
  entry({ tag: 'zh-Hant', name: 'Chinese (Traditional)', nativeName: '繁體中文', scripts: ['Hant'], direction: 'ltr', wordUnit: 'segmenter', sentenceFinal: '。！？；…', normalizers: ['fullwidth-latin', 'zh-variant'], flores: 'zho_Hant' }),
  entry({ tag: 'yue-Hant', name: 'Cantonese', nativeName: '粵語', scripts: ['Hant', 'Hans'], direction: 'ltr', wordUnit: 'segmenter', sentenceFinal: '。！？；…', normalizers: ['fullwidth-latin', 'zh-variant'], flores: 'yue_Hant' }),
  entry({ tag: 'en', name: 'English', nativeName: 'English', scripts: ['Latn'], direction: 'ltr', wordUnit: 'space', sentenceFinal: LATIN_END, normalizers: [], flores: 'eng_Latn' }),
  entry({ tag: 'id', name: 'Indonesian', nativeName: 'Bahasa Indonesia', scripts: ['Latn'], direction: 'ltr', wordUnit: 'space', sentenceFinal: LATIN_END, normalizers: [], flores: 'ind_Latn' }),
  entry({ tag: 'ms', name: 'Malay', nativeName: 'Bahasa Melayu', scripts: ['Latn', 'Arab'], direction: 'ltr', wordUnit: 'space', sentenceFinal: LATIN_END, normalizers: [], flores: 'zsm_Latn' }),
  entry({ tag: 'vi', name: 'Vietnamese', nativeName: 'Tiếng Việt', scripts: ['Latn'], direction: 'ltr', wordUnit: 'space', sentenceFinal: LATIN_END, normalizers: ['vi-tone-marks'], flores: 'vie_Latn' }),
  entry({ tag: 'fil', name: 'Filipino', nativeName: 'Filipino', scripts: ['Latn'], direction: 'ltr', wordUnit: 'space', sentenceFinal: LATIN_END, normalizers: [], flores: 'tgl_Latn' }),
  entry({ tag: 'th', name: 'Thai', nativeName: 'ไทย', scripts: ['Thai'], direction: 'ltr', wordUnit: 'segmenter', sentenceFinal: '', nativeDigits: '๐๑๒๓๔๕๖๗๘๙', normalizers: ['thai-vowel-order'], flores: 'tha_Thai' }),
  entry({ tag: 'km', name: 'Khmer', nativeName: 'ខ្មែរ', scripts: ['Khmr'], direction: 'ltr', wordUnit: 'segmenter', sentenceFinal: '។៕!?', nativeDigits: '០១២៣៤៥៦៧៨៩', normalizers: ['zero-width-keep-zwnj'], flores: 'khm_Khmr' }),
  entry({ tag: 'lo', name: 'Lao', nativeName: 'ລາວ', scripts: ['Laoo'], direction: 'ltr', wordUnit: 'segmenter', sentenceFinal: '', nativeDigits: '໐໑໒໓໔໕໖໗໘໙', normalizers: [], flores: 'lao_Laoo' }),
  entry({ tag: 'my', name: 'Burmese', nativeName: 'မြန်မာ', scripts: ['Mymr'], direction: 'ltr', wordUnit: 'segmenter', sentenceFinal: '။', nativeDigits: '၀၁၂၃၄၅၆၇၈၉', normalizers: ['zawgyi'], flores: 'mya_Mymr' }),
  entry({ tag: 'ar', name: 'Arabic', nativeName: 'العربية', scripts: ['Arab'], direction: 'rtl', wordUnit: 'space', sentenceFinal: ARABIC_END, nativeDigits: '٠١٢٣٤٥٦٧٨٩', normalizers: ['arabic-letters'], flores: 'arb_Arab' }),
  entry({ tag: 'fa', name: 'Persian', nativeName: 'فارسی', scripts: ['Arab'], direction: 'rtl', wordUnit: 'space', sentenceFinal: ARABIC_END, nativeDigits: '۰۱۲۳۴۵۶۷۸۹', normalizers: ['arabic-letters', 'zero-width-keep-zwnj'], flores: 'pes_Arab' }),
  entry({ tag: 'fa-AF', name: 'Dari', nativeName: 'دری', scripts: ['Arab'], direction: 'rtl', wordUnit: 'space', sentenceFinal: ARABIC_END, nativeDigits: '۰۱۲۳۴۵۶۷۸۹', normalizers: ['arabic-letters', 'zero-width-keep-zwnj'], flores: 'prs_Arab' }),
  entry({ tag: 'ur', name: 'Urdu', nativeName: 'اردو', scripts: ['Arab'], direction: 'rtl', wordUnit: 'space', sentenceFinal: ARABIC_END, nativeDigits: '۰۱۲۳۴۵۶۷۸۹', normalizers: ['arabic-letters', 'zero-width-keep-zwnj'], flores: 'urd_Arab' }),
  entry({ tag: 'ps', name: 'Pashto', nativeName: 'پښتو', scripts: ['Arab'], direction: 'rtl', wordUnit: 'space', sentenceFinal: ARABIC_END, nativeDigits: '۰۱۲۳۴۵۶۷۸۹', normalizers: ['arabic-letters', 'zero-width-keep-zwnj'], flores: 'pbt_Arab' }),
  entry({ tag: 'ru', name: 'Russian', nativeName: 'Русский', scripts: ['Cyrl'], direction: 'ltr', wordUnit: 'space', sentenceFinal: LATIN_END, normalizers: [], flores: 'rus_Cyrl' }),
  entry({ tag: 'kk', name: 'Kazakh', nativeName: 'Қазақ тілі', scripts: ['Cyrl', 'Latn', 'Arab'], direction: 'ltr', wordUnit: 'space', sentenceFinal: LATIN_END, normalizers: [], flores: 'kaz_Cyrl' }),
  entry({ tag: 'uz', name: 'Uzbek', nativeName: 'Oʻzbekcha', scripts: ['Latn', 'Cyrl'], direction: 'ltr', wordUnit: 'space', sentenceFinal: LATIN_END, normalizers: ['uz-apostrophe'], flores: 'uzn_Latn' }),
  entry({ tag: 'mn', name: 'Mongolian', nativeName: 'Монгол', scripts: ['Cyrl', 'Mong'], direction: 'ltr', wordUnit: 'space', sentenceFinal: LATIN_END, nativeDigits: '᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙', normalizers: [], flores: 'khk_Cyrl' }),
  entry({ tag: 'tr', name: 'Turkish', nativeName: 'Türkçe', scripts: ['Latn'], direction: 'ltr', wordUnit: 'space', sentenceFinal: LATIN_END, normalizers: [], flores: 'tur_Latn' }),
  entry({ tag: 'sw', name: 'Swahili', nativeName: 'Kiswahili', scripts: ['Latn'], direction: 'ltr', wordUnit: 'space', sentenceFinal: LATIN_END, normalizers: [], flores: 'swh_Latn' }),
  entry({ tag: 'ha', name: 'Hausa', nativeName: 'Hausa', scripts: ['Latn', 'Arab'], direction: 'ltr', wordUnit: 'space', sentenceFinal: LATIN_END, normalizers: [], flores: 'hau_Latn' }),
  entry({ tag: 'am', name: 'Amharic', nativeName: 'አማርኛ', scripts: ['Ethi'], direction: 'ltr', wordUnit: 'space', sentenceFinal: '።፧!?', normalizers: [], flores: 'amh_Ethi' }),
  entry({ tag: 'hi', name: 'Hindi', nativeName: 'हिन्दी', scripts: ['Deva'], direction: 'ltr', wordUnit: 'space', sentenceFinal: '।॥.!?', nativeDigits: '०१२३४५६७८९', normalizers: [], flores: 'hin_Deva' }),
  entry({ tag: 'bn', name: 'Bengali', nativeName: 'বাংলা', scripts: ['Beng'], direction: 'ltr', wordUnit: 'space', sentenceFinal: '।॥.!?', nativeDigits: '০১২৩৪৫৬৭৮৯', normalizers: [], flores: 'ben_Beng' }),
  entry({ tag: 'ne', name: 'Nepali', nativeName: 'नेपाली', scripts: ['Deva'], direction: 'ltr', wordUnit: 'space', sentenceFinal: '।॥.!?', nativeDigits: '०१२३४५६७८९', normalizers: [], flores: 'npi_Deva' }),
  entry({ tag: 'si', name: 'Sinhala', nativeName: 'සිංහල', scripts: ['Sinh'], direction: 'ltr', wordUnit: 'space', sentenceFinal: '.!?෴', nativeDigits: '෦෧෨෩෪෫෬෭෮෯', normalizers: ['zero-width-keep-zwj'], flores: 'sin_Sinh' }),
];

const byTag = new Map(LANGUAGES.map((l) => [l.tag, l]));
const byFlores = new Map(LANGUAGES.filter((l) => l.flores).map((l) => [l.flores!, l]));

/**
 * Finds the registry entry for any tag: exact canonical match first, then the
 * primary language with a matching script (`zh-Hant-HK` → zh-Hant, `th-TH` →
 * th, `yue` → yue-Hant). Returns undefined for languages not in the registry.
 */
export function languageInfo(tag: string): LanguageInfo | undefined {
  const canonical = canonicalLangTag(tag);
  const exact = byTag.get(canonical);
  if (exact) return exact;
  const language = primaryLanguage(canonical);
  const script = tagScript(canonical);
  let fallback: LanguageInfo | undefined;
  for (const info of LANGUAGES) {
    if (primaryLanguage(info.tag) !== language) continue;
    if (script && info.scripts[0] === script) return info;
    fallback ??= info;
  }
  return fallback;
}

/** The registry entry for a FLORES-200 code such as `tha_Thai`. */
export function languageByFloresCode(code: string): LanguageInfo | undefined {
  return byFlores.get(code);
}
