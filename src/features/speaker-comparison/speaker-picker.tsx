import { useId, useMemo, useState, type FormEvent } from 'react';
import { describeTargetOption, type CompareDirectory, type CompareTarget } from '../../domain/speakers/compare-targets.ts';
import { MAX_COMPARED } from '../../domain/view-state/compare-keys.ts';

/** The most-quoted speakers the text box suggests (every role is offered). */
const MAX_SUGGESTED_SPEAKERS = 1000;

type SpeakerPickerProps = {
  directory: CompareDirectory;
  chosen: readonly CompareTarget[];
  onAdd: (key: string) => void;
  onRemove: (key: string) => void;
};

/** Choose up to four speakers or roles: type a name (the box suggests them), or take a suggestion. */
export function SpeakerPicker({ directory, chosen, onAdd, onRemove }: SpeakerPickerProps) {
  const inputId = useId();
  const listId = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const chosenKeys = new Set(chosen.map((target) => target.key));
  const options = useMemo(() => {
    const byText = new Map<string, string>();
    let speakers = 0;
    for (const target of directory.ordered) {
      if (target.kind === 'speaker' && ++speakers > MAX_SUGGESTED_SPEAKERS) continue;
      let option = describeTargetOption(target);
      if (byText.has(option)) option = `${option} [${target.key}]`;
      byText.set(option, target.key);
    }
    return byText;
  }, [directory]);
  const full = chosen.length >= MAX_COMPARED;
  const suggestions = directory.ordered.filter((target) => !chosenKeys.has(target.key)).slice(0, 3);
  const firstRole = directory.ordered.find((target) => target.kind === 'role' && !chosenKeys.has(target.key));
  if (firstRole && !suggestions.includes(firstRole)) suggestions.push(firstRole);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = text.trim();
    const key = options.get(typed) ?? [...options].find(([option]) => option.toLowerCase().startsWith(typed.toLowerCase()) && typed !== '')?.[1];
    if (key === undefined) {
      setError(typed === '' ? 'Type a speaker’s name or a role, then Add.' : `No speaker or role in this corpus is called “${typed}”.`);
      return;
    }
    setError(null);
    setText('');
    onAdd(key);
  };

  return (
    <div className="speaker-picker">
      <form className="speaker-picker__form" onSubmit={submit}>
        <label htmlFor={inputId}>Add a speaker or role</label>
        <input
          id={inputId}
          list={listId}
          value={text}
          disabled={full}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? errorId : undefined}
          onChange={(event) => setText(event.target.value)}
          placeholder={full ? `At most ${MAX_COMPARED}` : 'Name or role'}
        />
        <datalist id={listId}>
          {[...options.keys()].map((option) => (
            <option key={option} value={option} />
          ))}
        </datalist>
        <button type="submit" disabled={full}>
          Add
        </button>
      </form>
      {error !== null ? (
        <p id={errorId} className="speaker-picker__error">
          {error}
        </p>
      ) : null}
      {chosen.length > 0 ? (
        <ul className="speaker-picker__chosen" aria-label="Compared">
          {chosen.map((target) => (
            <li key={target.key}>
              <span>{target.kind === 'role' ? `Role: ${target.label}` : target.label}</span>
              <button type="button" aria-label={`Remove ${target.label} from the comparison`} onClick={() => onRemove(target.key)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {!full && suggestions.length > 0 ? (
        <p className="speaker-picker__suggestions">
          <span>Suggestions:</span>
          {suggestions.map((target) => (
            <button key={target.key} type="button" onClick={() => onAdd(target.key)}>
              {target.kind === 'role' ? `Role: ${target.label}` : target.label}
            </button>
          ))}
        </p>
      ) : null}
    </div>
  );
}
