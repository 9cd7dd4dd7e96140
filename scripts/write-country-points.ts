/**
 * Writes public/data/country-points.json (see scripts/lib/country-points.ts).
 * `--check` fails instead of writing when the committed file is out of date.
 */
import { readFileSync } from 'node:fs';
import { buildCountryPointsText, COUNTRY_POINTS_PATH } from './lib/country-points.ts';
import { writeFileAtomically } from './lib/atomic-write.ts';

const expected = buildCountryPointsText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(COUNTRY_POINTS_PATH, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== expected) {
    console.error(`${COUNTRY_POINTS_PATH} is out of date: run npx tsx scripts/write-country-points.ts.`);
    process.exit(1);
  }
  console.log(`${COUNTRY_POINTS_PATH} is current.`);
} else {
  writeFileAtomically(COUNTRY_POINTS_PATH, expected);
  console.log(`wrote ${COUNTRY_POINTS_PATH}`);
}
