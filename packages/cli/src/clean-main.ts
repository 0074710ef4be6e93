/**
 * `silkloom clean` on its own. bin/silkloom.js runs this entry, bundled into
 * JavaScript (steps' esm-bundle.mjs), for that command: the process then
 * loads neither tsx's loader nor the other commands, nor in file mode the
 * store (a lazy chunk that store mode loads): 115 MB less resident memory
 * once loaded, 55–70 MB less at the peak of a run (bench/clean/README.md).
 */
import { registerClean } from './commands/clean.ts';
import { programOf, runProgram } from './run-program.ts';

export function main(argv: string[]): Promise<number> {
  return runProgram(programOf([registerClean]), argv);
}
