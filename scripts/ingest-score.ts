/**
 * `npx tsx scripts/ingest-score.ts`: runs the extractor on the release
 * cases of tests/fixtures/releases and prints, per construction and per
 * fact, precision and recall (and how many cases got the fact exactly right).
 */
import { loadTables } from './lib/tables.ts';
import { extractCase, RELEASE_CASES } from './lib/release-cases.ts';
import { addTally, emptyTally, factsOf, ratio, scoreFact, type FactName, type Tally } from './lib/release-score.ts';

const root = process.cwd();
const tables = loadTables(root);
const byConstruction = new Map<string, Map<FactName, Tally>>();
const byFact = new Map<FactName, Tally>();
const bySet = new Map<string, Map<FactName, Tally>>();
const tallyIn = <K>(map: Map<K, Tally>, key: K) => {
  let tally = map.get(key);
  if (!tally) map.set(key, (tally = emptyTally()));
  return tally;
};

for (const c of RELEASE_CASES) {
  const found = factsOf(extractCase(root, c, tables));
  for (const name of Object.keys(c.expected) as FactName[]) {
    const score = scoreFact(name, c.expected, found);
    addTally(tallyIn(byFact, name), score);
    const set = c.set ?? 'tuning';
    let facts = bySet.get(set);
    if (!facts) bySet.set(set, (facts = new Map<FactName, Tally>()));
    addTally(tallyIn(facts, name), score);
    for (const construction of c.constructions) {
      let facts = byConstruction.get(construction);
      if (!facts) byConstruction.set(construction, (facts = new Map<FactName, Tally>()));
      addTally(tallyIn(facts, name), score);
    }
  }
}

const line = (label: string, t: Tally) =>
  `  ${label.padEnd(16)} precision ${ratio(t.tp, t.tp + t.fp).padStart(5)}  recall ${ratio(t.tp, t.tp + t.fn).padStart(5)}  exact ${t.right}/${t.total}`;
console.log(`${RELEASE_CASES.length} release cases\n`);
for (const [construction, facts] of [...byConstruction].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const all = emptyTally();
  for (const t of facts.values()) addTally(all, t);
  console.log(`${construction}: ${line('all facts', all).trim()}`);
  for (const [name, t] of facts) console.log(line(name, t));
}
for (const [set, facts] of [...bySet].sort(([a], [b]) => (a < b ? 1 : -1))) {
  const all = emptyTally();
  console.log(`\nper fact, ${set} cases (${RELEASE_CASES.filter((c) => (c.set ?? 'tuning') === set).length}):`);
  for (const [name, t] of [...facts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    addTally(all, t);
    console.log(line(name, t));
  }
  console.log(line('all facts', all));
}
console.log('\nper fact, all cases:');
const total = emptyTally();
for (const [name, t] of [...byFact].sort(([a], [b]) => (a < b ? -1 : 1))) {
  addTally(total, t);
  console.log(line(name, t));
}
console.log(line('all facts', total));
