/**
 * XLIFF 1.2 §2.5.2 segmentation: `<seg-source>` repeats the source with each
 * sentence wrapped in `<mrk mtype="seg" mid="…">`, and a segmented target
 * wraps its sentences with the same `mid`s. Pairing them by `mid` gives
 * sentence-level units.
 */
import type { InlineElement, InlineNode, Variant } from '@silkloom/core';
import type { SegmentCapture } from './xliff-base.ts';
import { xliffPlainText } from './xliff-inline.ts';

function segments(nodes: readonly InlineNode[]): Map<string, InlineElement> {
  const found = new Map<string, InlineElement>();
  for (const node of nodes) {
    if (typeof node !== 'string' && node.name === 'mrk' && node.attrs.mtype === 'seg' && node.attrs.mid !== undefined) {
      found.set(node.attrs.mid, node);
    }
  }
  return found;
}

function toVariant(mrk: InlineElement, preserve: boolean): Variant {
  const variant: Variant = { text: xliffPlainText(mrk.children, 1, preserve) };
  if (mrk.children.some((c) => typeof c !== 'string')) variant.markup = { format: 'xliff1', nodes: mrk.children };
  return variant;
}

/** One entry per source segment, or undefined when either side is not segmented. */
export function splitSegSource(
  segSource: SegmentCapture,
  target: SegmentCapture,
): { mid: string; source: Variant; target?: Variant }[] | undefined {
  const sourceSegs = segments(segSource.builder.root);
  const targetSegs = segments(target.builder.root);
  if (sourceSegs.size === 0 || targetSegs.size === 0) return undefined;
  return [...sourceSegs].map(([mid, mrk]) => {
    const t = targetSegs.get(mid);
    return t ? { mid, source: toVariant(mrk, segSource.preserve), target: toVariant(t, target.preserve) } : { mid, source: toVariant(mrk, segSource.preserve) };
  });
}
