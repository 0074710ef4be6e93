import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gb11643Valid, ibanValid, isbn13Valid, loadDemo, luhnValid, thaiIdValid, verifyDemo } from './verify-keys.mjs';

const demo = loadDemo();
/** Runs the verifier on a copy of the demo with one file edited. */
function verifyEdited(file: string, edit: (text: string) => string): string[] {
  const copy = { ...demo, [file]: edit(demo[file]) };
  assert.notEqual(copy[file], demo[file], 'the edit must change the file');
  return verifyDemo(copy).problems;
}
const hasProblem = (problems: string[], fragment: string) =>
  assert.ok(problems.some((p) => p.includes(fragment)), `expected a problem containing "${fragment}", got:\n${problems.join('\n')}`);

test('the bundled demo data agrees with its answer keys', () => {
  const { problems, summary } = verifyDemo(demo);
  assert.deepEqual(problems, []);
  assert.ok(summary.units >= 320);
  assert.ok(summary.targetLanguages >= 14);
  assert.ok(Object.keys(summary.domains).length >= 6);
  assert.ok(summary.piiUnits >= 8 && summary.lookAlikeUnits >= 3);
});

test('a file that is not well-formed XML is reported', () => {
  hasProblem(verifyEdited('demo-zh-vi.xliff', (t) => t.replace('</segment>', '')), 'demo-zh-vi.xliff: does not parse');
});

test('a key substring that does not occur in its unit is reported', () => {
  hasProblem(verifyEdited('pii-key.tsv', (t) => t.replace('li.na@example.com', 'lina@example.com')), 'does not occur in the text');
});

test('an identifier with a wrong check digit is reported even when key and data agree', () => {
  const swap = (t: string) => t.replaceAll('440106198803151235', '440106198803151234');
  const problems = verifyDemo({ ...demo, 'demo.tmx': swap(demo['demo.tmx']), 'pii-key.tsv': swap(demo['pii-key.tsv']) }).problems;
  hasProblem(problems, 'fails the cn-resident-id check digit');
});

test('personal data missing from pii-key.tsv is reported', () => {
  hasProblem(verifyEdited('pii-key.tsv', (t) => t.split('\n').filter((l) => !l.includes('somchai.k@example.org')).join('\n')), 'email somchai.k@example.org is not listed');
});

test('an unlisted mechanical defect is reported, and a listed kind the text does not show', () => {
  hasProblem(verifyEdited('demo.tsv', (t) => t.replace('Коммерческая тайна', 'Коммерческая\u200B тайна')), 'shows zero-width but noise-key.tsv does not list it');
  hasProblem(verifyEdited('noise-key.tsv', (t) => t.replace('x12-040\tuntranslated', 'x12-040\tmojibake')), 'listed as mojibake but the text does not show it');
});

test('check-digit helpers accept valid identifiers and reject altered ones', () => {
  assert.ok(gb11643Valid('440106198803151235'));
  assert.ok(!gb11643Valid('440106198802301235'), 'no 30 February');
  assert.ok(thaiIdValid('1-1037-00123-45-8'));
  assert.ok(!thaiIdValid('1-1037-00123-45-7'));
  assert.ok(ibanValid('DE89 3704 0044 0532 0130 00'));
  assert.ok(ibanValid('TR52 0012 3000 0000 4815 1623 42'));
  assert.ok(!ibanValid('TR52 0012 3000 0000 4815 1623 43'));
  assert.ok(luhnValid('4111 1111 1111 1111'));
  assert.ok(!luhnValid('7834 2210 9956 1204'));
  assert.ok(isbn13Valid('978-7-100-12346-4'));
});
