import { DocumentSchema, EventSchema, SCHEMA_VERSION, StatementSchema, type CorpusDocument, type Theme } from '../corpus/corpus-schema.ts';
import { z } from '../corpus/zod.ts';
import { checkCorpus } from '../extract/build-corpus.ts';
import { CorrectionsSchema } from '../extract/corrections.ts';
import { findDuplicate } from './duplicates.ts';
import { applyReleaseCorrections } from './release-corrections.ts';
import type { KeptRelease } from './working-corpus.ts';

/**
 * The analyst's releases as one file, to take to another browser or keep:
 * each release as extracted, its warnings and its corrections (the
 * data/corrections.json format). Importing checks every record against the
 * corpus schema and the corrections against it, and leaves out a release
 * already in the working corpus (same id, address or text), saying why.
 */
export const RELEASES_FILE_FORMAT = 'forum-atlas-releases';

const KeptReleaseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  addedAt: z.iso.datetime(),
  extracted: z.strictObject({ document: DocumentSchema, event: EventSchema, statements: z.array(StatementSchema) }),
  warnings: z.array(z.strictObject({ line: z.number().int().nonnegative(), message: z.string() })),
  corrections: CorrectionsSchema,
});

const ReleasesFileSchema = z.strictObject({
  format: z.literal(RELEASES_FILE_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  releases: z.array(KeptReleaseSchema),
});

export function serializeReleasesFile(releases: readonly KeptRelease[], exportedAt: string): string {
  return `${JSON.stringify({ format: RELEASES_FILE_FORMAT, version: 1, exportedAt, releases }, null, 2)}\n`;
}

export type ImportPlan = { add: KeptRelease[]; skipped: { id: string; reason: string }[] };

/** Reads a releases file; throws an Error that says what is wrong with it. */
export function parseReleasesFile(text: string): KeptRelease[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('the file is not JSON.');
  }
  const parsed = ReleasesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`it is not a Forum Atlas releases file (at ${issue.path.map(String).join('.') || 'the top'}: ${issue.message}).`);
  }
  return parsed.data.releases;
}

/** Which releases of a file join the working corpus, and which are left out with why. */
export function planImport(incoming: readonly KeptRelease[], documents: readonly CorpusDocument[], taxonomy: readonly Theme[]): ImportPlan {
  const plan: ImportPlan = { add: [], skipped: [] };
  const known = [...documents];
  for (const release of incoming) {
    const { document } = release.extracted;
    const skip = (reason: string) => plan.skipped.push({ id: release.id, reason });
    if (document.id !== release.id || release.extracted.event.documentId !== release.id) {
      skip('its records belong to another document');
      continue;
    }
    if (known.some((d) => d.id === release.id)) {
      skip('a document with this id is already in the working corpus');
      continue;
    }
    const duplicate = findDuplicate(known, { url: document.sourceUrl, text: document.text });
    if (duplicate) {
      skip(`it is already in the working corpus as ${duplicate.documentId} (same ${duplicate.by === 'url' ? 'address' : 'text'})`);
      continue;
    }
    const corrected = applyReleaseCorrections(release.extracted, release.corrections);
    const problems = [
      ...corrected.problems,
      ...checkCorpus({ schemaVersion: SCHEMA_VERSION, taxonomy: [...taxonomy], documents: [corrected.document], events: [corrected.event], statements: corrected.statements }),
    ];
    if (problems.length > 0) {
      skip(`it is not sound: ${problems.slice(0, 3).join('; ')}`);
      continue;
    }
    plan.add.push(release);
    known.push(document);
  }
  return plan;
}
