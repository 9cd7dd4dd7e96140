import { useId, useState, type ReactNode } from 'react';
import { limitFacetOptions, type FacetOption } from '../../domain/facet-options.ts';

const SHOWN_BEFORE_MORE = 6;
const numberFormat = new Intl.NumberFormat('en-GB');

type FacetGroupProps = {
  legend: string;
  /** Plural noun for the empty message: "speakers". */
  noun: string;
  options: readonly FacetOption[];
  onToggle: (value: string) => void;
  /** Extra controls under the legend (the "include mentions" switch). */
  children?: ReactNode;
};

/** One facet: a checkbox per value with its statement count, long lists folded. */
export function FacetGroup({ legend, noun, options, onToggle, children }: FacetGroupProps) {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const { shown, hidden } = limitFacetOptions(options, SHOWN_BEFORE_MORE, expanded);
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{legend}</legend>
      {children}
      {options.length === 0 ? (
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
                  aria-label={`${option.label}, ${numberFormat.format(option.count)} statement${option.count === 1 ? '' : 's'}`}
                />
                <span className="facet__label">{option.label}</span>
                <span className="facet__count">{numberFormat.format(option.count)}</span>
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
          {expanded ? `Show fewer ${noun}` : `Show all ${numberFormat.format(options.length)} ${noun}`}
        </button>
      ) : null}
    </fieldset>
  );
}
