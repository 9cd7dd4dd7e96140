import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument, type ExtractedDocument } from '../../src/domain/extract/extract-document.ts';
import type { Tables } from '../../src/domain/extract/tables.ts';
import { provenanceOf, RELEASE_CASES, type ReleaseCase } from '../../tests/fixtures/releases/cases.ts';

export const RELEASES_DIR = 'tests/fixtures/releases';

export function readRelease(root: string, c: ReleaseCase): string {
  return readFileSync(join(root, RELEASES_DIR, `${c.id}.txt`), 'utf8');
}

export function extractCase(root: string, c: ReleaseCase, tables: Tables): ExtractedDocument {
  return extractDocument({ id: c.id, text: readRelease(root, c) }, provenanceOf(c), tables);
}

export { RELEASE_CASES };
