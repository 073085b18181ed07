// Writes schema/lexicon.schema.json from the zod schema (run: npm run schema -w @blason/lexicon).
import { fileURLToPath } from 'node:url';
import { stableStringify, writeFileAtomic } from '@blason/core';
import { lexiconJsonSchema } from '../src/schema.js';

const target = fileURLToPath(new URL('../schema/lexicon.schema.json', import.meta.url));
await writeFileAtomic(target, stableStringify(lexiconJsonSchema()));
process.stdout.write(`written: ${target}\n`);
