/**
 * Writes public/data/corpus.schema.json from the zod corpus schema, so the
 * published JSON Schema can never drift from the one the app validates with.
 * `--check` fails instead of writing when the committed file is out of date.
 */
import { readFileSync } from 'node:fs';
import { corpusJsonSchemaText } from '../src/domain/corpus/corpus-json-schema.ts';
import { writeFileAtomically } from './lib/atomic-write.ts';

const TARGET = 'public/data/corpus.schema.json';
const expected = corpusJsonSchemaText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(TARGET, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== expected) {
    console.error(`${TARGET} is out of date with src/domain/corpus/corpus-schema.ts: run npm run schema.`);
    process.exit(1);
  }
  console.log(`${TARGET} matches the schema.`);
} else {
  writeFileAtomically(TARGET, expected);
  console.log(`wrote ${TARGET}`);
}
