import { plural } from '../format/format-count.ts';
import type { SyntheticOptions } from './generate-corpus.ts';

/**
 * The synthetic demo corpus a first visit is offered: built by the seeded
 * generator in the browser and named in the address as
 * `?corpus=synthetic:20000-seed42`, so a shared link opens the same corpus
 * and says it is synthetic before anyone opens it.
 */
export type DemoCorpus = Required<Pick<SyntheticOptions, 'statements' | 'seed'>>;

export const DEMO_CORPUS: DemoCorpus = Object.freeze({ statements: 20_000, seed: 42 });

/**
 * A link may ask for another size or seed, within what a browser builds in a
 * few seconds (about 1.4 kB of JSON per statement, so 100 000 is ~135 MB).
 */
export const MAX_DEMO_STATEMENTS = 100_000;

const DEMO_VALUE = /^synthetic:([1-9]\d{0,5})-seed(\d{1,9})$/;

/** The `corpus` parameter's value for a demo corpus. */
export function demoCorpusParam({ statements, seed }: DemoCorpus): string {
  return `synthetic:${statements}-seed${seed}`;
}

/** The demo corpus a `corpus` parameter names, or null when it names none (or one too large). */
export function parseDemoCorpusParam(value: string | null): DemoCorpus | null {
  const match = value === null ? null : DEMO_VALUE.exec(value);
  if (!match) return null;
  const statements = Number(match[1]);
  const seed = Number(match[2]);
  return statements <= MAX_DEMO_STATEMENTS ? { statements, seed } : null;
}

/** How the page names it: "synthetic demo corpus (20,000 statements, seed 42)". */
export function demoCorpusName({ statements, seed }: DemoCorpus): string {
  return `synthetic demo corpus (${plural(statements, 'statement')}, seed ${seed})`;
}
