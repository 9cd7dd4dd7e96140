import { useId, useMemo, useState, type ReactNode } from 'react';
import { chooseFacetOptions } from '../../domain/statements/facet-options.ts';
import type { FacetCount } from '../../domain/engine/contract.ts';
import { formatCount } from '../../domain/format/format-count.ts';

const SHOWN_BEFORE_MORE = 6;

type FacetGroupProps = {
  legend: string;
  /** Plural noun for the empty message: "speakers". */
  noun: string;
  /** Every value with its count under the other filters. */
  counts: readonly FacetCount[];
  selected: readonly string[];
  label: (value: string) => string;
  onToggle: (value: string) => void;
  /** Why the counts differ from the list's: the filter this facet ignores, when it is set. */
  note?: string | null;
  /** Extra controls under the legend (the "include mentions" switch). */
  children?: ReactNode;
};

/** One facet: a checkbox per value with its statement count, long lists folded. */
export function FacetGroup({ legend, noun, counts, selected, label, onToggle, note = null, children }: FacetGroupProps) {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  // Folded, only the options drawn are labelled and sorted: a large corpus has thousands of speakers.
  const { shown, hidden, total } = useMemo(
    () => chooseFacetOptions(counts, selected, label, SHOWN_BEFORE_MORE, expanded),
    [counts, selected, label, expanded],
  );
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{legend}</legend>
      {note !== null ? <p className="facet__note">{note}</p> : null}
      {children}
      {total === 0 ? (
        <p className="facet__none">No {noun} in these results.</p>
      ) : (
        <ul className="facet__options" id={listId}>
          {shown.map((option) => (
            <li key={option.value}>
              <label className={`facet__option${option.count === 0 ? ' facet__option--zero' : ''}`}>
                <input
                  type="checkbox"
                  checked={option.selected}
                  onChange={() => onToggle(option.value)}
                  aria-label={`${option.label}, ${formatCount(option.count)} statement${option.count === 1 ? '' : 's'}`}
                />
                <span className="facet__label">{option.label}</span>
                <span className="facet__count">{formatCount(option.count)}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 || expanded ? (
        <button
          type="button"
          className="facet__more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? `Show fewer ${noun}` : `Show all ${formatCount(total)} ${noun}`}
        </button>
      ) : null}
    </fieldset>
  );
}
