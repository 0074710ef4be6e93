/**
 * TMX 1.4b inline markup (§3.7): which elements are native code and how the
 * plain-text projection treats them.
 *
 * - `bpt`, `ept`, `it`, `ph`, `ut` hold native code (e.g. `<b>`, `{\b `): the
 *   projection drops them with everything inside.
 * - `hi` delimits a span of ordinary text: its text is kept.
 * - `sub` holds translatable text that lives *inside* native code (an ALT
 *   text inside `<ph>&lt;img alt="…"></ph>`). It is a separate flow, not part
 *   of the sentence, so the projection drops it with its code element; it is
 *   kept in the markup tree. Putting it into the sentence would make
 *   "Click <img alt='Start here'> to start" read "Click Start here to start".
 */
import { inlineToPlain, type InlineNode } from '@silkloom/core';

export const TMX_CODE_ELEMENTS: ReadonlySet<string> = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);
export const TMX_INLINE_ELEMENTS: ReadonlySet<string> = new Set(['bpt', 'ept', 'it', 'ph', 'ut', 'hi', 'sub']);

/** The plain text of TMX inline content (see the module note for what is dropped). */
export function tmxPlainText(nodes: InlineNode[]): string {
  return inlineToPlain(nodes, TMX_CODE_ELEMENTS);
}
