import { useId, useRef, useState } from 'react';
import type { IsoDate } from '../../domain/corpus/corpus-schema.ts';
import { checkDateRange } from '../../domain/view-state/date-range-input.ts';
import type { HistoryMode } from '../../state/use-view-state.ts';

type Props = {
  from: IsoDate | null;
  to: IsoDate | null;
  onCommit: (range: { from: IsoDate | null; to: IsoDate | null }, mode: HistoryMode) => void;
};

/** Unapplied input, and the URL range it was typed over. */
type Draft = { from?: string; to?: string; over: string };

/**
 * "From" and "to" date fields that write filters.from/to. What the fields
 * show is the URL's range unless someone is part-way through typing (a
 * draft, dropped as soon as the range changes elsewhere); the first change
 * applied while a field has focus adds a history entry, later ones replace
 * it, so one edit is one step back.
 */
export function DateRangeFields({ from, to, onCommit }: Props) {
  const [stored, setDraft] = useState<Draft | null>(null);
  const pushed = useRef(false);
  const ids = { from: useId(), to: useId() };
  const errorId = useId();
  const range = `${from ?? ''}/${to ?? ''}`;
  const draft = stored !== null && stored.over === range ? stored : null;
  const shown = { from: draft?.from ?? from ?? '', to: draft?.to ?? to ?? '' };
  const check = checkDateRange(shown.from, shown.to);
  const error = draft !== null && !check.ok ? check.error : null;

  const change = (field: 'from' | 'to', value: string) => {
    const next = { ...shown, [field]: value };
    const result = checkDateRange(next.from, next.to);
    if (result.ok) {
      setDraft(null);
      onCommit({ from: result.from, to: result.to }, pushed.current ? 'replace' : 'push');
      pushed.current = true;
    } else {
      setDraft({ ...draft, [field]: value, over: range });
    }
  };

  const clear = () => {
    setDraft(null);
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
        {from !== null || to !== null || draft !== null ? (
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
