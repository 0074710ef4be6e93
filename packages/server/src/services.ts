/**
 * `@silkloom/server/services`: the server's search, TM and account helpers
 * without the HTTP layer (no Fastify is loaded), for the CLI's `search`, `tm`,
 * `glossary` and `users` commands, which work on the store directly with the
 * same semantics as the API.
 */
export { concordance, locateMatch, type ConcordanceInput } from './find/concordance.ts';
export { tmLookup, type TmLookupInput } from './find/tm-lookup.ts';
export { tmScore, tokenDistance, type TmScore, type Penalty } from './find/tm-score.ts';
export { markGlossary, marksIn, type Markable } from './find/glossary-marks.ts';
export { hashPassword, verifyPassword } from './auth/passwords.ts';
