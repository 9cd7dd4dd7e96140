import { useId, useRef, useState } from 'react';
import type { IsoDate } from '../../domain/corpus-schema.ts';
import { checkDateRange } from '../../domain/date-range-input.ts';
import type { HistoryMode } from '../../app/use-view-state.ts';

type Props = {
  from: IsoDate | null;
  to: IsoDate | null;
  onCommit: (range: { from: IsoDate | null; to: IsoDate | null }, mode: HistoryMode) => void;
};

type Draft = { from?: string; to?: string };

/**
 * "From" and "to" date fields that write filters.from/to. What the fields
 * show is the URL's range unless someone is part-way through typing; the
 * first change applied while a field has focus adds a history entry, later
 * ones replace it, so one edit is one step back.
 */
export function DateRangeFields({ from, to, onCommit }: Props) {
  const [draft, setDraft] = useState<Draft>({});
  const [error, setError] = useState<string | null>(null);
  const pushed = useRef(false);
  const ids = { from: useId(), to: useId() };
  const errorId = useId();
  const shown = { from: draft.from ?? from ?? '', to: draft.to ?? to ?? '' };

  const change = (field: 'from' | 'to', value: string) => {
    const next = { ...shown, [field]: value };
    const check = checkDateRange(next.from, next.to);
    if (check.ok) {
      setDraft({});
      setError(null);
      onCommit({ from: check.from, to: check.to }, pushed.current ? 'replace' : 'push');
      pushed.current = true;
    } else {
      setDraft({ ...draft, [field]: value });
      setError(check.error);
    }
  };

  const clear = () => {
    setDraft({});
    setError(null);
    onCommit({ from: null, to: null }, 'push');
  };

  const endEdit = () => {
    pushed.current = false;
  };

  const invalid = error !== null;
  return (
    <fieldset className="tl-dates">
      <legend>Dates</legend>
      <div className="tl-dates__fields">
        {(['from', 'to'] as const).map((field) => (
          <div key={field} className="tl-dates__field">
            <label htmlFor={ids[field]}>{field === 'from' ? 'From' : 'To'}</label>
            <input
              id={ids[field]}
              type="date"
              value={shown[field]}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? errorId : undefined}
              onChange={(event) => change(field, event.target.value)}
              onBlur={endEdit}
            />
          </div>
        ))}
        {from !== null || to !== null || draft.from !== undefined || draft.to !== undefined ? (
          <button type="button" onClick={clear}>
            Clear dates
          </button>
        ) : null}
      </div>
      <p id={errorId} className="tl-dates__error" role="alert">
        {error}
      </p>
    </fieldset>
  );
}
