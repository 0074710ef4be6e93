/**
 * The `silkloom` program over a list of commands, and how a run turns errors
 * into exit codes: 0 success, 1 a failure (bad input, store problem), 2 a
 * usage error. main.ts passes every command; clean-main.ts only `clean`.
 */
import { Command, CommanderError } from 'commander';
import { isSilkloomError } from '@silkloom/core';

export function programOf(commands: ReadonlyArray<(program: Command) => void>): Command {
  const program = new Command('silkloom')
    .description('Co-build, clean, govern and share Chinese ↔ multilingual parallel corpora.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of commands) register(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

export async function runProgram(program: Command, argv: string[]): Promise<number> {
  const wantsJson = argv.includes('--json');
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    reportError(err, wantsJson);
    return 1;
  }
}

function reportError(err: unknown, json: boolean): void {
  if (isSilkloomError(err)) {
    if (json) process.stdout.write(`${JSON.stringify({ error: err.toJSON() }, null, 2)}\n`);
    process.stderr.write(`error ${err.code}: ${err.message}\n`);
    return;
  }
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
  if (json) process.stdout.write(`${JSON.stringify({ error: { code: 'SLM_INTERNAL', message: String(err) } }, null, 2)}\n`);
  process.stderr.write(`error SLM_INTERNAL: ${message}\n`);
}
