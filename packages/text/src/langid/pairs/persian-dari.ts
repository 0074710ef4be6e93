/**
 * Iranian Persian (fa) vs Dari (fa-AF). Same language, two standards that
 * differ in typing habits and vocabulary:
 *
 * - Orthography: Iranian text joins the verbal prefix می and the plural ها
 *   with ZERO WIDTH NON-JOINER (می‌شود, کتاب‌ها) and quotes with «»; Afghan
 *   text mostly writes them with a plain space (می شود, کتاب ها) or joined.
 * - Loanwords came through different languages: Iran took French (پلیس,
 *   میلیون, اکتبر, آلمان), Afghanistan English, Russian and Pashto (پولیس,
 *   ملیون, اکتوبر, المان, پوهنتون).
 * - Vocabulary: دانشگاه/پوهنتون, بیمارستان/شفاخانه, ماشین/موتر, همچنین/همچنان …
 *
 * Positive score = Dari.
 */
import { cldrLexicon } from './cldr-markers.ts';
import { lexicon, lexiconScore, type Lexicon } from './lexicon.ts';

const DARI = lexicon(`
پوهنتون:4 پوهنځی:4 شفاخانه:4 شفاخانه‌ها:4 موتر:4 موترها:4 ولسوالی:4 ولایت:2 ولایات:3 والی:1.5 داکتر:4 داکتران:4 فیصد:4 دالر:4 پولیس:4 تیلفون:4 کمپیوتر:3
تکنالوژی:4 انجنیر:3 انترنت:3 امریکا:3 امریکایی:3 المان:4 جاپان:4 آسترالیا:3 مکسیکو:4 برازیل:4 هسپانیه:4 اطریش:4 فلم:4 فلم‌ها:4 سپورت:3 بایسکل:4 طیاره:4 طیارات:4 میدان_هوایی:4 بس:1 سرک:4 سرک‌ها:4
ملیون:4 ملیارد:4 اکتوبر:4 نومبر:4 دسمبر:4 جنوری:4 فبروری:4 مارچ:4 اپریل:4 جون:3 اگست:4 سپتمبر:4
همچنان:2 به_اساس:3 یک_تعداد:3 قسمی:2 زیادتر:2.5 کلان:2 مکتب:2 مکاتب:3 متعلم:3 متعلمین:3 محصل:3 محصلین:3 صدراعظم:3 ولسی:4 جرگه:2 کاندید:2 ساحه:3 ساحات:3 تعمیر:2 تعمیرات:2 دکان:3 دکان‌ها:3 پیسه:3 دهقان:3 دهقانان:3 زراعت:2.5 پشک:4 اسپ:4 بحر:2 سیلاب:2 اطفال:2 طفل:2 فامیل:3 محبس:4 تیل:3 هستوی:4 کیمیا:3 بیولوژی:2 موزیم:4 دریور:4 دریوری:4 گردید:1.5 گردیده:1.5 نموده:1 نمود:1 میباشد:1.5 استند:3 بوده_اند:0.5 قسمت:0.5 حکومت:1 لیکن:1.5 شاروالی:4 ښار:1 یگان:2 همرای:3 گپ:2 تصادم:2 بیرق:3 عسکر:2 عساکر:2 قوماندان:3 قوماندانی:3 قطعه:1
هوتل:4 هوتل‌ها:4 رستورانت:4 کمپنی:3 کمپنی‌ها:3 فابریکه:4 فابریکه‌ها:4 ویبسایت:4 پروگرام:3 پروگرام‌ها:3 ستدیوم:4 موترسایکل:4 لاری:2 ریل:1.5 ترمینل:4 حرارت:1.5 برف_باری:2 صحی:3 مریض:2.5 مریضی:3 مریضان:3 نرس:4 نرس‌ها:4 دوا:2.5 دواها:3 واکسین:4 قرنطین:4 ساینس:4 ساینسدان:4 ساینسدانان:4 پوهاند:4 لیسه:3 شاگردان:1 صنف:2 کانکور:4 دیپلوم:3 ماستری:4 دوکتورا:4 معلومات:2 مصارف:2.5 عواید:3 ترانسپورت:4 معین:2 اردوی:3 ماین:3 هلیکوپتر:1.5 مصروف:2 اشتراک:1.5 گپ:2
`);

const IRANIAN = lexicon(`
دانشگاه:4 دانشگاه‌ها:4 دانشگاهی:3 بیمارستان:4 بیمارستان‌ها:4 ماشین:2 خودرو:4 خودروها:4 استان:3 استان‌ها:3 شهرستان:3 پزشک:3 پزشکان:3 درصد:4 دلار:4 پلیس:4 تلفن:4 رایانه:4
فناوری:3 مهندس:1.5 اینترنت:3 آمریکا:3 آمریکایی:3 آلمان:4 ژاپن:4 استرالیا:3 مکزیک:4 برزیل:4 اسپانیا:4 اتریش:4 فیلم:4 فیلم‌ها:4 دوچرخه:4 هواپیما:4 هواپیماها:4 فرودگاه:4 اتوبوس:4 جاده:2 خیابان:3 خیابان‌ها:3
میلیون:4 میلیارد:4 اکتبر:4 نوامبر:4 دسامبر:4 ژانویه:4 فوریه:4 مارس:4 آوریل:4 ژوئن:4 ژوئیه:4 اوت:3 آگوست:3 سپتامبر:4
همچنین:2 بر_اساس:2 خیلی:1.5 کوچک:1 مدرسه:1 دانش‌آموز:3 دانش‌آموزان:3 دانشجو:3 دانشجویان:3 نخست‌وزیر:3 مجلس:1 نامزد:1 منطقه:0.5 حوزه:1 ساختمان:2 ساختمان‌ها:2 مغازه:3 فروشگاه:3 کشاورز:3 کشاورزان:3 کشاورزی:2.5 گربه:4 اسب:4 دریا:0.5 سیل:1.5 کودک:1 کودکان:2 خانواده:2 زندان:3 نفت:2 هسته‌ای:4 شیمی:3 زیست‌شناسی:3 موزه:4 راننده:4 رانندگی:4 کرد:0.3 است:0 هستند:0.5 دولت:0.5 اما:0.3 بازداشت:2 تصادف:2 پرچم:3 ارتش:2 سرباز:1 فرمانده:2 شهرداری:4
هتل:4 هتل‌ها:4 رستوران:4 رستوران‌ها:4 کارخانه:4 کارخانه‌ها:4 وب‌سایت:3 ورزشگاه:4 موتورسیکلت:4 کامیون:3 قطار:2 ترمینال:3 دما:2.5 بیمار:2 بیماری:2.5 بیماران:2.5 پرستار:4 پرستاران:4 دارو:3 داروها:3 واکسن:4 قرنطینه:3 دبیرستان:4 کلاس:1 کنکور:4 دیپلم:3 کارشناسی:3 دکترا:4 اطلاعات:1 هزینه:1.5 هزینه‌ها:2 درآمد:1.5 حمل_و_نقل:3 معاون:1 بالگرد:4 مین:1 مشغول:1 حرف:1
`);

const ZWNJ = /\u200c/g;
const SPACED_PREFIX = /(?:^|\s)(?:می|نمی)\s/g;
const SPACED_PLURAL = /\S\s(?:ها|های|هایی|هایش|هایشان)(?=\s|$|[.,،؛:!?؟])/g;
const GUILLEMET = /[«»]/g;

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Tokens for lexicon look-up: with their ZWNJ, and without it, so both typing habits find the entry. */
export function persianTokens(text: string): string[] {
  const raw = text.split(/[\s.,،؛:!?؟«»()"'\-–—]+/u).filter(Boolean);
  const out: string[] = [];
  for (const t of raw) {
    out.push(t);
    if (t.includes('\u200c')) out.push(t.replace(ZWNJ, ''));
  }
  return out;
}

let cldr: { dari: Lexicon; iranian: Lexicon } | undefined;

/** CLDR markers, minus words the other variety's training text uses. */
export function usePersianDariVocabulary(vocabulary: { fa: ReadonlySet<string>; 'fa-AF': ReadonlySet<string> }): void {
  cldr = { dari: cldrLexicon('fa-AF', 1.5, vocabulary.fa), iranian: cldrLexicon('fa', 1.5, vocabulary['fa-AF']) };
}

/** Log-odds evidence that `text` is Dari (positive) rather than Iranian Persian (negative). */
export function dariVsPersian(text: string): number {
  const tokens = persianTokens(text);
  let score = lexiconScore(tokens, DARI) - lexiconScore(tokens, IRANIAN);
  if (cldr) score += lexiconScore(tokens, cldr.dari) - lexiconScore(tokens, cldr.iranian);
  // Typing habits (see the module comment).
  score -= 1.5 * Math.min(count(text, ZWNJ), 4);
  score += 1.5 * Math.min(count(text, SPACED_PREFIX), 3);
  score += 1.2 * Math.min(count(text, SPACED_PLURAL), 3);
  score -= 1.5 * Math.min(count(text, GUILLEMET), 2);
  return score;
}
