/** Where the rule packs live: --rules DIR, env SILKLOOM_RULES, ./rules, else the rules/ folder shipped with Silkloom. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function rulesDir(option: string | undefined, env = process.env): string {
  if (option) return option;
  if (env.SILKLOOM_RULES) return env.SILKLOOM_RULES;
  if (existsSync('rules')) return 'rules';
  return fileURLToPath(new URL('../../../../rules', import.meta.url));
}
