/**
 * Finding a file's encoding from its first bytes: the byte-order mark
 * (Unicode §23.8) and, for XML, the encoding declaration (XML 1.0 §4.3.3 and
 * the sniffing table of its Appendix F).
 */

/** A byte-order mark at the start of `head`, with the encoding it names and its length in bytes. */
export function sniffBom(head: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | undefined {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** True when `head` could still be the start of a BOM, i.e. more bytes are needed to decide. */
export function mayStartBom(head: Uint8Array): boolean {
  if (head.length === 0) return true;
  if (head.length === 1) return head[0] === 0xef || head[0] === 0xff || head[0] === 0xfe;
  if (head.length === 2) return head[0] === 0xef && head[1] === 0xbb;
  return false;
}

/**
 * The encoding of a BOM-less XML document: UTF-16 when the first characters
 * are `<?` in UTF-16 (Appendix F), else the `encoding` pseudo-attribute of an
 * XML declaration written in ASCII, else undefined (the caller uses UTF-8).
 * A declaration naming UTF-16 in single-byte text is taken as UTF-8, since the
 * bytes themselves show that it is wrong.
 */
export function sniffXmlEncoding(head: Uint8Array): string | undefined {
  if (head.length >= 4 && head[0] === 0x3c && head[1] === 0x00 && head[2] === 0x3f && head[3] === 0x00) return 'utf-16le';
  if (head.length >= 4 && head[0] === 0x00 && head[1] === 0x3c && head[2] === 0x00 && head[3] === 0x3f) return 'utf-16be';
  const end = Math.min(head.length, 1024);
  let ascii = '';
  for (let i = 0; i < end; i++) {
    const b = head[i]!;
    if (b >= 0x80) break;
    ascii += String.fromCharCode(b);
    if (b === 0x3e) break; // '>' ends the declaration
  }
  const match = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]*)["']/.exec(ascii);
  if (!match) return undefined;
  const label = match[1]!.toLowerCase();
  if (/^(utf-?16|ucs-?2|unicode)/.test(label)) return 'utf-8';
  return label;
}

/** True once `head` holds enough bytes to read an XML declaration (or to know there is none). */
export function xmlHeadComplete(head: Uint8Array): boolean {
  if (head.length >= 1024) return true;
  if (head.length >= 1 && head[0] !== 0x3c && head[0] !== 0x00) return true; // no declaration at the start
  return head.indexOf(0x3e) !== -1;
}
