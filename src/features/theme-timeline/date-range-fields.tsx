import { useId, useState, type KeyboardEvent } from 'react';
import type { IsoDate } from '../../domain/corpus/corpus-schema.ts';
import { checkDateRange, showDateField, type DateFieldRole } from '../../domain/view-state/date-range-input.ts';
import type { HistoryMode } from '../../state/use-view-state.ts';

type Props = {
  from: IsoDate | null;
  to: IsoDate | null;
  onCommit: (range: { from: IsoDate | null; to: IsoDate | null }, mode: HistoryMode) => void;
};

/** Text typed but not applied, and the URL range it was typed over. */
type Draft = { from?: string; to?: string; over: string; error: string | null; field: DateFieldRole | 'both' | null };

/**
 * "From" and "to" text fields that write filters.from/to, day first like
 * every other date on the page ("17 August 2020", "17/08/2020", "2019").
 * Typing changes nothing; Enter or leaving the field applies the range (one
 * history step), or says what is wrong next to the fields and keeps the
 * text. A draft is dropped as soon as the range changes elsewhere.
 */
export function DateRangeFields({ from, to, onCommit }: Props) {
  const [stored, setDraft] = useState<Draft | null>(null);
  const ids = { from: useId(), to: useId() };
  const errorId = useId();
  const hintId = useId();
  const range = `${from ?? ''}/${to ?? ''}`;
  const draft = stored !== null && stored.over === range ? stored : null;
  const shown = { from: draft?.from ?? showDateField(from), to: draft?.to ?? showDateField(to) };
  const error = draft?.error ?? null;

  const type = (field: DateFieldRole, value: string) => setDraft({ ...draft, [field]: value, over: range, error: null, field: null });

  const apply = () => {
    if (draft === null || (draft.from === undefined && draft.to === undefined)) return;
    const result = checkDateRange(shown.from, shown.to);
    if (!result.ok) {
      setDraft({ ...draft, error: result.error, field: result.field });
      return;
    }
    setDraft(null);
    if (result.from !== from || result.to !== to) onCommit({ from: result.from, to: result.to }, 'push');
  };

  const clear = () => {
    setDraft(null);
    onCommit({ from: null, to: null }, 'push');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      apply();
    } else if (event.key === 'Escape' && draft !== null) {
      setDraft(null);
    }
  };

  return (
    <fieldset className="tl-dates" id="timeline-dates" tabIndex={-1}>
      <legend>Dates</legend>
      <div className="tl-dates__fields">
        {(['from', 'to'] as const).map((field) => {
          const invalid = error !== null && (draft?.field === field || draft?.field === 'both');
          return (
            <div key={field} className="tl-dates__field">
              <label htmlFor={ids[field]}>{field === 'from' ? 'From' : 'To'}</label>
              <input
                id={ids[field]}
                type="text"
                autoComplete="off"
                spellCheck={false}
                placeholder={field === 'from' ? '1 January 2020' : '31/12/2020'}
                value={shown[field]}
                aria-invalid={invalid || undefined}
                aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
                onChange={(event) => type(field, event.target.value)}
                onKeyDown={onKeyDown}
                onBlur={apply}
              />
            </div>
          );
        })}
        {from !== null || to !== null || draft !== null ? (
          <button type="button" onClick={clear}>
            Clear dates
          </button>
        ) : null}
      </div>
      <p id={hintId} className="tl-dates__hint">
        Day first: 17 August 2020, 17/08/2020, a month (August 2020) or a year (2019). Enter applies.
      </p>
      <p id={errorId} className="tl-dates__error" role="alert">
        {error}
      </p>
    </fieldset>
  );
}
