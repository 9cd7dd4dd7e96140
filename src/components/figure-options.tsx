import { useId } from 'react';
import { FIGURE_SIZE_IDS, FIGURE_SIZES, type FigureOptions, type FigureSizeId } from '../domain/export/figure-options.ts';
import './export.css';

type FigureOptionsProps = {
  /** Which figure, for the disclosure's name: "timeline". */
  figure: string;
  /** The headline the figure gets unless the user writes another. */
  defaultHeadline: string;
  value: FigureOptions;
  onChange: (next: FigureOptions) => void;
};

/**
 * The choices of an exported figure, beside its Export menu: the headline
 * (the current title until edited; emptied, it is the title again) and the
 * size. Unsubmitted input, so it lives in the panel, not in the URL.
 */
export function FigureOptionsDisclosure({ figure, defaultHeadline, value, onChange }: FigureOptionsProps) {
  const headlineId = useId();
  const sizeId = useId();
  const hintId = useId();
  return (
    <details className="figure-options">
      <summary aria-label={`Figure options for the exported ${figure}`}>Figure options</summary>
      <div className="figure-options__body">
        <label htmlFor={headlineId}>Headline</label>
        <input
          id={headlineId}
          type="text"
          value={value.headline ?? defaultHeadline}
          maxLength={200}
          aria-describedby={hintId}
          onChange={(event) => onChange({ ...value, headline: event.target.value })}
        />
        <p id={hintId} className="figure-options__hint">
          {value.headline === null ? 'The current title.' : 'Left empty, the figure takes the current title.'}
        </p>
        {value.headline !== null ? (
          <button type="button" onClick={() => onChange({ ...value, headline: null })}>
            Use the current title
          </button>
        ) : null}
        <label htmlFor={sizeId}>Size (SVG and PNG)</label>
        <select id={sizeId} value={value.size} onChange={(event) => onChange({ ...value, size: event.target.value as FigureSizeId })}>
          {FIGURE_SIZE_IDS.map((id) => (
            <option key={id} value={id}>
              {FIGURE_SIZES[id].label}
            </option>
          ))}
        </select>
      </div>
    </details>
  );
}
