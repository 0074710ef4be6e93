/** `npm run docs:errors`: rewrites docs/errors.md from the error tables. */
import { writeFileSync } from 'node:fs';
import { errorsDocPath, renderErrorsDoc } from './errors-doc.ts';

writeFileSync(errorsDocPath, await renderErrorsDoc());
console.log(`wrote ${errorsDocPath}`);
