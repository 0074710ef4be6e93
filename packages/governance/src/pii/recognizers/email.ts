/**
 * E-mail addresses (RFC 5321 mailbox, ASCII local part and domain; IDN
 * domains are matched in their ASCII form `xn--…`). The TLD must be letters,
 * so `a@1.2` and version strings are not matches; a run of dots is rejected.
 */
import { EMAIL_WORDS } from '../context-words.ts';
import type { Candidate, Recognizer } from '../types.ts';

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9_%+-](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{2,20})(?![A-Za-z0-9-]|\.[A-Za-z0-9])/g;

export const emailRecognizer: Recognizer = {
  type: 'EMAIL',
  detector: 'email',
  version: '1.0.0',
  family: 'email',
  context: [EMAIL_WORDS],
  requiresContext: false,
  numeric: false,
  find(norm: string): Candidate[] {
    const out: Candidate[] = [];
    for (const m of norm.matchAll(EMAIL)) {
      if (m[0].includes('..')) continue;
      out.push({ start: m.index, end: m.index + m[0].length, score: 0.9 });
    }
    return out;
  },
};
