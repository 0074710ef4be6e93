#!/usr/bin/env node
// Entry point of the `silkloom` command. The sources are TypeScript run through
// tsx's loader, so there is no build step between `npm ci` and `npx silkloom`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv);
