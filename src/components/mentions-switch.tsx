import './mentions-switch.css';
import { useId } from 'react';

/**
 * The one control for `mentions=1`, wherever it appears (the map's header,
 * the statement facets): the same name, the same words, the same state.
 */
export function MentionsSwitch({ checked, onChange, className }: { checked: boolean; onChange: (on: boolean) => void; className?: string }) {
  const helpId = useId();
  return (
    <span className={className}>
      <label className="mentions-switch">
        <input type="checkbox" role="switch" checked={checked} aria-describedby={helpId} onChange={(event) => onChange(event.target.checked)} />
        <span>Include mentions</span>
      </label>
      {/* Outside the label, so it describes the switch without lengthening its name. */}
      <span id={helpId} className="visually-hidden">
        When on, a selected country also matches statements that only mention it, not only events it took part in.
      </span>
    </span>
  );
}
