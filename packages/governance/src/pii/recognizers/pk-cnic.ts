/**
 * Pakistani CNIC (NADRA): 13 digits `#####-#######-#`; the first digit is the
 * province (1 KP … 7 GB), the last the sex (odd male, even female). No public
 * checksum: reported only with a context word (CNIC, شناختی کارڈ …).
 */
import { ID_WORDS } from '../context-words.ts';
import { compact } from '../normalize.ts';
import { patternRecognizer } from '../recognizer.ts';

export function isPlausiblePkCnic(id: string): boolean {
  return /^[1-7]\d{12}$/.test(id) && id.slice(1, 5) !== '0000' && id.slice(5, 12) !== '0000000';
}

export const pkCnicRecognizer = patternRecognizer({
  type: 'PK_CNIC',
  detector: 'pk-cnic',
  version: '1.0.0',
  pattern: String.raw`[1-7]\d{4}-\d{7}-\d|[1-7]\d{12}`,
  requiresContext: true,
  context: [{ ur: ['شناختی کارڈ', 'قومی شناختی کارڈ', 'سی این آئی سی'], en: ['cnic', 'nic', 'nadra'], ps: ['شناختي کارت'], 'zh-Hans': ['巴基斯坦身份证'] }],
  genericContext: [ID_WORDS],
  validate: (raw) => (isPlausiblePkCnic(compact(raw)) ? (raw.includes('-') ? 0.35 : 0.3) : 0),
});
