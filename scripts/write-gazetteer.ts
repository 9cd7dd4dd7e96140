/**
 * Writes data/gazetteer.json (see scripts/lib/gazetteer.ts). `--check` fails
 * instead of writing when the committed file is not what the sources give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from './lib/atomic-write.ts';
import { buildGazetteerText, GAZETTEER_PATH } from './lib/gazetteer.ts';

const root = process.cwd();
const expected = buildGazetteerText(root);
const target = join(root, GAZETTEER_PATH);

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== expected) {
    console.error(`${GAZETTEER_PATH} is out of date: run npx tsx scripts/write-gazetteer.ts.`);
    process.exit(1);
  }
  console.log(`${GAZETTEER_PATH} is current.`);
} else {
  writeFileAtomically(target, expected);
  console.log(`wrote ${GAZETTEER_PATH}`);
}
