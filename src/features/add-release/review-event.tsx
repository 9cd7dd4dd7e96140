import { useId, useState } from 'react';
import { countryName } from '../../domain/corpus/countries.ts';
import type { CountryCode, ForumEvent, Theme } from '../../domain/corpus/corpus-schema.ts';
import { formatCalendarDate } from '../../domain/format/format-date.ts';
import { readDateField } from '../../domain/view-state/date-range-input.ts';
import type { Change, ReleaseRecords } from '../../domain/working-corpus/release-corrections.ts';
import { moveCountry, setDate, setFormat, setThemes } from '../../domain/working-corpus/review-changes.ts';
import { ThemeEditor } from './theme-editor.tsx';
import { CountFact, LocationFact, OrganisersFact } from './review-event-facts.tsx';

export type Ask = (label: string, changes: Change[]) => void;

const FORMATS: readonly NonNullable<ForumEvent['format']>['value'][] = ['online', 'in-person', 'hybrid', 'phone'];

export function Inferred({ fact }: { fact: { inferred: boolean; reason?: string | undefined } | undefined }) {
  if (!fact?.inferred) return null;
  return <span className="inferred-mark">inferred{fact.reason ? `: ${fact.reason}` : ''}</span>;
}

function DateFact({ event, which, ask }: { event: ForumEvent; which: 'startDate' | 'endDate'; ask: Ask }) {
  const id = useId();
  const fact = which === 'startDate' ? event.startDate : event.endDate;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const label = which === 'startDate' ? 'Date' : 'End date';
  if (!fact && which === 'endDate') return null;
  const submit = () => {
    const read = readDateField(text, 'from');
    if (read.kind !== 'date') {
      setError(read.kind === 'invalid' ? read.message : 'Type a date such as 14 March 2024.');
      return;
    }
    setEditing(false);
    ask(`${label.toLowerCase()} ${fact ? formatCalendarDate(fact.value) : ''} → ${formatCalendarDate(read.date)}`, [setDate(event, which, read.date)]);
  };
  return (
    <div className="review-fact">
      <dt>{label}</dt>
      <dd>
        {fact ? formatCalendarDate(fact.value, event.datePrecision) : '—'} <Inferred fact={fact} />{' '}
        {editing ? (
          <span className="review-inline-edit">
            <label htmlFor={`${id}-date`}>New {label.toLowerCase()}</label>
            <input
              id={`${id}-date`}
              value={text}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => {
                setText(e.currentTarget.value);
                setError(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  submit();
                }
              }}
            />
            <button type="button" onClick={submit}>
              Correct {label.toLowerCase()}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
            {error ? (
              <span className="release-form__error" id={`${id}-error`}>
                {error}
              </span>
            ) : null}
          </span>
        ) : (
          <button type="button" className="link-button" onClick={() => {
              setEditing(true);
              setText(fact ? formatCalendarDate(fact.value) : '');
            }}>
            Change {label.toLowerCase()}
          </button>
        )}
      </dd>
    </div>
  );
}

function FormatFact({ event, ask }: { event: ForumEvent; ask: Ask }) {
  const id = useId();
  const current = event.format?.value ?? '';
  const [choice, setChoice] = useState(current);
  return (
    <div className="review-fact">
      <dt>Format</dt>
      <dd>
        {current || 'not stated'} <Inferred fact={event.format} />{' '}
        <span className="review-inline-edit">
          <label htmlFor={`${id}-format`}>Correct to</label>
          <select id={`${id}-format`} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            {current === '' ? <option value="">not stated</option> : null}
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={choice === current || choice === ''}
            onClick={() => ask(`format ${current || 'not stated'} → ${choice}`, [setFormat(event, choice as (typeof FORMATS)[number])])}
          >
            Correct format
          </button>
        </span>
      </dd>
    </div>
  );
}

export function ReviewEvent({ records, taxonomy, ask }: { records: ReleaseRecords; taxonomy: readonly Theme[]; ask: Ask }) {
  const { event } = records;
  const [editingThemes, setEditingThemes] = useState(false);
  const label = (id: string) => taxonomy.find((t) => t.id === id)?.label ?? id;
  const move = (code: CountryCode, to: 'mentioned' | 'participating') =>
    ask(`${countryName(code)} → ${to === 'mentioned' ? 'mentioned only' : 'participating'}`, moveCountry(records, code, to));
  return (
    <section className="review-section" aria-labelledby="review-event-heading">
      <h3 id="review-event-heading">Event</h3>
      <dl className="review-facts">
        <div className="review-fact">
          <dt>Title</dt>
          <dd>
            {event.title.value} <Inferred fact={event.title} />
          </dd>
        </div>
        <DateFact event={event} which="startDate" ask={ask} />
        <DateFact event={event} which="endDate" ask={ask} />
        <FormatFact key={event.format?.value ?? ''} event={event} ask={ask} />
        <LocationFact key={`location:${JSON.stringify(event.location?.value ?? null)}`} event={event} countries={[...event.participatingCountries.map((c) => c.value), ...(event.mentionedCountries ?? []).map((c) => c.code)]} ask={ask} />
        <OrganisersFact key={`organisers:${event.organisers.map((o) => o.value).join(';')}`} event={event} ask={ask} />
        <CountFact key={`count:${event.participantCount?.value.asStated ?? ''}`} event={event} ask={ask} />
      </dl>
      <h4>Participating countries ({event.participatingCountries.length})</h4>
      <ul className="review-list" aria-label="Participating countries">
        {event.participatingCountries.map((c) => (
          <li key={c.value}>
            <span>{countryName(c.value)}</span> <Inferred fact={c} />{' '}
            <button type="button" onClick={() => move(c.value, 'mentioned')} aria-label={`Move ${countryName(c.value)} to mentioned countries`}>
              Move to mentioned
            </button>
          </li>
        ))}
      </ul>
      <h4>Mentioned, not participating ({event.mentionedCountries?.length ?? 0})</h4>
      <ul className="review-list" aria-label="Mentioned countries">
        {(event.mentionedCountries ?? []).map((c) => (
          <li key={`${c.code}:${c.span[0]}`}>
            <span>{countryName(c.code)}</span> <span className="review-surface">“{c.surface}”</span>{' '}
            <button type="button" onClick={() => move(c.code, 'participating')} aria-label={`Move ${countryName(c.code)} to participating countries`}>
              Move to participating
            </button>
          </li>
        ))}
      </ul>
      <h4>Event themes</h4>
      {editingThemes ? (
        <ThemeEditor
          name="the event"
          themes={event.themes}
          taxonomy={taxonomy}
          onCancel={() => setEditingThemes(false)}
          onCorrect={(ids) => {
            setEditingThemes(false);
            ask(`event themes → ${ids.map(label).join(', ') || 'none'}`, [setThemes({ kind: 'event', event }, ids, taxonomy)]);
          }}
        />
      ) : (
        <p>
          {[...new Set(event.themes.map((t) => label(t.themeId)))].join(', ') || 'none'}{' '}
          <button type="button" className="link-button" onClick={() => setEditingThemes(true)}>
            Change event themes
          </button>
        </p>
      )}
    </section>
  );
}
