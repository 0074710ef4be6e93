/** Writes an InlineMarkup tree back as XML, the inverse of InlineBuilder. */
import type { InlineNode } from '@silkloom/core';
import { attrsToXml, escapeText, type OnDropped } from './escape.ts';

export function inlineToXml(nodes: readonly InlineNode[], onDropped?: OnDropped): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += escapeText(node, onDropped);
      continue;
    }
    const open = `<${node.name}${attrsToXml(node.attrs, onDropped)}`;
    out += node.children.length === 0 ? `${open}/>` : `${open}>${inlineToXml(node.children, onDropped)}</${node.name}>`;
  }
  return out;
}
