import { useRef, useState } from 'react';
import type { CorpusDocument } from '../../domain/corpus/corpus-schema.ts';
import { TaxonomySchema } from '../../domain/extract/tables.ts';
import { parseReleasesFile, planImport } from '../../domain/working-corpus/releases-file.ts';
import { importReleases } from '../../state/working-corpus-store.ts';
import { planBundleImport } from './import-bundle.ts';
import taxonomyData from '../../../data/taxonomy.json';

/** Brings back releases exported from Forum Atlas (in this browser or another), as a releases file or a sources bundle. */
export function ImportReleases({ documents, onImported }: { documents: readonly CorpusDocument[]; onImported: (message: string) => void }) {
  const picker = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);

  const take = async (file: File) => {
    setError(null);
    try {
      const taxonomy = TaxonomySchema.parse(taxonomyData);
      const isZip = /\.zip$/i.test(file.name) || file.type === 'application/zip';
      const plan = isZip ? await planBundleImport(file, documents, taxonomy) : planImport(parseReleasesFile(await file.text()), documents, taxonomy);
      if (plan.add.length > 0) await importReleases(plan.add);
      const left = plan.skipped.map((s) => `${s.id}: ${s.reason}`).join('; ');
      const added = plan.add.length === 1 ? '1 release' : `${plan.add.length} releases`;
      const message = `Imported ${added} from ${file.name}.${left ? ` Left out: ${left}.` : ''}`;
      if (plan.add.length === 0) setError(message);
      else onImported(message);
    } catch (caught) {
      setError(`${file.name} was not imported: ${caught instanceof Error ? caught.message : String(caught)}`);
    }
  };

  return (
    <div className="release-form__file">
      <button type="button" onClick={() => picker.current?.click()}>
        Import releases or a sources bundle…
      </button>
      <input
        ref={picker}
        type="file"
        accept=".json,application/json,.zip,application/zip"
        hidden
        data-testid="releases-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void take(file);
        }}
      />
      <span className="release-form__hint">a releases file (“Export your releases”) or a sources zip (“Download for the repository”).</span>
      {error ? (
        <p className="release-form__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
