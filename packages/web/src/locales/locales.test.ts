import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const src = join(here, '..');

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const load = (name: string) => JSON.parse(readFileSync(join(here, name), 'utf8')) as Record<string, unknown>;

test('zh-Hans and en have exactly the same keys, none empty', () => {
  const zh = load('zh-Hans.json');
  const en = load('en.json');
  assert.deepEqual(keys(zh).sort(), keys(en).sort());
  for (const [name, table] of [['zh-Hans', zh], ['en', en]] as const) {
    const flat = keys(table);
    for (const k of flat) {
      const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], table);
      assert.ok(typeof v === 'string' && v.trim(), `${name}: ${k} is empty`);
    }
  }
});

test('every literal key the UI asks for exists (dynamic keys are listed in the locale files by their prefix)', () => {
  const en = new Set(keys(load('en.json')));
  const prefixes = new Set([...en].map((k) => k.split('.').slice(0, -1).join('.')));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      if (name.isDirectory()) walk(join(dir, name.name));
      else if (name.name.endsWith('.tsx') || name.name.endsWith('.ts')) files.push(join(dir, name.name));
    }
  };
  walk(src);
  const missing: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\((['`])([a-zA-Z0-9_.${}-]+)\1/g)) {
      const key = m[2]!;
      if (key.includes('${')) {
        const prefix = key.slice(0, key.indexOf('${')).replace(/\.$/, '');
        if (!prefixes.has(prefix)) missing.push(`${file}: ${key}`);
      } else if (!en.has(key)) missing.push(`${file}: ${key}`);
    }
  }
  for (const m of readFileSync(join(src, 'components', 'layout.tsx'), 'utf8').matchAll(/key: '([a-z.A-Z]+)'/g)) if (!en.has(m[1]!)) missing.push(`layout NAV: ${m[1]}`);
  assert.deepEqual(missing, []);
});
