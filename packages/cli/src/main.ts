/**
 * The `silkloom` command line. Each verb lives in commands/<verb>.ts and
 * registers itself; this file wires them all up (run-program.ts turns errors
 * into exit codes). `silkloom clean` runs from clean-main.ts instead.
 */
import type { Command } from 'commander';
import { COMMANDS } from './commands/index.ts';
import { programOf, runProgram } from './run-program.ts';

export function buildProgram(): Command {
  return programOf(COMMANDS);
}

export function main(argv: string[]): Promise<number> {
  return runProgram(buildProgram(), argv);
}
