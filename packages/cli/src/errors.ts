/** Error codes of the command line itself (usage problems and refusals). */
import { defineErrors, errorFactory } from '@silkloom/core';

export const cliErrors = defineErrors('cli', {
  SLM_CLI_WEB_BUILD_FAILED: {
    message: 'building the web UI (vite build in packages/web) failed with exit status {status}',
    status: 500,
    hint: 'Run `npm run build:web` to see vite\'s message; `npm ci` installs vite. `silkloom start --no-build` serves the API without rebuilding.',
  },
  SLM_CLI_USAGE: {
    message: '{problem}',
    status: 400,
    hint: 'A combination of options that cannot work; the message says which. See the command\'s --help.',
  },
  SLM_CLI_FILE_NOT_FOUND: {
    message: 'cannot read "{file}": {reason}',
    status: 404,
    hint: 'Check the path; relative paths are taken from the current directory.',
  },
  SLM_CLI_ALREADY_IMPORTED: {
    message: '{file} (sha256 {sha}) was already imported into corpus "{corpus}" as batch {batchId} on {when}',
    status: 409,
    hint: 'Importing the same bytes twice would duplicate every unit. Pass --force if you really mean it.',
  },
  SLM_CLI_EXPORT_REFUSED: {
    message: 'export of "{corpus}" to {to} refused: the assessment decided {decision}{why}',
    status: 403,
    hint: 'FORBIDDEN, ESCALATE and SECURITY_ASSESSMENT need a human decision: resolve it, then pass --approval REF (e.g. the CAC filing number); the reference is recorded in the audit log.',
  },
  SLM_CLI_AUDIT_BROKEN: {
    message: 'the audit log does not verify: entry {seq} {reason}',
    status: 500,
    hint: 'An audit entry was changed, removed or reordered behind Silkloom\'s back. Keep the store as evidence and compare with an earlier `silkloom audit export`.',
  },
  SLM_CLI_INVALID_DATE: {
    message: '"{value}" is not a date in the form YYYY-MM-DD',
    status: 400,
    hint: 'Collection dates are ISO 8601 calendar dates, e.g. 2026-05-01.',
  },
});

export const cliError = errorFactory(cliErrors);
