import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { CorpusSchema, type Corpus } from '../../../src/domain/corpus/corpus-schema.ts';

/** The bundled seed corpus, read the way the app reads it, so tests derive spans instead of copying them. */
export function readSeedCorpus(): Corpus {
  return CorpusSchema.parse(JSON.parse(readFileSync('public/data/corpus.json', 'utf8')));
}

/** Presses Tab until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The statement rows of the list (not the theme chips inside them). */
export function statementRows(page: Page): Locator {
  return page.getByRole('list', { name: 'Matching statements' }).locator(':scope > [role="listitem"]');
}
