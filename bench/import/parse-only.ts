/** Baseline for bench/import: read the TMX into units and drop them (no store). */
import { createReadStream } from 'node:fs';
import { readTmx } from '@silkloom/formats';

let units = 0;
for await (const _ of readTmx(createReadStream(process.argv[2]!), { file: process.argv[2]! })) units++;
console.log(JSON.stringify({ units }));
