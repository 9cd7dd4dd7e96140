import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parquetReadObjects } from 'hyparquet';
import { toNdjsonLines } from '../../src/domain/corpus/corpus-ndjson-text.ts';
import { corpusToParquet } from '../../src/domain/corpus/corpus-parquet-writer.ts';
import { generateSyntheticChunks, generateSyntheticCorpus, syntheticHeader } from '../../src/domain/synthetic/generate-corpus.ts';
import { STATEMENT_CSV_HEADER } from '../../src/domain/export/statement-rows.ts';
import { test, expect } from './fixtures.ts';

/**
 * The other corpus formats, opened as a user would: a small seeded
 * synthetic corpus written as NDJSON and as Parquet by the same code as
 * `npm run gen:corpus`, picked with the file input, dropped on the page and
 * named in the address. Each opens with the corpus's own counts.
 */

const OPTIONS = { statements: 400, seed: 9 };
const corpus = generateSyntheticCorpus(OPTIONS);
const ndjson = [...toNdjsonLines(syntheticHeader(OPTIONS), generateSyntheticChunks(OPTIONS))].join('');
const parquet = Buffer.from(corpusToParquet(corpus));

const statementsCount = (page: Page) => page.getByTestId('count-statements');
const eventsCount = (page: Page) => page.getByTestId('count-events');

async function pick(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.goto('/');
  await expect(page.getByTestId('count-statements')).toBeVisible();
  await page.getByTestId('corpus-file-input').first().setInputFiles({ name, mimeType, buffer });
}

test.describe('corpus file formats', () => {
  test('an NDJSON file picked from this computer opens with its counts, labelled synthetic', async ({ page }) => {
    await pick(page, 'small.ndjson', 'application/x-ndjson', Buffer.from(ndjson));
    await expect(page.getByTestId('opened-corpus')).toContainText('Showing small.ndjson, opened from a file on this computer.');
    await expect(statementsCount(page)).toHaveText(String(corpus.statements.length));
    await expect(eventsCount(page)).toHaveText(String(corpus.events.length));
    await expect(page.getByRole('note', { name: 'Synthetic data' })).toBeVisible();
  });

  test('a Parquet file picked from this computer opens with the same counts', async ({ page }) => {
    await pick(page, 'small.parquet', 'application/vnd.apache.parquet', parquet);
    await expect(page.getByTestId('opened-corpus')).toContainText('Showing small.parquet, opened from a file on this computer.');
    await expect(statementsCount(page)).toHaveText(String(corpus.statements.length));
    await expect(eventsCount(page)).toHaveText(String(corpus.events.length));
    await expect(page.getByRole('note', { name: 'Synthetic data' })).toBeVisible();
  });

  test('an NDJSON file with a broken line opens without that statement and names its line', async ({ page }) => {
    const lines = ndjson.split('\n');
    const index = lines.findIndex((line, i) => i > 30 && line.startsWith('{"statement"'));
    lines[index] = lines[index]!.slice(0, 50);
    await pick(page, 'broken.ndjson', 'application/x-ndjson', Buffer.from(lines.join('\n')));
    const notice = page.getByRole('region', { name: 'Some records were left out' });
    await expect(notice).toContainText('1 statement was left out of broken.ndjson.');
    await notice.getByText('Show what was left out and why').click();
    await expect(notice).toContainText(`(line ${index + 1})`);
    await expect(notice).toContainText(`line ${index + 1}: not JSON`);
    // Chromium's parser counts lines within the one line it was given: never "line 1 column …" beside the file's line.
    await expect(notice).not.toContainText('line 1 column');
    await expect(statementsCount(page)).toHaveText(String(corpus.statements.length - 1));
  });

  test('a Parquet file dropped on the page opens', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('count-statements')).toBeVisible();
    const transfer = await page.evaluateHandle((bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'dropped.parquet', { type: 'application/octet-stream' }));
      return data;
    }, [...parquet]);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Drop a corpus file (JSON, NDJSON or Parquet) to open it')).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(page.getByTestId('opened-corpus')).toContainText('Showing dropped.parquet');
    await expect(statementsCount(page)).toHaveText(String(corpus.statements.length));
  });

  for (const [path, body] of [['data/synthetic/small.parquet', parquet], ['data/synthetic/small.ndjson', Buffer.from(ndjson)]] as const) {
    test(`a corpus named in the address opens: ${path}`, async ({ page }) => {
      await page.route(`**/${path}`, (route) => route.fulfill({ status: 200, body, headers: { 'content-type': 'application/octet-stream' } }));
      await page.goto(`/?corpus=${path}`);
      await expect(statementsCount(page)).toHaveText(String(corpus.statements.length));
      await expect(eventsCount(page)).toHaveText(String(corpus.events.length));
      await expect(page.getByRole('note', { name: 'Synthetic data' })).toBeVisible();
    });
  }
});

test('the statement list exports its filtered rows as Parquet, with the CSV’s provenance columns', async ({ page }) => {
  await page.goto('/?q=security&sort=desc');
  const panel = page.getByRole('region', { name: 'Statements' });
  await expect(panel.locator('[data-statement-id]').first()).toBeVisible();
  const listIds = await panel.locator('[data-statement-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-statement-id')));
  expect(listIds.length).toBeGreaterThan(0);
  await panel.getByRole('button', { name: 'Export statements' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /^Parquet/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^forum-atlas_statements_q-security_\d{4}-\d{2}-\d{2}\.parquet$/);
  const bytes = await readFile(await download.path());
  const rows = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  expect(rows.map((row) => row.statement_id as string)).toEqual(listIds);
  expect(Object.keys(rows[0]!)).toEqual([...STATEMENT_CSV_HEADER]);
  expect(rows[0]).toMatchObject({ reported_by: 'SCO Secretariat', document_url: expect.stringMatching(/^http/), date_inferred: true, synthetic: 'no' });
  expect(rows[0]!.corpus_version).toMatch(/^[0-9a-f]{12}$/);
});
