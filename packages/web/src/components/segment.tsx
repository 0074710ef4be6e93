/**
 * One segment of text in its language: `lang` for fonts, hyphenation and
 * screen readers, `dir` from the tag's script (core's tagDirection: Arabic,
 * Persian, Dari, Urdu, Pashto are rtl) and `unicode-bidi: isolate` so a
 * right-to-left segment never reorders the interface around it (the RTL bugs
 * Common Voice kept meeting). An optional `highlight` is marked in place.
 */
import type { ReactNode } from 'react';
import { segmentDirection } from './direction.ts';

export { segmentDirection };

/** Splits `text` around case-insensitive matches of `needle`, marking them. */
export function highlighted(text: string, needle?: string): ReactNode[] {
  if (!needle) return [text];
  const out: ReactNode[] = [];
  const lower = text.toLowerCase();
  const n = needle.toLowerCase();
  let at = 0;
  for (let i = lower.indexOf(n); i >= 0 && n; i = lower.indexOf(n, at)) {
    if (i > at) out.push(text.slice(at, i));
    out.push(<mark key={i}>{text.slice(i, i + n.length)}</mark>);
    at = i + n.length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

export function Segment(props: { lang: string; text: string; highlight?: string; className?: string; block?: boolean }) {
  const Tag = props.block ? 'div' : 'span';
  return (
    <Tag lang={props.lang} dir={segmentDirection(props.lang)} className={`segment ${props.className ?? ''}`} data-lang={props.lang}>
      {highlighted(props.text, props.highlight)}
    </Tag>
  );
}

/** A language tag shown as a small label (itself always left-to-right). */
export function LangBadge(props: { lang: string }) {
  return (
    <span className="lang-badge" dir="ltr">
      {props.lang}
    </span>
  );
}
