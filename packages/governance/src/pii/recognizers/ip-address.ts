/**
 * IP addresses: dotted-quad IPv4 (octets 0–255, no leading zeros) and IPv6
 * (RFC 4291 §2.2 text forms, `::` compression, embedded IPv4). Decision: a
 * dotted quad right after a version or section cue ("version 1.2.3.4",
 * "版本 1.2.3.4", "§ 1.2.1.4") is a version/outline number, not an address, and
 * is not reported; anything else is, including private ranges.
 */
import { IP_WORDS } from '../context-words.ts';
import type { Candidate, Recognizer } from '../types.ts';

const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
const IPV4 = new RegExp(String.raw`(?<![A-Za-z0-9_.]|\d[.])${OCTET}(?:\.${OCTET}){3}(?![A-Za-z0-9_]|\.\d)`, 'g');
const IPV6 = /(?<![A-Za-z0-9_:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?(?![A-Za-z0-9_:])/g;
const VERSION_CUE = /(?:^|[^A-Za-z])(?:version|ver\.?|v|release|build|firmware|section|§|chapter|clause|article|版本|版|phiên bản|versi|sürüm|версия|версии|нұсқа|เวอร์ชัน|الإصدار|نسخه|ورژن|संस्करण|第)\s*[:：]?\s*$/i;

export function isValidIpv4(s: string): boolean {
  return new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`).test(s);
}

export function isValidIpv6(s: string): boolean {
  let text = s;
  let groups = 8;
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (v4) {
    if (!isValidIpv4(v4[1]!)) return false;
    text = `${text.slice(0, v4.index)}0:0`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const parts = (h: string) => (h === '' ? [] : h.split(':'));
  const head = parts(halves[0]!);
  const tail = halves.length === 2 ? parts(halves[1]!) : [];
  if ([...head, ...tail].some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const used = head.length + tail.length;
  if (halves.length === 2) return used < groups;
  groups = 8;
  return used === groups;
}

export const ipAddressRecognizer: Recognizer = {
  type: 'IP_ADDRESS',
  detector: 'ip-address',
  version: '1.0.0',
  family: 'ip',
  context: [IP_WORDS],
  requiresContext: false,
  numeric: false,
  find(norm: string): Candidate[] {
    const out: Candidate[] = [];
    for (const m of norm.matchAll(IPV4)) {
      if (VERSION_CUE.test(norm.slice(Math.max(0, m.index - 16), m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, score: 0.6 });
    }
    for (const m of norm.matchAll(IPV6)) {
      if (!m[0].includes(':') || !/[0-9A-Fa-f]/.test(m[0]) || !isValidIpv6(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, score: 0.7 });
    }
    return out;
  },
};
