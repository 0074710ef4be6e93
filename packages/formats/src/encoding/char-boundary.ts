/**
 * Where a chunk of bytes may be cut without splitting a character, per
 * encoding. The decoder cuts every chunk there and carries the few bytes after
 * the cut into the next chunk, so each piece it decodes starts on a character
 * boundary. That keeps TextDecoder free of hidden state between pieces, which
 * is what lets an undecodable byte be located exactly (see locate-invalid.ts).
 */

/** Returns the length of the longest prefix of `bytes` that ends on a character boundary, or -1 if unknown. */
export type BoundaryFinder = (bytes: Uint8Array) => number;

function utf8Boundary(bytes: Uint8Array): number {
  const len = bytes.length;
  for (let back = 1; back <= Math.min(4, len); back++) {
    const b = bytes[len - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return back < need ? len - back : len;
  }
  return len; // only continuation bytes at the end: invalid anyway, let the decoder say so
}

function utf16Boundary(littleEndian: boolean): BoundaryFinder {
  return (bytes) => {
    let end = bytes.length - (bytes.length % 2);
    if (end >= 2) {
      const unit = littleEndian ? bytes[end - 2]! | (bytes[end - 1]! << 8) : (bytes[end - 2]! << 8) | bytes[end - 1]!;
      if (unit >= 0xd800 && unit <= 0xdbff) end -= 2; // a high surrogate waits for its pair
    }
    return end;
  };
}

/**
 * Multi-byte CJK encodings: a byte below 0x30 is never a trail byte in any of
 * them (GB18030's lowest trail is 0x30, Big5/Shift_JIS 0x40, EUC-KR 0x41), so
 * it is a whole character; from the last such byte walk forward by character
 * lengths to find the last complete character.
 */
function cjkBoundary(charLength: (bytes: Uint8Array, i: number) => number): BoundaryFinder {
  return (bytes) => {
    let i = bytes.length - 1;
    while (i >= 0 && bytes[i]! >= 0x30) i--;
    i += 1;
    while (i < bytes.length) {
      const n = charLength(bytes, i);
      if (i + n > bytes.length) return i;
      i += n;
    }
    return bytes.length;
  };
}

const gbLength = (b: Uint8Array, i: number) => {
  const x = b[i]!;
  if (x < 0x81 || x === 0xff) return 1;
  const next = b[i + 1];
  return next !== undefined && next >= 0x30 && next <= 0x39 ? 4 : 2;
};
const leadTrailLength = (lo: number, hi: number) => (b: Uint8Array, i: number) => (b[i]! >= lo && b[i]! <= hi ? 2 : 1);
const sjisLength = (b: Uint8Array, i: number) => {
  const x = b[i]!;
  return (x >= 0x81 && x <= 0x9f) || (x >= 0xe0 && x <= 0xfc) ? 2 : 1;
};
const eucJpLength = (b: Uint8Array, i: number) => {
  const x = b[i]!;
  if (x === 0x8f) return 3;
  return x === 0x8e || (x >= 0xa1 && x <= 0xfe) ? 2 : 1;
};

/** The boundary finder for a WHATWG encoding name (TextDecoder#encoding), or undefined for stateful encodings. */
export function boundaryFinder(encoding: string): BoundaryFinder | undefined {
  switch (encoding) {
    case 'utf-8':
      return utf8Boundary;
    case 'utf-16le':
      return utf16Boundary(true);
    case 'utf-16be':
      return utf16Boundary(false);
    case 'gb18030':
    case 'gbk':
      return cjkBoundary(gbLength);
    case 'big5':
    case 'euc-kr':
      return cjkBoundary(leadTrailLength(0x81, 0xfe));
    case 'shift_jis':
      return cjkBoundary(sjisLength);
    case 'euc-jp':
      return cjkBoundary(eucJpLength);
    case 'iso-2022-jp':
    case 'replacement':
      return undefined; // stateful: decoded in streaming mode, errors located to the chunk only
    default:
      return (bytes) => bytes.length; // single-byte encodings: every byte is a character
  }
}
