import type { CorpusDocument, Theme } from '../../domain/corpus/corpus-schema.ts';
import { correctionsOfDocument, isBundlePath, readBundleFiles } from '../../domain/working-corpus/bundle-import.ts';
import { planImport, type ImportPlan } from '../../domain/working-corpus/releases-file.ts';
import type { KeptRelease } from '../../domain/working-corpus/working-corpus.ts';
import { extractInWorker } from './extract-in-worker.ts';

/** No entry of a real bundle comes near this; a larger one is refused unread (a zip bomb stays packed). */
const MAX_ENTRY_BYTES = 4_000_000;

/**
 * A sources bundle (zip) back into releases: unpacked, read with ingest's
 * rules, each new source extracted in the worker with its corrections, then
 * planned like a releases file (duplicates and unsound releases left out).
 */
export async function planBundleImport(file: File, documents: readonly CorpusDocument[], taxonomy: readonly Theme[]): Promise<ImportPlan> {
  const { unzipSync, strFromU8 } = await import('fflate');
  const tooLarge: string[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(await file.arrayBuffer()), {
      filter: (entry) => {
        if (!isBundlePath(entry.name)) return false;
        if (entry.originalSize > MAX_ENTRY_BYTES) tooLarge.push(`${entry.name}: larger than a release can be (${Math.round(entry.originalSize / 1e6)} MB)`);
        return entry.originalSize <= MAX_ENTRY_BYTES;
      },
    });
  } catch {
    throw new Error('it is not a zip file that can be read.');
  }
  const contents = readBundleFiles(Object.entries(entries).map(([path, bytes]) => ({ path, content: strFromU8(bytes) })));
  const skipped: ImportPlan['skipped'] = [...tooLarge, ...contents.refused].map((reason) => ({ id: reason.split(':')[0]!, reason: reason.slice(reason.indexOf(':') + 2) }));
  const releases: KeptRelease[] = [];
  const addedAt = new Date().toISOString();
  for (const source of contents.sources) {
    if (documents.some((d) => d.id === source.id)) {
      skipped.push({ id: source.id, reason: 'a document with this id is already in the working corpus' });
      continue;
    }
    const response = await extractInWorker({ documentId: source.id, text: source.text, provenance: source.provenance });
    if (response.type === 'failed') {
      skipped.push({ id: source.id, reason: response.message });
      continue;
    }
    releases.push({ id: source.id, addedAt, extracted: response.records, warnings: response.warnings, corrections: correctionsOfDocument(contents.corrections, source.id) });
  }
  const plan = planImport(releases, documents, taxonomy);
  return { add: plan.add, skipped: [...skipped, ...plan.skipped] };
}
