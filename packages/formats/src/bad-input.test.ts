/**
 * Bad input, format by format: what throws (with file and line), what is a
 * diagnostic, and that `skipInvalid` turns unit problems into diagnostics.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isSilkloomError, type Diagnostic, type TranslationUnit } from '@silkloom/core';
import { readDelimited } from './delimited/delimited-reader.ts';
import { readJsonl } from './jsonl/jsonl-reader.ts';
import { chunked, fixtureBytes, readAll, source, utf8 } from './testing/helpers.ts';
import { readTmx } from './tmx/tmx-reader.ts';
import type { ByteSource, ReadOptions } from './types.ts';

type Reader = (source: ByteSource, opts: ReadOptions) => AsyncIterable<TranslationUnit>;

function read(reader: Reader, name: string, extra: Partial<ReadOptions> = {}) {
  return readAll((onDiagnostic) => reader(chunked(fixtureBytes(name), 16), { file: name, onDiagnostic, ...extra }));
}

const tsv: Reader = (s, o) => readDelimited(s, { ...o, delimiter: '\t' });
const csv: Reader = (s, o) => readDelimited(s, { ...o, delimiter: ',' });
const summary = (ds: Diagnostic[]) => ds.map((d) => [d.severity, d.code, d.place.line, d.place.unit]);

describe('bad input', () => {
  it('broken XML throws SLM_XML_MALFORMED with file, line and column', async () => {
    const { units, error } = await read(readTmx, 'bad/broken.tmx');
    assert.ok(isSilkloomError(error, 'SLM_XML_MALFORMED'), String(error));
    assert.equal(error.place?.file, 'bad/broken.tmx');
    assert.equal(error.place?.line, 10);
    assert.ok(error.place?.column! > 0);
    assert.match(error.message, /^bad\/broken\.tmx:10:\d+: malformed XML/);
    assert.deepEqual(units.map((u) => u.id), ['ok']);
  });

  it('a TMX cut off inside <tu> throws SLM_FORMAT_TRUNCATED naming the line the unit starts on', async () => {
    const { units, error } = await read(readTmx, 'bad/truncated.tmx', { skipInvalid: true });
    assert.ok(isSilkloomError(error, 'SLM_FORMAT_TRUNCATED'), String(error));
    assert.deepEqual(error.place, { file: 'bad/truncated.tmx', line: 9, column: undefined, unit: 'cut' });
    assert.deepEqual(units.map((u) => u.id), ['ok']);
  });

  it('a file of the wrong format is refused at its root element', async () => {
    const { error } = await read(readTmx, 'xliff/v12.xlf');
    assert.ok(isSilkloomError(error, 'SLM_FORMAT_WRONG_ROOT'));
  });

  it('an unknown language tag throws at the first bad unit, or is skipped with skipInvalid', async () => {
    const strict = await read(readTmx, 'bad/unknown-lang.tmx');
    assert.ok(isSilkloomError(strict.error, 'SLM_LANG_TAG_UNKNOWN'), String(strict.error));
    assert.deepEqual(strict.error.place, { file: 'bad/unknown-lang.tmx', line: 11, column: undefined, unit: 'bad-lang' });
    assert.deepEqual(strict.units.map((u) => u.id), ['first']);

    const lenient = await read(readTmx, 'bad/unknown-lang.tmx', { skipInvalid: true });
    assert.equal(lenient.error, undefined);
    assert.deepEqual(lenient.units.map((u) => u.id), ['first', 'last']);
    assert.deepEqual(summary(lenient.diagnostics), [
      ['error', 'SLM_LANG_TAG_UNKNOWN', 11, 'bad-lang'],
      ['error', 'SLM_FORMAT_DUPLICATE_LANG', 15, 'dup-lang'],
      ['warning', 'SLM_FORMAT_SINGLE_VARIANT', 17, 'single'],
    ]);
  });

  it('a TSV line with the wrong number of fields is an invalid unit naming its line', async () => {
    const strict = await read(tsv, 'bad/columns.tsv');
    assert.ok(isSilkloomError(strict.error, 'SLM_DELIMITED_COLUMN_COUNT'));
    assert.equal(strict.error.place?.line, 3);
    assert.match(strict.error.message, /has 3 fields, expected 2/);
    const lenient = await read(tsv, 'bad/columns.tsv', { skipInvalid: true });
    assert.equal(lenient.units.length, 2);
    assert.deepEqual(summary(lenient.diagnostics), [['error', 'SLM_DELIMITED_COLUMN_COUNT', 3, undefined]]);
  });

  it('a CSV ending inside a quoted field throws SLM_DELIMITED_UNCLOSED_QUOTE even with skipInvalid', async () => {
    const { units, error } = await read(csv, 'bad/unclosed.csv', { skipInvalid: true });
    assert.ok(isSilkloomError(error, 'SLM_DELIMITED_UNCLOSED_QUOTE'));
    assert.equal(error.place?.line, 3);
    assert.equal(units.length, 1);
  });

  it('a JSONL cut off in its last line throws SLM_FORMAT_TRUNCATED; bad lines in the middle are invalid units', async () => {
    const cut = await read(readJsonl, 'bad/truncated.jsonl', { skipInvalid: true });
    assert.ok(isSilkloomError(cut.error, 'SLM_FORMAT_TRUNCATED'));
    assert.equal(cut.error.place?.line, 3);
    assert.equal(cut.units.length, 2);

    const strict = await read(readJsonl, 'bad/invalid.jsonl');
    assert.ok(isSilkloomError(strict.error, 'SLM_JSONL_INVALID_JSON'));
    assert.equal(strict.error.place?.line, 2);
    const lenient = await read(readJsonl, 'bad/invalid.jsonl', { skipInvalid: true });
    assert.deepEqual(lenient.units.map((u) => u.id), ['a', 'd']);
    assert.deepEqual(summary(lenient.diagnostics), [
      ['error', 'SLM_JSONL_INVALID_JSON', 2, undefined],
      ['error', 'SLM_JSONL_NOT_A_UNIT', 3, undefined],
    ]);
  });

  it('undecodable bytes throw SLM_ENCODING_INVALID_BYTES with line and column', async () => {
    const { error } = await read(tsv, 'bad/invalid-utf8.tsv', { skipInvalid: true });
    assert.ok(isSilkloomError(error, 'SLM_ENCODING_INVALID_BYTES'));
    assert.deepEqual(error.place, { file: 'bad/invalid-utf8.tsv', line: 3, column: 4 });
  });

  it('a 50 MB line is skipped and reported without being held', async () => {
    const chunk = utf8('x'.repeat(65_536));
    async function* huge(): ByteSource {
      yield utf8('{"id":"a","variants":{"zh-Hans":"一","th":"หนึ่ง"}}\n{"id":"big","variants":{"zh-Hans":"');
      for (let i = 0; i < 800; i++) yield chunk; // 52 MB
      yield utf8('"}}\n{"id":"c","variants":{"zh-Hans":"三","th":"สาม"}}\n');
    }
    const before = process.memoryUsage().heapUsed;
    const { units, diagnostics, error } = await readAll((onDiagnostic) => readJsonl(huge(), { file: 'huge.jsonl', onDiagnostic, skipInvalid: true }));
    assert.equal(error, undefined);
    assert.deepEqual(units.map((u) => u.id), ['a', 'c']);
    assert.deepEqual(summary(diagnostics), [['error', 'SLM_FORMAT_RECORD_TOO_LONG', 2, undefined]]);
    assert.ok(process.memoryUsage().heapUsed - before < 40e6, 'heap grew by less than the line');
  });

  it('an over-long XML segment makes its unit invalid; the text is dropped while parsing', async () => {
    const long = 'あ'.repeat(300_000);
    const xml = `<tmx version="1.4"><header srclang="ja"/><body>\n<tu tuid="big"><tuv xml:lang="ja"><seg>${long}</seg></tuv><tuv xml:lang="th"><seg>ยาว</seg></tuv></tu>\n<tu tuid="ok"><tuv xml:lang="ja"><seg>短い</seg></tuv><tuv xml:lang="th"><seg>สั้น</seg></tuv></tu></body></tmx>`;
    const { units, diagnostics } = await readAll((onDiagnostic) => readTmx(source(xml, 65_536), { file: 'long.tmx', onDiagnostic, skipInvalid: true, maxSegmentLength: 100_000 }));
    assert.deepEqual(units.map((u) => u.id), ['ok']);
    assert.deepEqual(summary(diagnostics), [['error', 'SLM_FORMAT_SEGMENT_TOO_LONG', 2, 'big']]);
  });
});
