/** Every command's register function, in the order `--help` lists them. */
import type { Command } from 'commander';
import { registerClean } from './clean.ts';
import { registerLangid } from './langid.ts';
import { registerLangs } from './langs.ts';

export const COMMANDS: Array<(program: Command) => void> = [registerLangs, registerLangid, registerClean];
