import { CorrectionsSchema, type Correction } from '../extract/corrections.ts';
import { eventIdOf } from '../extract/record-ids.ts';
import { ProvenanceSchema } from '../extract/provenance-schema.ts';
import type { Provenance } from '../extract/types.ts';
import { MAX_TEXT_CHARACTERS } from './release-form.ts';
import type { BundleFile } from './repository-bundle.ts';

/**
 * A sources bundle brought back into the browser: the zip "Download for the
 * repository" writes (data/sources/<id>.txt and .json, data/corrections.json),
 * or the same folders zipped by hand, perhaps inside one more folder. Read
 * with ingest's own rules — a provenance record beside each text, held to
 * the same schema, English only, a slug for a name — and each source refused
 * on its own, with the file and what is wrong, so one bad file loses nothing else.
 */
export type BundleSource = { id: string; text: string; provenance: Provenance };

export type BundleContents = { sources: BundleSource[]; corrections: Correction[]; refused: string[] };

const SOURCE = /(?:^|\/)data\/sources\/([^/]+)\.(txt|json)$/;
const CORRECTIONS = /(?:^|\/)data\/corrections\.json$/;
const DOCUMENT_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Whether a zip entry is one a bundle can hold (the rest is never unpacked). */
export const isBundlePath = (path: string) => SOURCE.test(path) || CORRECTIONS.test(path);

function firstIssue(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0]!;
  return `${issue.path.map(String).join('.') || 'the top'}: ${issue.message}`;
}

/** Throws an Error naming the file when the bundle as a whole cannot be read. */
export function readBundleFiles(files: readonly BundleFile[]): BundleContents {
  const texts = new Map<string, BundleFile>();
  const records = new Map<string, BundleFile>();
  let correctionsFile: BundleFile | undefined;
  for (const file of files) {
    const source = SOURCE.exec(file.path);
    if (source) (source[2] === 'txt' ? texts : records).set(source[1]!, file);
    else if (CORRECTIONS.test(file.path)) correctionsFile = file;
  }
  if (texts.size === 0) throw new Error('it holds no data/sources/*.txt, so it is not a sources bundle (“Download for the repository” writes one).');

  let corrections: Correction[] = [];
  if (correctionsFile) {
    let json: unknown;
    try {
      json = JSON.parse(correctionsFile.content);
    } catch {
      throw new Error(`${correctionsFile.path} is not JSON.`);
    }
    const parsed = CorrectionsSchema.safeParse(json);
    if (!parsed.success) throw new Error(`${correctionsFile.path} is not a list of corrections (at ${firstIssue(parsed.error)}).`);
    corrections = parsed.data;
  }

  const sources: BundleSource[] = [];
  const refused: string[] = [];
  for (const [id, file] of [...texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const refuse = (why: string) => refused.push(`${file.path}: ${why}`);
    const record = records.get(id);
    if (!DOCUMENT_ID.test(id)) refuse('the file name must be a lower-case slug (a-z, 0-9, "-"), since it becomes the document id');
    else if (!record) refuse(`no provenance record beside it (expected ${file.path.replace(/\.txt$/, '.json')})`);
    else if (file.content.trim() === '') refuse('the source text is empty');
    else if (file.content.length > MAX_TEXT_CHARACTERS) refuse(`the text is ${file.content.length.toLocaleString('en-GB')} characters; a release can have at most ${MAX_TEXT_CHARACTERS.toLocaleString('en-GB')}`);
    else {
      let json: unknown;
      try {
        json = JSON.parse(record.content);
      } catch {
        refused.push(`${record.path}: not JSON`);
        continue;
      }
      const provenance = ProvenanceSchema.safeParse(json);
      if (!provenance.success) refused.push(`${record.path}: ${firstIssue(provenance.error)}`);
      else if (provenance.data.language !== 'en' && !provenance.data.language.startsWith('en-')) {
        refused.push(`${record.path}: language "${provenance.data.language}" is not supported: the extractor reads English releases only`);
      } else sources.push({ id, text: file.content, provenance: provenance.data });
    }
  }
  for (const [id, record] of records) if (!texts.has(id)) refused.push(`${record.path}: a provenance record without a source text`);
  return { sources, corrections, refused };
}

/** The corrections that belong to one document: its own, its event's and its statements'. */
export function correctionsOfDocument(corrections: readonly Correction[], documentId: string): Correction[] {
  const eventId = eventIdOf(documentId);
  return corrections.filter((c) =>
    c.record === 'document' ? c.id === documentId : c.record === 'event' ? c.id === eventId : c.id.startsWith(`${documentId}:`),
  );
}
