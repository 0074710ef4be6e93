/**
 * Builds core's InlineMarkup tree from SAX events inside a segment (TMX
 * `seg`, XLIFF `source`/`target`), keeping element names, attributes as
 * written, and text; adjacent text pieces (text, CDATA) are merged.
 */
import type { InlineElement, InlineNode } from '@silkloom/core';

export class InlineBuilder {
  readonly root: InlineNode[] = [];
  private readonly stack: InlineElement[] = [];
  /** Characters seen, including those dropped past the limit. */
  length = 0;
  hasElements = false;
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Nesting depth inside the segment (0 = directly in it). */
  get depth(): number {
    return this.stack.length;
  }

  private get children(): InlineNode[] {
    return this.stack.length ? this.stack[this.stack.length - 1]!.children : this.root;
  }

  open(name: string, attrs: Record<string, string>): void {
    const element: InlineElement = { name, attrs: { ...attrs }, children: [] };
    this.children.push(element);
    this.stack.push(element);
    this.hasElements = true;
  }

  close(): void {
    this.stack.pop();
  }

  text(text: string): void {
    this.length += text.length;
    if (this.length > this.limit) return; // the unit will be rejected; do not hold the rest
    const children = this.children;
    const last = children.length - 1;
    if (last >= 0 && typeof children[last] === 'string') children[last] = (children[last] as string) + text;
    else children.push(text);
  }

  /** Marks the segment as over-long (text the parser dropped before it reached us). */
  overflow(length: number): void {
    this.length += length;
  }
}
