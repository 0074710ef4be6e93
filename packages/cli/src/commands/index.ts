/** Every command's register function, in the order `--help` lists them. */
import type { Command } from 'commander';
import { registerAssess } from './assess.ts';
import { registerAudit } from './audit.ts';
import { registerCorpora } from './corpora.ts';
import { registerDemo } from './demo.ts';
import { registerExport } from './export.ts';
import { registerImport } from './import.ts';
import { registerClean } from './clean.ts';
import { registerLangid } from './langid.ts';
import { registerLangs } from './langs.ts';
import { registerRules } from './rules.ts';
import { registerScan } from './scan.ts';
import { registerStats } from './stats.ts';
import { registerStart } from './start.ts';
import { registerSearch } from './search.ts';
import { registerTm } from './tm.ts';
import { registerGlossary } from './glossary.ts';
import { registerUsers } from './users.ts';
import { registerServe } from './serve.ts';

export const COMMANDS: Array<(program: Command) => void> = [
  registerDemo,
  registerStart,
  registerImport,
  registerExport,
  registerClean,
  registerCorpora,
  registerStats,
  registerSearch,
  registerTm,
  registerGlossary,
  registerServe,
  registerUsers,
  registerScan,
  registerRules,
  registerAssess,
  registerAudit,
  registerLangid,
  registerLangs,
];
