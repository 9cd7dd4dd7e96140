import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractDocument, type ExtractedDocument } from '../../../../src/domain/extract/extract-document.ts';
import type { Tables } from '../../../../src/domain/extract/tables.ts';
import type { Provenance } from '../../../../src/domain/extract/types.ts';
import { loadTables } from '../../../../scripts/lib/tables.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../../..');
export const FIXTURE_SOURCES = join(PROJECT_ROOT, 'tests/fixtures/sources');

let tables: Tables | undefined;

/** The project's own lexicons (data/*.json), read once per test file. */
export function projectTables(): Tables {
  tables ??= loadTables(PROJECT_ROOT);
  return tables;
}

export const PROVENANCE: Provenance = {
  url: 'https://example.org/release.html',
  publisher: 'Example Secretariat',
  publishedOn: '2021-06-15',
  language: 'en',
};

/** Extracts an inline test text as document `test-doc`. */
export function extract(text: string, provenance: Partial<Provenance> = {}): ExtractedDocument {
  return extractDocument({ id: 'test-doc', text }, { ...PROVENANCE, ...provenance }, projectTables());
}

export function extractFixture(id: string): ExtractedDocument {
  const text = readFileSync(join(FIXTURE_SOURCES, `${id}.txt`), 'utf8');
  const provenance = JSON.parse(readFileSync(join(FIXTURE_SOURCES, `${id}.json`), 'utf8')) as Provenance;
  return extractDocument({ id, text }, provenance, projectTables());
}

export type SourceFiles = Record<string, { text: string | Uint8Array; provenance: string | object }>;

/**
 * A throwaway project tree: the real data/ lexicons, the given sources (or
 * none), optional corrections; returns its root.
 */
const projects: string[] = [];

export function makeProject(sources: SourceFiles, corrections?: string | object[]): string {
  const root = mkdtempSync(join(tmpdir(), 'forum-atlas-ingest-'));
  projects.push(root);
  mkdirSync(join(root, 'data/sources'), { recursive: true });
  for (const file of readdirSync(join(PROJECT_ROOT, 'data'))) {
    if (file.endsWith('.json') && file !== 'corrections.json') copyFileSync(join(PROJECT_ROOT, 'data', file), join(root, 'data', file));
  }
  for (const [id, { text, provenance }] of Object.entries(sources)) {
    writeFileSync(join(root, 'data/sources', `${id}.txt`), text);
    writeFileSync(
      join(root, 'data/sources', `${id}.json`),
      typeof provenance === 'string' ? provenance : JSON.stringify(provenance, null, 2),
    );
  }
  if (corrections !== undefined) {
    writeFileSync(
      join(root, 'data/corrections.json'),
      typeof corrections === 'string' ? corrections : JSON.stringify(corrections, null, 2),
    );
  }
  return root;
}

/** The fixture releases as a SourceFiles map. */
export function fixtureSources(...ids: string[]): SourceFiles {
  return Object.fromEntries(
    ids.map((id) => [
      id,
      {
        text: readFileSync(join(FIXTURE_SOURCES, `${id}.txt`)),
        provenance: readFileSync(join(FIXTURE_SOURCES, `${id}.json`), 'utf8'),
      },
    ]),
  );
}

/** Removes every project tree made by this test file. */
export function removeProjects(): void {
  for (const root of projects.splice(0)) rmSync(root, { recursive: true, force: true });
}
