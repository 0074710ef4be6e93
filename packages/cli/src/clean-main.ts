/**
 * `silkloom clean` on its own. bin/silkloom.js runs this entry, bundled into
 * JavaScript (steps' esm-bundle.mjs), for that command: the process then
 * loads neither tsx's loader nor the other commands, nor in file mode the
 * store (a lazy chunk that store mode loads), which lowers the command's
 * resident memory by ~100 MB (bench/clean/README.md).
 */
import { registerClean } from './commands/clean.ts';
import { programOf, runProgram } from './run-program.ts';

export function main(argv: string[]): Promise<number> {
  return runProgram(programOf([registerClean]), argv);
}
