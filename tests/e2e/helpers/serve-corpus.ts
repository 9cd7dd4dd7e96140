import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Corpus, Statement } from '../../../src/domain/corpus/corpus-schema.ts';

/**
 * Serves `corpus` in place of the bundled data/corpus.json for this page, from
 * a file in a fresh temporary folder (a large corpus is too big to hold as a
 * route body string comfortably). Nothing is written into the project.
 */
export async function serveCorpus(page: Page, corpus: Corpus): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'forum-atlas-e2e-'));
  const path = join(folder, 'corpus.json');
  writeFileSync(path, JSON.stringify(corpus));
  await page.route('**/data/corpus.json', (route) =>
    route.fulfill({ path, status: 200, headers: { 'content-type': 'application/json' } }),
  );
  return path;
}

/**
 * A synthetic corpus of `count` statements made by repeating the statements
 * of `base` (fictional test data) in order; copy n of a statement gets the id
 * "<id>~n". The corpus says it is synthetic, and the app shows so.
 */
export function replicateStatements(base: Corpus, count: number): Corpus {
  const statements: Statement[] = [];
  for (let n = 0; statements.length < count; n += 1) {
    for (const statement of base.statements) {
      if (statements.length === count) break;
      statements.push({ ...statement, id: `${statement.id}~${n}` });
    }
  }
  return {
    ...base,
    synthetic: {
      generator: 'tests/e2e/helpers/serve-corpus.ts replicateStatements',
      seed: 0,
      note: `Synthetic: the fictional test statements repeated to ${count} rows, to test scrolling.`,
    },
    statements,
  };
}
