/**
 * Writes the benchmark inputs: a TMX, an XLIFF 1.2, a TSV, a CSV, a JSONL and
 * a Moses pair of about `mb` megabytes each, with Chinese, Thai, Khmer,
 * Burmese and Arabic text, entities and inline tags. Deterministic.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

const ZH = ['我们明天早上八点在广州南站见面。', '请把药放在儿童接触不到的地方。', '这批货物的价格包括运费和保险费。', '欢迎来到美丽的昆明！'];
const TH = ['เราจะพบกันที่สถานีกวางโจวใต้พรุ่งนี้เวลาแปดโมงเช้า', 'กรุณาเก็บยาให้พ้นมือเด็ก', 'ราคาสินค้านี้รวมค่าขนส่งและค่าประกันแล้ว', 'ยินดีต้อนรับสู่คุนหมิงที่สวยงาม!'];
const KM = ['យើងនឹងជួបគ្នានៅស្ថានីយ៍ក្វាងចូវខាងត្បូង។', 'សូមទុកថ្នាំឱ្យឆ្ងាយពីកុមារ។', 'តម្លៃនេះរួមបញ្ចូលថ្លៃដឹកជញ្ជូន។', 'សូមស្វាគមន៍មកកាន់គុនមីង!'];
const MY = ['မနက်ဖြန် မနက် ရှစ်နာရီမှာ တွေ့ကြမယ်။', 'ဆေးကို ကလေးများ လက်လှမ်းမမီရာတွင် ထားပါ။', 'ဈေးနှုန်းတွင် သယ်ယူခ ပါဝင်သည်။', 'ကူမင်းမြို့မှ ကြိုဆိုပါတယ်!'];
const AR = ['سنلتقي غدا في الساعة الثامنة صباحا.', 'يرجى حفظ الدواء بعيدا عن متناول الأطفال.', 'يشمل السعر الشحن والتأمين.', 'مرحبا بكم في كونمينغ الجميلة!'];

async function writeFile(path: string, targetBytes: number, head: string, record: (i: number) => string, tail: string, count = Infinity): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  let i = 0;
  const push = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await push(head);
  let buffer = '';
  while (bytes < targetBytes && i < count) {
    buffer += record(i++);
    if (buffer.length > 65_536) {
      await push(buffer);
      buffer = '';
    }
  }
  await push(buffer + tail);
  out.end();
  await once(out, 'finish');
  return i;
}

const pick = (list: string[], i: number) => list[i % list.length]!;

export interface BenchFiles {
  tmx: string;
  xliff: string;
  tsv: string;
  csv: string;
  jsonl: string;
  mosesZh: string;
  mosesTh: string;
  units: Record<string, number>;
}

/** Writes the inputs of the given formats (default all) into `dir`. */
export async function generate(dir: string, mb: number, only?: ReadonlySet<string>): Promise<BenchFiles> {
  const want = (format: string) => !only || only.has(format);
  const size = mb * 1_000_000;
  const files = {
    tmx: join(dir, 'bench.tmx'),
    xliff: join(dir, 'bench.xlf'),
    tsv: join(dir, 'bench.tsv'),
    csv: join(dir, 'bench.csv'),
    jsonl: join(dir, 'bench.jsonl'),
    mosesZh: join(dir, 'bench.zh'),
    mosesTh: join(dir, 'bench.th'),
  };
  const units: Record<string, number> = {};
  if (want('tmx')) units.tmx = await writeFile(
    files.tmx,
    size,
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-Hans" datatype="plaintext"/>\n<body>\n',
    (i) =>
      `<tu tuid="t${i}" creationdate="20260101T000000Z"><prop type="x-domain">tourism</prop>\n` +
      `<tuv xml:lang="zh-Hans"><seg>${pick(ZH, i)} &amp; 第${i}号 <ph x="1">&lt;br/&gt;</ph></seg></tuv>\n` +
      `<tuv xml:lang="th"><seg>${pick(TH, i)} ${i}</seg></tuv>\n<tuv xml:lang="km"><seg>${pick(KM, i)}</seg></tuv>\n` +
      `<tuv xml:lang="my"><seg>${pick(MY, i)}</seg></tuv>\n<tuv xml:lang="ar"><seg>${pick(AR, i)}</seg></tuv>\n</tu>\n`,
    '</body>\n</tmx>\n',
  );
  if (want('xliff')) units.xliff = await writeFile(
    files.xliff,
    size,
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="b" source-language="zh-Hans" target-language="th" datatype="plaintext"><body>\n',
    (i) => `<trans-unit id="t${i}"><source>${pick(ZH, i)} <g id="1">第${i}号</g></source><target>${pick(TH, i)} <g id="1">${i}</g></target></trans-unit>\n`,
    '</body></file></xliff>\n',
  );
  if (want('tsv')) units.tsv = await writeFile(files.tsv, size, 'id\tzh-Hans\tth\tkm\tdomain\n', (i) => `t${i}\t${pick(ZH, i)}\t${pick(TH, i)} ${i}\t${pick(KM, i)}\ttourism\n`, '');
  if (want('csv')) units.csv = await writeFile(files.csv, size, 'id,zh-Hans,ar,domain\n', (i) => `t${i},"${pick(ZH, i)}，""引号""",${pick(AR, i)},commerce\n`, '');
  if (want('jsonl')) units.jsonl = await writeFile(files.jsonl, size, '', (i) => `${JSON.stringify({ id: `t${i}`, variants: { 'zh-Hans': pick(ZH, i), th: pick(TH, i), my: pick(MY, i) }, domain: 'medical' })}\n`, '');
  if (want('moses')) units.moses = await writeFile(files.mosesZh, size / 2, '', (i) => `${pick(ZH, i)} ${i}\n`, '');
  if (want('moses')) await writeFile(files.mosesTh, Infinity, '', (i) => `${pick(TH, i)} ${i}\n`, '', units.moses);
  return { ...files, units };
}
