/** Every command's register function, in the order `--help` lists them. */
import type { Command } from 'commander';
import { registerAssess } from './assess.ts';
import { registerLangs } from './langs.ts';
import { registerRules } from './rules.ts';
import { registerScan } from './scan.ts';

export const COMMANDS: Array<(program: Command) => void> = [registerLangs, registerScan, registerRules, registerAssess];
