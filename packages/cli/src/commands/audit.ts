/**
 * `silkloom audit verify|export|list`: the hash-chained audit log (every
 * import, scan, assessment, export, clean run and role change). `verify`
 * recomputes the chain and exits 1 naming the first broken entry.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';
import { cliError } from '../errors.ts';
import { withStore } from '../store-session.ts';

interface ExportOptions extends CommonOptions {
  out?: string;
}

interface ListOptions extends CommonOptions {
  after?: string;
  limit?: string;
}

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('verify, list or export the tamper-evident audit log');

  withCommonOptions(audit.command('verify').description('recompute the hash chain; exit 1 naming the first broken entry')).action(async (opts: CommonOptions) => {
    const out = outputFor(opts);
    const result = await withStore(opts, (store) => store.audit.verify());
    if (!result.ok) {
      out.result(result, () => '');
      throw cliError('SLM_CLI_AUDIT_BROKEN', { seq: result.firstBroken!.seq, reason: result.firstBroken!.reason });
    }
    out.result(result, () =>
      `audit log verified: ${result.entries} entries${result.head ? `; head seq ${result.head.seq} hash ${result.head.hash}` : ''}\n` +
      'keep the head hash somewhere else: the chain alone cannot show entries cut off its end',
    );
  });

  withCommonOptions(
    audit.command('list').description('show entries, oldest first').option('--after <seq>', 'entries after this sequence number').option('--limit <n>', 'at most n entries (default 50)'),
  ).action(async (opts: ListOptions) => {
    const out = outputFor(opts);
    const entries = await withStore(opts, (store) => store.audit.list({ after: opts.after ? Number(opts.after) : undefined, limit: Number(opts.limit ?? 50) }));
    out.result(entries, () => entries.map((e) => `${String(e.seq).padStart(6)}  ${e.at}  ${e.action.padEnd(14)} ${(e.actor ?? '-').padEnd(16)} ${e.subject ?? ''}`).join('\n') || 'the audit log is empty');
  });

  withCommonOptions(audit.command('export').description('write every entry as JSON Lines (to --out FILE or stdout)').option('--out <file>', 'output file')).action(
    async (opts: ExportOptions) => {
      const out = outputFor(opts);
      const sink = opts.out ? createWriteStream(opts.out) : process.stdout;
      let entries = 0;
      await withStore(opts, async (store) => {
        for await (const entry of store.audit.export()) {
          entries++;
          if (!sink.write(`${JSON.stringify(entry)}\n`)) await once(sink, 'drain');
        }
      });
      if (opts.out) {
        (sink as ReturnType<typeof createWriteStream>).end();
        await once(sink, 'finish');
        out.result({ entries, out: opts.out }, () => `${entries} audit entries → ${opts.out}`);
      }
    },
  );
}
