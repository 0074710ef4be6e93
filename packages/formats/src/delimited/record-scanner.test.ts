import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import Papa from 'papaparse';
import { RecordScanner, type Quoting } from './record-scanner.ts';

function scan(text: string, quoting: Quoting, delimiter = ',', size = 3, max = 1000) {
  const scanner = new RecordScanner(delimiter, quoting, max);
  const out = [];
  for (let at = 0; at < text.length; at += size) out.push(...scanner.push(text.slice(at, at + size)));
  out.push(...scanner.end());
  return out;
}

describe('RecordScanner', () => {
  it('reads RFC 4180 quoting across chunk boundaries and names the start line of each record', () => {
    const text = 'a,b\n"x,y",z\n"multi\nline","q""uote"\r\nlast,1';
    for (const size of [1, 2, 5, 100]) {
      assert.deepEqual(scan(text, 'rfc4180', ',', size), [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x,y', 'z'] },
        { line: 3, fields: ['multi\nline', 'q"uote'] },
        { line: 5, fields: ['last', '1'] },
      ]);
    }
  });

  it('reports text after a closing quote and an unclosed quote (rfc4180)', () => {
    assert.deepEqual(scan('"Hi," she said,x\nok,1\n', 'rfc4180'), [
      { line: 1, fields: [], problem: 'bad-quote' },
      { line: 2, fields: ['ok', '1'] },
    ]);
    assert.deepEqual(scan('a,b\n"open,x\nmore\n', 'rfc4180'), [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: [], problem: 'unclosed-quote' },
    ]);
  });

  it('lenient mode reads a quote that is not CSV quoting literally', () => {
    assert.deepEqual(scan('"Hello," she said\tfoo\n"ok"\tbar\n"open\tx\n', 'lenient', '\t'), [
      { line: 1, fields: ['"Hello," she said', 'foo'] },
      { line: 2, fields: ['ok', 'bar'] },
      { line: 3, fields: ['"open', 'x'] },
    ]);
    assert.deepEqual(scan('"a"\t"b""c"\n', 'none', '\t'), [{ line: 1, fields: ['"a"', '"b""c"'] }]);
  });

  it('skips a record longer than the limit without holding it, and goes on', () => {
    const long = 'x'.repeat(5000);
    const records = scan(`a\tb\n${long}\t${long}\nc\td\n`, 'lenient', '\t', 64, 1000);
    assert.deepEqual(records.map((r) => [r.line, r.problem, r.fields]), [
      [1, undefined, ['a', 'b']],
      [2, 'too-long', []],
      [3, undefined, ['c', 'd']],
    ]);
    assert.ok(records[1]!.length! > 1000 && records[1]!.length! < 1100, 'gave up soon after the limit');
  });

  it('agrees with papaparse on generated CSV', () => {
    const pieces = ['a', 'b c', '你好', 'สวัสดี', 'x,y', 'q"q', 'line\nbreak', '', ' ', 'مرحبا', 'end\r\nrow'];
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const rows: string[][] = [];
    for (let r = 0; r < 300; r++) rows.push(Array.from({ length: 3 }, () => pieces[rand(pieces.length)]! + pieces[rand(pieces.length)]!));
    const csv = Papa.unparse(rows, { newline: '\n' }) + '\n';
    const expected = Papa.parse<string[]>(csv, { skipEmptyLines: false }).data.filter((r) => r.length > 1 || r[0] !== '');
    const actual = scan(csv, 'rfc4180', ',', 37).map((r) => r.fields);
    assert.deepEqual(actual, expected);
    assert.deepEqual(actual, rows);
  });
});
