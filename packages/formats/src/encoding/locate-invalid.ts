/**
 * Finds the first undecodable byte in a piece that starts on a character
 * boundary, by bisection with fresh fatal decoders (a prefix decodes in
 * streaming mode unless it contains a bad sequence, so validity is monotone).
 * Runs once per failing file, so O(n log n) on one chunk is fine.
 */

/** Where the first bad byte of `piece` sits, as the text that decodes cleanly before it. */
export function textBeforeInvalid(encoding: string, piece: Uint8Array): string {
  const fails = (n: number) => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(piece.subarray(0, n), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let lo = 0; // decodes
  let hi = piece.length; // fails (the caller saw it fail)
  if (!fails(hi)) {
    // Only the end-of-input flush failed: a sequence cut off at the end.
    return new TextDecoder(encoding, { ignoreBOM: true }).decode(piece, { stream: true });
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (fails(mid)) hi = mid;
    else lo = mid;
  }
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(piece.subarray(0, lo), { stream: true });
}
