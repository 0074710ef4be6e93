/**
 * The most frequent function words of each language that shares a script
 * with others, written by the Silkloom authors from standard grammars. Short
 * texts (a title, 20 characters) carry too few n-grams for the model, but
 * almost always one of these words; each hit adds {@link FUNCTION_WORD_WEIGHT}
 * to the language's log-score (a word several languages share adds to each,
 * so it does not decide between them).
 */
import type { WordSink } from './gram-scanner.ts';
import { featureWords } from './ngram-features.ts';

export const FUNCTION_WORD_WEIGHT = 5;

const LISTS: Readonly<Record<string, string>> = {
  en: 'the of and to in is was that for on with as by at from it are be this which or an has have had were not but their they been its also who will would can',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada ada adalah juga oleh ke karena bahwa atau telah sudah bisa mereka kami kita saya ia dia para sebagai tersebut seperti saat',
  ms: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada ada adalah juga oleh ke kerana bahawa atau telah sudah boleh mereka kami kita saya ia dia beliau sebagai tersebut seperti ialah iaitu daripada',
  vi: 'và của là có được trong cho những các một không người này với đã để khi đến từ như về sẽ cũng năm nhưng theo tại đó',
  fil: 'ang ng sa na mga at ay si ni kay para may ito iyon hindi nang noong kung siya sila kanilang niya ngunit pero din rin lamang lang mula',
  tr: 've bir bu da de için ile olarak olan gibi daha çok en ama ancak sonra kadar her şey ne onun bunun değil var yok ise veya mi mı çünkü göre sadece bile şu ki tarafından ilk iki olduğu olduğunu oldu büyük yeni birlikte arasında üzerinde içinde önce şimdi zaman nasıl neden bunu buna bunlar onlar ayrıca hem',
  sw: 'na ya wa kwa ni katika za la cha kuwa hii hiyo lakini pia au kama baada kabla wakati yake wao sana zaidi hata ambayo ambao alisema kwamba sisi wewe mimi yeye hao huo hizi hilo kutoka hadi bila kila tu mwaka watu mtu nchi serikali kubwa pamoja baadhi ili kisha ndiyo kuhusu alikuwa walikuwa',
  ha: 'da na a ta ya ba su ga cikin wannan wanda don kuma amma daga zuwa ko shi ita sun suka yana tana akwai ake ce za zai mai masu waɗanda wadanda lokacin bayan kafin tare duk kowa wani wata wasu yadda saboda domin idan babu sosai shekara mutane',
  uz: "va bu bilan uchun ham bir edi emas boʻlgan bo'lgan qilib esa lekin yoki deb keyin kabi har ular biz siz men yil yilda boʻyicha orqali hamda ammo biroq shu ushbu uning ularning boʻladi boʻlib qilgan qiladi etdi koʻra koʻp katta yangi eng juda hali faqat hech nima qanday chunki agar kerak mumkin yoʻq bor oʻz oʻzi davomida tomonidan haqida boshqa barcha",
  ru: 'и в не на что с по это как он она они к из за от для но то так же бы был была были его её ещё уже или у',
  kk: 'және бұл мен да де үшін бір деп осы оның олар ол біз сіз екі болып болды бар жоқ еді емес туралы сияқты кейін',
  mn: 'нь болон юм энэ тэр байна байсан гэж гэсэн бол ба буюу хамт дээр доор дотор хүн жил нэг хоёр их бас',
  'uz-Cyrl': 'ва бу билан учун ҳам бир эди эмас бўлган қилиб эса лекин ёки деб кейин каби ҳар улар биз сиз мен',
  ar: 'في من على إلى أن التي الذي عن مع هذا هذه كان قد لا ما هو هي تم بين ذلك كما وقد أو ثم حيث عند قال',
  fa: 'در از به که این آن را با است بود شد برای یک هم تا می نیز اما یا خود وی او ها های شده کرد',
  'fa-AF': 'در از به که این آن را با است بود شد برای یک هم تا می نیز اما یا خود وی او ها های شده کرد',
  ur: 'کے کی کا ہے ہیں میں سے کو اور نے یہ وہ تھا تھی تھے بھی کہ پر لیے گیا کیا ہو ایک جو',
  ps: 'د په کې ته چې دا هغه او یې شو وو دی ده دي کړ سره له لپاره باندې وړ یو هم نه',
  hi: 'है हैं था थे थी में से को और का के की भी नहीं यह वह लिए किया गया कर करने होता जो अपने तक बाद लेकिन कि पर ने इस उस इसके उसके इसे उसे इन उन रहा रही रहे सकते सकता सकती जाता जाती जाते होती होते हुआ हुई हुए कहा दिया लिया कुछ सभी सब बहुत क्योंकि जब तब अगर या वे आप हम मैं कोई किसी अपनी अपना ऐसे ऐसा जैसे वाले वाला वाली ज्यादा चाहिए पहले एवं',
  ne: 'छ छन् हो थियो थिए गर्न गरेको भएको भने पनि र मा लाई ले बाट हरू देखि सम्म यो त्यो उनी उनले गरे हुन्छ हुने भयो लागि साथै रहेको को का गर्ने गरेका भएका रहेका हुन् गरी गरिएको छैन थिएन हुँदैन सक्छ सक्छन् सकिन्छ पर्छ पर्ने धेरै केही सबै हामी तपाईं उनीहरू आफ्नो यस यसको यसले उक्त तर वा जस्तै जस्तो यस्तो किनभने अझै अहिले पहिले पछि माथि भित्र बाहिर सँग नै भन्दा भएर गरेर',
};

/**
 * Word endings that only one language of a script writes attached: Nepali
 * joins its postpositions to the noun (सरकारले, घरमा, नेपालको, मानिसहरू) where
 * Hindi writes them apart (सरकार ने, घर में); Hindi's oblique plural -ों
 * (लोगों, बच्चों) is rare in Nepali.
 */
const SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  ne: ['ले', 'लाई', 'को', 'मा', 'बाट', 'हरू', 'हरु', 'देखि', 'सँग', 'छन्', 'छ'],
  hi: ['ों'],
};

/** Words of a text whose function words count (the first ones decide; the rest add time). */
const COUNTED_WORDS = 60;

interface Entry {
  units: Uint16Array;
  langs: number[];
}

/**
 * Counts function-word hits per language of a model while its n-grams are
 * scored (a {@link WordSink} on the same pass, no allocation per word).
 * `hits[i]` is for `langs[i]` of the model it was made for.
 */
export class FunctionWordCounter implements WordSink {
  readonly hits: Float64Array;
  private readonly entries: Entry[] = [];
  /**
   * The words by hash, open addressing: `slotHash[h]` the word's hash,
   * `slotEntry[h]` its index in `entries` + 1 (0: empty). Typed arrays, not a
   * Map: a hash above 2³⁰ is no small integer, and a Map keyed by it boxes
   * and hashes a double on every look-up.
   */
  private readonly slotHash: Int32Array;
  private readonly slotEntry: Int32Array;
  private readonly mask: number;
  private readonly suffixes: Array<{ lang: number; endings: Uint16Array[] }> = [];
  /** 1 for each code unit some ending of {@link SUFFIXES} ends with: a word ending otherwise has none of them. */
  private readonly suffixLast = new Uint8Array(0x10000);

  constructor(langs: readonly string[]) {
    this.hits = new Float64Array(langs.length);
    const byHash = new Map<number, Entry[]>();
    for (const [lang, list] of Object.entries(LISTS)) {
      const li = langs.indexOf(lang);
      if (li < 0) continue;
      for (const word of new Set(featureWords(list))) {
        const units = toUnits(word);
        const key = hashUnits(units, 0, units.length);
        const bucket = byHash.get(key) ?? [];
        let entry = bucket.find((e) => sameUnits(e.units, units, 0, units.length));
        if (!entry) {
          bucket.push((entry = { units, langs: [] }));
          this.entries.push(entry);
        }
        entry.langs.push(li);
        byHash.set(key, bucket);
      }
    }
    let capacity = 16;
    while (capacity < this.entries.length * 4) capacity *= 2;
    this.mask = capacity - 1;
    this.slotHash = new Int32Array(capacity);
    this.slotEntry = new Int32Array(capacity);
    this.entries.forEach((entry, e) => {
      const hash = hashUnits(entry.units, 0, entry.units.length) | 0;
      let h = hash & this.mask;
      while (this.slotEntry[h]) h = (h + 1) & this.mask;
      this.slotHash[h] = hash;
      this.slotEntry[h] = e + 1;
    });
    for (const [lang, endings] of Object.entries(SUFFIXES)) {
      const li = langs.indexOf(lang);
      if (li < 0) continue;
      this.suffixes.push({ lang: li, endings: endings.map(toUnits) });
      for (const e of endings) this.suffixLast[e.charCodeAt(e.length - 1)] = 1;
    }
  }

  reset(): void {
    this.hits.fill(0);
  }

  word(units: Uint16Array, length: number, _weight: number, index: number): void {
    if (index >= COUNTED_WORDS) return;
    const entry = this.lookup(units, length);
    if (entry) {
      for (const li of entry.langs) this.hits[li]!++;
      return;
    }
    if (!this.suffixLast[units[length]!]) return;
    for (const { lang, endings } of this.suffixes) {
      for (const e of endings) {
        if (length > e.length + 1 && sameUnits(e, units, 1 + length - e.length, e.length)) {
          this.hits[lang]! += 0.5;
          break;
        }
      }
    }
  }

  /** The listed word `units[1 .. length]`, or undefined. */
  private lookup(units: Uint16Array, length: number): Entry | undefined {
    const hash = hashUnits(units, 1, length) | 0;
    const { slotHash, slotEntry, mask } = this;
    for (let h = hash & mask; slotEntry[h]; h = (h + 1) & mask) {
      if (slotHash[h] !== hash) continue;
      const entry = this.entries[slotEntry[h]! - 1]!;
      if (sameUnits(entry.units, units, 1, length)) return entry;
    }
    return undefined;
  }
}

function toUnits(s: string): Uint16Array {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** FNV-1a over `units[from .. from + length)`. */
function hashUnits(units: Uint16Array, from: number, length: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < from + length; i++) h = Math.imul(h ^ units[i]!, 0x01000193);
  return h >>> 0;
}

function sameUnits(a: Uint16Array, b: Uint16Array, from: number, length: number): boolean {
  if (a.length !== length) return false;
  for (let i = 0; i < length; i++) if (a[i] !== b[from + i]) return false;
  return true;
}
