/**
 * `silkloom serve [--port 4680] [--host 127.0.0.1]`: the REST API (and its
 * OpenAPI document and docs page) over the store. Logs are JSON lines (pino)
 * on stdout; SIGINT/SIGTERM finish in-flight requests, then close the store.
 */
import type { Command } from 'commander';
import { openStore } from '@silkloom/store';
import { withCommonOptions, type CommonOptions } from '../common.ts';
import { storeLocation } from '../store-session.ts';
import { cliError } from '../errors.ts';

interface ServeOptions extends CommonOptions {
  port: string;
  host: string;
  secureCookies: string;
  trustProxy?: boolean;
  maxUpload: string;
  logLevel: string;
}

export function registerServe(program: Command): void {
  withCommonOptions(
    program
      .command('serve')
      .description('serve the REST API (/api/v1, OpenAPI at /api/openapi.json, docs at /api/docs)')
      .option('--port <n>', 'TCP port', '4680')
      .option('--host <addr>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
      .option('--secure-cookies <when>', 'auto (when the request came over https) | always | never', 'auto')
      .option('--trust-proxy', 'trust X-Forwarded-For/-Proto from a reverse proxy')
      .option('--max-upload <MiB>', 'largest upload accepted', '2048')
      .option('--log-level <level>', 'fatal|error|warn|info|debug|silent', 'info'),
  ).action(async (opts: ServeOptions) => {
    const port = Number(opts.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw cliError('SLM_CLI_USAGE', { problem: `--port ${opts.port} is not a port number` });
    const secure = { auto: 'auto', always: true, never: false }[opts.secureCookies] as boolean | 'auto' | undefined;
    if (secure === undefined) throw cliError('SLM_CLI_USAGE', { problem: '--secure-cookies is auto, always or never' });
    const { serve } = await import('@silkloom/server');
    const store = await openStore(storeLocation(opts));
    const running = await serve({
      store,
      port,
      host: opts.host,
      secureCookies: secure,
      trustProxy: opts.trustProxy ?? false,
      maxUploadBytes: Number(opts.maxUpload) * 1024 * 1024,
      logger: { level: opts.logLevel },
    });
    if (!opts.quiet) process.stderr.write(`silkloom API on ${running.url}/api/v1 (docs: ${running.url}/api/docs, store: ${store.dialect})\n`);
    await running.closed;
  });
}
