import { useId, useRef, useState, type ReactNode } from 'react';
import type { ReleaseForm, ReleaseFormErrors, ReleaseFormField } from '../../domain/working-corpus/release-form.ts';
import { readReleaseFile } from './html-to-text.ts';

type Props = {
  form: ReleaseForm;
  errors: ReleaseFormErrors;
  /** A problem for the whole form (a duplicate, an extraction failure), with what to do. */
  notice: ReactNode;
  busy: boolean;
  onChange: (field: ReleaseFormField, value: string) => void;
  onSubmit: () => void;
  onCancel: () => void;
};

function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`release-form__field${error ? ' release-form__field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="release-form__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children(described)}
      {error ? (
        <p className="release-form__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The release and where it came from. Errors sit under their field and are
 * linked to it (aria-describedby); the first field at fault takes focus.
 */
export function ReleaseFormView({ form, errors, notice, busy, onChange, onSubmit, onCancel }: Props) {
  const base = useId();
  const id = (field: ReleaseFormField) => `${base}-${field}`;
  const picker = useRef<HTMLInputElement>(null);
  const [fileNote, setFileNote] = useState<{ text: string; error: boolean } | null>(null);
  const [dragOver, setDragOver] = useState(false);

  const takeFile = async (file: File) => {
    const read = await readReleaseFile(file);
    if ('error' in read) {
      setFileNote({ text: read.error, error: true });
      return;
    }
    onChange('text', read.text);
    setFileNote({ text: `Read ${file.name}${/\.html?$/i.test(file.name) ? ' (HTML reduced to its text)' : ''}.`, error: false });
  };

  const input = (field: ReleaseFormField, props: Record<string, string> = {}) => (describedBy: string | undefined) => (
    <input
      id={id(field)}
      name={field}
      value={form[field]}
      aria-invalid={errors[field] ? true : undefined}
      aria-describedby={describedBy}
      onChange={(event) => onChange(field, event.currentTarget.value)}
      {...props}
    />
  );

  return (
    <form
      className="release-form"
      noValidate
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Field
        id={id('text')}
        label="Release text"
        hint="Paste the text exactly as published, or drop a .txt or .html file here (HTML is reduced to its text, never shown)."
        error={errors.text}
      >
        {(describedBy) => (
          <div
            className={`release-form__drop${dragOver ? ' release-form__drop--over' : ''}`}
            onDragOver={(event) => {
              if (!event.dataTransfer.types.includes('Files')) return;
              event.preventDefault();
              setDragOver(true);
            }}
            onDragLeave={() => setDragOver(false)}
            onDrop={(event) => {
              const file = event.dataTransfer.files[0];
              setDragOver(false);
              if (!file) return;
              event.preventDefault();
              void takeFile(file);
            }}
          >
            <textarea
              id={id('text')}
              name="text"
              rows={10}
              value={form.text}
              aria-invalid={errors.text ? true : undefined}
              aria-describedby={describedBy}
              spellCheck={false}
              onChange={(event) => onChange('text', event.currentTarget.value)}
            />
          </div>
        )}
      </Field>
      <div className="release-form__file">
        <button type="button" onClick={() => picker.current?.click()}>
          Choose a .txt or .html file…
        </button>
        <input
          ref={picker}
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          hidden
          data-testid="release-file-input"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void takeFile(file);
          }}
        />
        {fileNote ? (
          <span role="status" className={fileNote.error ? 'release-form__error' : 'release-form__hint'}>
            {fileNote.text}
          </span>
        ) : null}
      </div>
      <div className="release-form__grid">
        <Field id={id('url')} label="Address (URL)" hint="Where the release was published, e.g. https://example.org/news/…" error={errors.url}>
          {input('url', { type: 'url', inputMode: 'url', autoComplete: 'url' })}
        </Field>
        <Field id={id('publisher')} label="Publisher" error={errors.publisher}>
          {input('publisher')}
        </Field>
        <Field id={id('publishedOn')} label="Publication date" hint="Day first: 18 August 2020, 18/08/2020 or 2020-08-18." error={errors.publishedOn}>
          {input('publishedOn')}
        </Field>
        <Field id={id('language')} label="Language" hint="A language tag; the extractor reads English (en)." error={errors.language}>
          {input('language', { list: `${base}-languages` })}
        </Field>
        <Field id={id('title')} label="Title (optional)" hint="Only if the release has one of its own." error={errors.title}>
          {input('title')}
        </Field>
      </div>
      <datalist id={`${base}-languages`}>
        <option value="en" />
        <option value="en-GB" />
        <option value="en-US" />
      </datalist>
      {notice}
      <div className="release-form__actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Extracting…' : 'Extract and review'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
