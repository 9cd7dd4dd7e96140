import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import type { SpeakerComparisonModel } from '../../domain/speakers/speaker-comparison-model.ts';
import { UNTHEMED } from '../../domain/engine/contract.ts';
import { layoutSpeakerComparison } from '../../figures/speaker-comparison-figure.ts';

/** The chart's width, followed with a ResizeObserver (whole pixels). */
function useWidth(): [(element: HTMLDivElement | null) => void, number] {
  const [width, setWidth] = useState(640);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: HTMLDivElement | null) => {
    observer.current?.disconnect();
    if (!element || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(([entry]) => {
      const next = Math.floor(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.current.observe(element);
  }, []);
  return [ref, width];
}

export type OpenBar = (column: number, themeId: string) => void;

/** What a bar says to a screen reader, and what pressing it does. */
export function describeBar(model: SpeakerComparisonModel, column: number, row: number): string {
  const col = model.columns[column]!;
  const bar = col.bars[row]!;
  const theme = model.themes[row]!.label;
  const what = `${col.target.label}, ${theme}: ${bar.count} of ${col.statements} statements, ${Math.round(bar.share)} %`;
  return bar.themeId === UNTHEMED || bar.count === 0 ? what : `${what}. Show these statements in the list.`;
}

/** Small multiples of bars (src/figures/speaker-comparison-figure.ts); each bar with statements is a button. */
export function ComparisonChart({ model, onOpen, describedBy }: { model: SpeakerComparisonModel; onOpen: OpenBar; describedBy: string }) {
  const [ref, width] = useWidth();
  const layout = layoutSpeakerComparison(model, width);
  const onKey = (event: KeyboardEvent<SVGGElement>, column: number, themeId: string) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onOpen(column, themeId);
  };
  return (
    <div ref={ref} className="comparison-chart">
      <svg
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label="Statements per theme, speakers side by side"
        aria-describedby={describedBy}
        className="comparison-chart__svg"
      >
        {layout.panels.map((panel) => (
          <g key={panel.column} aria-hidden="true">
            {panel.titleLines.map((line, i) => (
              <text key={i} x={panel.x} y={panel.y + 14 + i * 16} className="comparison-chart__title">
                {line}
              </text>
            ))}
            <text x={panel.x} y={panel.y + 46} className="comparison-chart__muted">
              {panel.subtitle}
            </text>
          </g>
        ))}
        {layout.labels.map((label) => (
          <text key={`${label.column}-${label.row}`} x={label.x} y={label.y} dominantBaseline="middle" className="comparison-chart__label" aria-hidden="true">
            {label.text}
          </text>
        ))}
        {layout.bars.map((box) => {
          const bar = model.columns[box.column]!.bars[box.row]!;
          const interactive = bar.count > 0 && bar.themeId !== UNTHEMED;
          const shapes = (
            <>
              <rect x={box.x} y={box.y} width={box.width} height={box.height} className={`comparison-chart__bar${bar.selected ? ' comparison-chart__bar--selected' : ''}`} />
              <text x={box.valueX} y={box.y + box.height / 2} dominantBaseline="middle" className="comparison-chart__muted" aria-hidden="true">
                {box.value}
              </text>
            </>
          );
          return interactive ? (
            <g
              key={`${box.column}-${box.row}`}
              role="button"
              tabIndex={0}
              aria-label={describeBar(model, box.column, box.row)}
              aria-pressed={bar.selected}
              className="comparison-chart__hit"
              data-column={box.column}
              data-theme={bar.themeId}
              onClick={() => onOpen(box.column, bar.themeId)}
              onKeyDown={(event) => onKey(event, box.column, bar.themeId)}
            >
              <rect x={box.x} y={box.y - 3} width={Math.max(box.width, 24) + 64} height={box.height + 6} className="comparison-chart__target" />
              {shapes}
            </g>
          ) : (
            <g key={`${box.column}-${box.row}`} aria-hidden="true">
              {shapes}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
