import { useRef, useState } from 'react';
import type { CorpusDocument } from '../../domain/corpus/corpus-schema.ts';
import { TaxonomySchema } from '../../domain/extract/tables.ts';
import { parseReleasesFile, planImport } from '../../domain/working-corpus/releases-file.ts';
import { importReleases } from '../../state/working-corpus-store.ts';
import taxonomyData from '../../../data/taxonomy.json';

/** Brings back releases exported from Forum Atlas (in this browser or another). */
export function ImportReleases({ documents, onImported }: { documents: readonly CorpusDocument[]; onImported: (message: string) => void }) {
  const picker = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);

  const take = async (file: File) => {
    setError(null);
    try {
      const incoming = parseReleasesFile(await file.text());
      const plan = planImport(incoming, documents, TaxonomySchema.parse(taxonomyData));
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
        Import a releases file…
      </button>
      <input
        ref={picker}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="releases-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void take(file);
        }}
      />
      <span className="release-form__hint">exported from Forum Atlas with “Export your releases”.</span>
      {error ? (
        <p className="release-form__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
