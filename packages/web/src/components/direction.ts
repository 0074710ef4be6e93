/** Text direction for a segment's language tag, via core's tagDirection (script-based); unknown tags read ltr. */
import { tagDirection } from '@silkloom/core';

export function segmentDirection(lang: string): 'ltr' | 'rtl' {
  try {
    return tagDirection(lang);
  } catch {
    return 'ltr';
  }
}
