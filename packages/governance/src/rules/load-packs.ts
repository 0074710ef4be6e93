/** Loads every pack folder under a rules directory (each holds a pack.yaml). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { governanceError } from '../errors.ts';
import { parsePack, type PackFile } from './parse-pack.ts';
import type { RulePack } from './types.ts';

function yamlFiles(dir: string, base = dir): PackFile[] {
  const out: PackFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path, base));
    else if (name.endsWith('.yaml') || name.endsWith('.yml')) out.push({ name: relative(base, path), text: readFileSync(path, 'utf8') });
  }
  return out;
}

/** Reads `rulesDir/<pack>/…` for every sub-folder with a pack.yaml; throws coded errors naming file and line. */
export function loadRulePacks(rulesDir: string): RulePack[] {
  if (!existsSync(rulesDir)) throw governanceError('SLM_RULES_DIR_NOT_FOUND', { dir: rulesDir });
  const packs: RulePack[] = [];
  for (const name of readdirSync(rulesDir).sort()) {
    const dir = join(rulesDir, name);
    if (!statSync(dir).isDirectory() || !existsSync(join(dir, 'pack.yaml'))) continue;
    packs.push(parsePack(dir, yamlFiles(dir)));
  }
  return packs;
}

/** The pack with this id; throws SLM_RULES_PACK_NOT_FOUND. */
export function findPack(packs: readonly RulePack[], id: string): RulePack {
  const pack = packs.find((p) => p.id === id);
  if (!pack) throw governanceError('SLM_RULES_PACK_NOT_FOUND', { pack: id, known: packs.map((p) => p.id).join(', ') });
  return pack;
}
