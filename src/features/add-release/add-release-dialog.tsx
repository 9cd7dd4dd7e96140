import { useEffect, useRef, useState } from 'react';
import { SCHEMA_VERSION, type CorpusDocument } from '../../domain/corpus/corpus-schema.ts';
import { checkCorpus } from '../../domain/extract/build-corpus.ts';
import { findDuplicate, newDocumentId, type Duplicate } from '../../domain/working-corpus/duplicates.ts';
import { applyReleaseCorrections } from '../../domain/working-corpus/release-corrections.ts';
import { checkReleaseForm, EMPTY_RELEASE_FORM, type ReleaseForm, type ReleaseFormErrors, type ReleaseFormField } from '../../domain/working-corpus/release-form.ts';
import type { KeptRelease } from '../../domain/working-corpus/working-corpus.ts';
import { clearDraft, keepRelease, loadDraft, saveDraft } from '../../state/working-corpus-store.ts';
import { extractInWorker } from './extract-in-worker.ts';
import { ImportReleases } from './import-releases.tsx';
import { ReleaseFormView } from './release-form.tsx';
import { Review, type ReviewState } from './review.tsx';
import './add-release.css';

type Draft = { form: ReleaseForm; review: ReviewState | null };

const FIELD_ORDER: readonly ReleaseFormField[] = ['text', 'url', 'publisher', 'publishedOn', 'language', 'title'];

/**
 * "Add a press release": the form, then the review, then keep. A modal
 * dialog (focus stays inside, Escape closes it); the work in progress is
 * saved at every edit, so a reload reopens it where it was.
 */
export default function AddReleaseDialog({
  documents,
  onClose,
  onKept,
  onShowExisting,
  onImported,
}: {
  /** The documents already in the working corpus, for the duplicate check. */
  documents: readonly CorpusDocument[];
  onClose: () => void;
  onKept: (release: KeptRelease) => void;
  onShowExisting: (documentId: string) => void;
  onImported: (message: string) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<Draft>({ form: EMPTY_RELEASE_FORM, review: null });
  const [restored, setRestored] = useState(false);
  const [errors, setErrors] = useState<ReleaseFormErrors>({});
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const loaded = useRef(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // Straight to the text: showModal would focus the first button (Close).
    element?.querySelector('textarea')?.focus();
    let live = true;
    void loadDraft().then((saved) => {
      if (!live) return;
      const state = saved?.state as Draft | undefined;
      if (state && typeof state === 'object' && 'form' in state) {
        setDraft(state);
        setRestored(true);
      }
      loaded.current = true;
    });
    return () => {
      live = false;
    };
  }, []);

  const update = (next: Draft) => {
    setDraft(next);
    // Storage may be unavailable: the review goes on, it just would not survive a reload.
    if (loaded.current) void saveDraft(next).catch(() => undefined);
  };

  const focusFirstError = (found: ReleaseFormErrors) => {
    const field = FIELD_ORDER.find((f) => found[f]);
    if (field) requestAnimationFrame(() => (dialog.current?.querySelector(`[name="${field}"]`) as HTMLElement | null)?.focus());
  };

  const submit = async () => {
    setDuplicate(null);
    setFailure(null);
    const check = checkReleaseForm(draft.form);
    if (!check.ok) {
      setErrors(check.errors);
      focusFirstError(check.errors);
      return;
    }
    setErrors({});
    const input = check.value;
    const same = findDuplicate(documents, input);
    if (same) {
      setDuplicate(same);
      return;
    }
    const documentId = newDocumentId(input, new Set(documents.map((d) => d.id)));
    setBusy(true);
    const response = await extractInWorker({
      documentId,
      text: input.text,
      provenance: { url: input.url, publisher: input.publisher, publishedOn: input.publishedOn, language: input.language, ...(input.title ? { title: input.title } : {}) },
    });
    setBusy(false);
    if (response.type === 'failed') {
      setFailure(response.message);
      return;
    }
    update({ ...draft, review: { documentId, extracted: response.records, warnings: response.warnings, taxonomy: response.taxonomy, corrections: [] } });
  };

  const keep = async () => {
    const review = draft.review;
    if (!review) return;
    setSaveError(null);
    const corrected = applyReleaseCorrections(review.extracted, review.corrections);
    const problems = [
      ...corrected.problems,
      ...checkCorpus({ schemaVersion: SCHEMA_VERSION, taxonomy: review.taxonomy, documents: [corrected.document], events: [corrected.event], statements: corrected.statements }),
    ];
    if (problems.length > 0) {
      setSaveError(`the corrected release is not sound (${problems.join('; ')}).`);
      return;
    }
    const release: KeptRelease = {
      id: review.documentId,
      addedAt: new Date().toISOString(),
      extracted: review.extracted,
      warnings: review.warnings,
      corrections: review.corrections,
    };
    setBusy(true);
    try {
      await keepRelease(release);
    } catch (error) {
      setBusy(false);
      setSaveError(error instanceof Error ? error.message : String(error));
      return;
    }
    setBusy(false);
    await clearDraft();
    onKept(release);
  };

  const discard = () => {
    void clearDraft();
    onClose();
  };

  const reviewing = draft.review !== null;
  return (
    <dialog
      ref={dialog}
      className={`add-release${reviewing ? ' add-release--review' : ''}`}
      aria-labelledby="add-release-heading"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="add-release__header">
        <h2 id="add-release-heading">{reviewing ? 'Review the extraction' : 'Add a press release'}</h2>
        <button type="button" onClick={onClose} aria-label="Close (your work is kept until you discard it)">
          Close
        </button>
      </div>
      {restored ? (
        <p className="add-release__restored" role="status">
          Your unfinished {reviewing ? 'review' : 'release'} was restored.{' '}
          <button type="button" className="link-button" onClick={discard}>
            Discard it
          </button>
        </p>
      ) : null}
      {draft.review ? (
        <Review
          review={draft.review}
          saving={busy}
          saveError={saveError}
          onCorrections={(corrections) => update({ ...draft, review: { ...draft.review!, corrections } })}
          onBack={() => update({ ...draft, review: null })}
          onKeep={() => void keep()}
        />
      ) : (
        <ReleaseFormView
          form={draft.form}
          errors={errors}
          busy={busy}
          onChange={(field, value) => {
            update({ ...draft, form: { ...draft.form, [field]: value } });
            if (errors[field]) setErrors({ ...errors, [field]: undefined });
          }}
          onSubmit={() => void submit()}
          onCancel={discard}
          notice={
            duplicate ? (
              <p className="release-form__error" role="alert">
                This release is already in the working corpus ({duplicate.by === 'url' ? 'same address' : 'same text'}):{' '}
                <a
                  href={`?event=${encodeURIComponent(`${duplicate.documentId}:event`)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onShowExisting(duplicate.documentId);
                  }}
                >
                  {duplicate.document.title ?? duplicate.document.sourceUrl}, {duplicate.document.publisher}, {duplicate.document.publishedOn}
                </a>
                .
              </p>
            ) : failure ? (
              <p className="release-form__error" role="alert">
                Nothing could be extracted: {failure}
              </p>
            ) : null
          }
        />
      )}
      {reviewing ? null : <ImportReleases documents={documents} onImported={onImported} />}
    </dialog>
  );
}
