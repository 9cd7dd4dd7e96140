import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import type { CountryCode } from '../../domain/corpus/corpus-schema.ts';
import { describeCountryCounts } from '../../domain/map/participation.ts';
import { directionOfKey, nearestInDirection } from '../../figures/map-navigation.ts';
import type { MapPalette } from '../../figures/map-palette.ts';
import type { MapMark, ParticipantMapFigure } from '../../figures/map-geometry.ts';

type Props = {
  figure: ParticipantMapFigure;
  palette: MapPalette;
  /** Accessible name of the map as a whole. */
  label: string;
  /** Ids of the summary and the keyboard hint. */
  describedBy: string;
  onToggle: (code: CountryCode) => void;
};

/** What the tooltip is about: a mark (by code) or any other land shape (by key). */
type Tip = { id: string; source: 'hover' | 'focus' };

const HIT_RADIUS = 11;

function TooltipBody({ name, lines, hint }: { name: string; lines: string[]; hint: string | null }) {
  return (
    <>
      <strong className="map-tooltip__name">{name}</strong>
      {lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
      {hint ? <span className="map-tooltip__hint">{hint}</span> : null}
    </>
  );
}

/** Draws a ParticipantMapFigure and makes its countries operable by pointer and keyboard. */
export function WorldMap({ figure, palette, label, describedBy, onToggle }: Props) {
  const [active, setActive] = useState<CountryCode | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const [focusRing, setFocusRing] = useState<CountryCode | null>(null);
  const elements = useRef(new Map<CountryCode, SVGElement>());

  // A hover tooltip can be dismissed without moving the pointer (WCAG 1.4.13).
  const hovering = tip?.source === 'hover';
  useEffect(() => {
    if (!hovering) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') setTip(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hovering]);

  const { marks } = figure;
  const markByCode = new Map(marks.map((mark) => [mark.code, mark]));
  const areaCodes = new Set(marks.filter((mark) => mark.symbol === 'area').map((mark) => mark.code));
  // One tab stop for the whole map (a roving tabindex); arrows move within it.
  const tabStop =
    (active !== null && markByCode.has(active) ? active : null) ??
    marks.find((mark) => mark.selected)?.code ??
    marks[0]?.code ??
    null;

  const moveTo = (code: CountryCode) => {
    setActive(code);
    elements.current.get(code)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<SVGElement>, mark: MapMark) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onToggle(mark.code);
      return;
    }
    if (event.key === 'Escape') {
      setTip(null);
      return;
    }
    let next: CountryCode | null = null;
    const direction = directionOfKey(event.key);
    if (direction) next = nearestInDirection(marks, mark.code, direction);
    else if (event.key === 'Home') next = marks[0]?.code ?? null;
    else if (event.key === 'End') next = marks[marks.length - 1]?.code ?? null;
    else return;
    event.preventDefault();
    if (next !== null) moveTo(next);
  };

  const markHandlers = (mark: MapMark) => ({
    ref: (element: SVGElement | null) => {
      if (element) elements.current.set(mark.code, element);
      else elements.current.delete(mark.code);
    },
    role: 'button',
    tabIndex: mark.code === tabStop ? 0 : -1,
    'aria-pressed': mark.selected,
    'aria-label': mark.label,
    'data-country': mark.code,
    'data-kind': mark.kind,
    'data-symbol': mark.symbol,
    'data-selected': mark.selected ? 'true' : undefined,
    className: `map-mark map-mark--${mark.kind}`,
    onClick: () => onToggle(mark.code),
    onKeyDown: (event: KeyboardEvent<SVGElement>) => onKeyDown(event, mark),
    onFocus: (event: FocusEvent<SVGElement>) => {
      setActive(mark.code);
      setTip({ id: mark.code, source: 'focus' });
      setFocusRing(event.currentTarget.matches(':focus-visible') ? mark.code : null);
    },
    onBlur: () => {
      setFocusRing(null);
      setTip((current) => (current?.source === 'focus' ? null : current));
    },
    onPointerEnter: () => setTip({ id: mark.code, source: 'hover' }),
  });

  const onShapeEnter = (event: PointerEvent<SVGPathElement>) => {
    const key = event.currentTarget.dataset.key;
    if (key) setTip({ id: key, source: 'hover' });
  };
  const onLeaveMap = () => setTip((current) => (current?.source === 'hover' ? null : current));

  const tipContent = (() => {
    if (!tip) return null;
    const mark = markByCode.get(tip.id as CountryCode);
    if (mark) {
      const hint = mark.selected ? 'Selected. Click or press Enter to remove the filter.' : 'Click or press Enter to filter by it.';
      return { anchor: mark.anchor, name: mark.name, lines: describeCountryCounts(mark.tally), hint };
    }
    const shape = figure.shapes.find((s) => s.key === tip.id);
    if (!shape) return null;
    return { anchor: shape.anchor, name: shape.name, lines: describeCountryCounts(undefined), hint: null };
  })();

  const focused = focusRing !== null ? markByCode.get(focusRing) : undefined;
  const selectedMarks = marks.filter((mark) => mark.selected);

  return (
    <div className="world-map" onPointerLeave={onLeaveMap}>
      <svg
        className="world-map__svg"
        viewBox={`0 0 ${figure.width} ${figure.height}`}
        width="100%"
        role="group"
        aria-label={label}
        aria-describedby={describedBy}
      >
        <g aria-hidden="true">
          {figure.shapes
            .filter((shape) => shape.code === null || !areaCodes.has(shape.code))
            .map((shape) => (
              <path
                key={shape.key}
                d={shape.d}
                data-key={shape.key}
                fill={shape.fill}
                stroke={shape.stroke}
                strokeWidth={shape.strokeWidth}
                strokeDasharray={shape.strokeDasharray ?? undefined}
                strokeLinejoin="round"
                onPointerEnter={onShapeEnter}
              />
            ))}
        </g>
        <g>
          {marks.map((mark) =>
            mark.symbol === 'area' ? (
              <path
                key={mark.code}
                {...markHandlers(mark)}
                d={mark.d ?? undefined}
                fill={mark.fill}
                stroke={mark.stroke}
                strokeWidth={mark.strokeWidth}
                strokeDasharray={mark.strokeDasharray ?? undefined}
                strokeLinejoin="round"
              />
            ) : null,
          )}
          {marks.map((mark) =>
            mark.symbol === 'point' ? (
              <g key={mark.code} {...markHandlers(mark)}>
                <circle cx={mark.anchor[0]} cy={mark.anchor[1]} r={Math.max(HIT_RADIUS, mark.r)} fill="transparent" />
                <circle
                  cx={mark.anchor[0]}
                  cy={mark.anchor[1]}
                  r={mark.r}
                  fill={mark.fill}
                  stroke={mark.stroke}
                  strokeWidth={mark.strokeWidth}
                  strokeDasharray={mark.strokeDasharray ?? undefined}
                />
              </g>
            ) : null,
          )}
        </g>
        <g aria-hidden="true" className="world-map__overlay">
          {selectedMarks.map((mark) => (
            <Outline key={mark.code} mark={mark} stroke={palette.selectedCasing} width={4} />
          ))}
          {selectedMarks.map((mark) => (
            <Outline key={mark.code} mark={mark} stroke={palette.selectedCore} width={1.5} />
          ))}
          {focused ? (
            <>
              <Outline mark={focused} stroke="var(--surface)" width={6} />
              <Outline mark={focused} stroke="var(--focus)" width={3} />
            </>
          ) : null}
        </g>
      </svg>
      {tipContent ? (
        <div
          className="map-tooltip"
          role="tooltip"
          data-testid="map-tooltip"
          data-align={tipContent.anchor[0] > figure.width * 0.6 ? 'left' : 'right'}
          data-place={tipContent.anchor[1] < figure.height * 0.4 ? 'below' : 'above'}
          style={{
            left: `${(tipContent.anchor[0] / figure.width) * 100}%`,
            top: `${(tipContent.anchor[1] / figure.height) * 100}%`,
          }}
        >
          <TooltipBody name={tipContent.name} lines={tipContent.lines} hint={tipContent.hint} />
        </div>
      ) : null}
    </div>
  );
}

/** A selection or focus ring drawn on top of every country, so no neighbour hides it. */
function Outline({ mark, stroke, width }: { mark: MapMark; stroke: string; width: number }) {
  if (mark.symbol === 'point' || mark.d === null) {
    return <circle cx={mark.anchor[0]} cy={mark.anchor[1]} r={mark.r + 2.5} fill="none" stroke={stroke} strokeWidth={width} />;
  }
  return <path d={mark.d} fill="none" stroke={stroke} strokeWidth={width} strokeLinejoin="round" />;
}
