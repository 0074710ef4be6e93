/**
 * Counts weighted phrases (Cantonese and Mandarin marker words) in one pass
 * over a text: a 64 Ki table says which code units start a phrase, so most
 * characters cost one array read. Occurrences of one phrase never overlap
 * (as repeated `indexOf` from the end of the last match finds them);
 * different phrases may.
 */
export class WeightedPhrases {
  private readonly starts = new Uint8Array(0x10000);
  private readonly byFirst = new Map<number, Array<{ phrase: string; weight: number; id: number }>>();
  private readonly nextFree: Int32Array;

  constructor(list: ReadonlyArray<readonly [string, number]>) {
    let id = 0;
    for (const [phrase, weight] of list) {
      if (!weight || !phrase) continue;
      const first = phrase.charCodeAt(0);
      this.starts[first] = 1;
      const entries = this.byFirst.get(first) ?? [];
      entries.push({ phrase, weight, id: id++ });
      this.byFirst.set(first, entries);
    }
    this.nextFree = new Int32Array(id);
  }

  /** Sum of the weights of every occurrence in `text`. */
  count(text: string): number {
    this.nextFree.fill(0);
    let score = 0;
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      if (!this.starts[u]) continue;
      for (const e of this.byFirst.get(u)!) {
        if (i >= this.nextFree[e.id]! && text.startsWith(e.phrase, i)) {
          score += e.weight;
          this.nextFree[e.id] = i + e.phrase.length;
        }
      }
    }
    return score;
  }
}
