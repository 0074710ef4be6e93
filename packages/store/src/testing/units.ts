/** Units and batches for store tests: the fixture file, and generated bilingual units. */
import { readFileSync } from 'node:fs';
import type { TranslationUnit, UnitStatus, Variant } from '@silkloom/core';
import type { BatchInput } from '../types.ts';

export function fixtureUnits(): TranslationUnit[] {
  return JSON.parse(readFileSync(new URL('../fixtures/units.json', import.meta.url), 'utf8')) as TranslationUnit[];
}

/** A batch declaration with a distinct, valid sha256 per `seed`. */
export function batchFor(seed: string, extra: Partial<BatchInput> = {}): BatchInput {
  const hex = Buffer.from(seed).toString('hex').padEnd(64, '0').slice(0, 64);
  return { sourceFile: `${seed}.tmx`, sourceSha256: hex, format: 'tmx', ...extra };
}

const ZH = ['北京', '广州', '农业', '医疗', '贸易', '旅游', '教育', '文化'];
const TH = ['ปักกิ่ง', 'กวางโจว', 'เกษตรกรรม', 'การแพทย์', 'การค้า', 'การท่องเที่ยว', 'การศึกษา', 'วัฒนธรรม'];
const VI = ['Bắc Kinh', 'Quảng Châu', 'nông nghiệp', 'y tế', 'thương mại', 'du lịch', 'giáo dục', 'văn hoá'];

/** Unit `i` of a generated set: zh-Hans plus th (even i) or vi (odd i). */
export function generatedUnit(i: number, status: UnitStatus = 'raw'): TranslationUnit {
  const word = i % ZH.length;
  const other: Record<string, Variant> =
    i % 2 === 0 ? { th: { text: `${TH[word]} หมายเลข ${i}` } } : { vi: { text: `${VI[word]} số ${i}` } };
  return {
    id: `g-${i}`,
    variants: { 'zh-Hans': { text: `${ZH[word]}第${i}号句子。` }, ...other },
    status,
    domains: [i % 3 === 0 ? 'agriculture' : 'commerce'],
    provenance: { line: i + 1 },
  };
}
