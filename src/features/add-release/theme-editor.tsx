import { useId, useState } from 'react';
import type { Theme, ThemeAssignment } from '../../domain/corpus/corpus-schema.ts';

/** The themes of one record as checkboxes; "Correct themes" asks for the reason. */
export function ThemeEditor({
  name,
  themes,
  taxonomy,
  onCorrect,
  onCancel,
}: {
  name: string;
  themes: readonly ThemeAssignment[];
  taxonomy: readonly Theme[];
  onCorrect: (themeIds: string[]) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [chosen, setChosen] = useState(() => new Set(themes.map((t) => t.themeId)));
  return (
    <fieldset className="theme-editor">
      <legend>Themes of {name}</legend>
      {taxonomy.map((theme) => (
        <label key={theme.id} htmlFor={`${id}-${theme.id}`} className="theme-editor__option">
          <input
            id={`${id}-${theme.id}`}
            type="checkbox"
            checked={chosen.has(theme.id)}
            onChange={(event) => {
              const next = new Set(chosen);
              if (event.currentTarget.checked) next.add(theme.id);
              else next.delete(theme.id);
              setChosen(next);
            }}
          />
          {theme.label}
        </label>
      ))}
      <div className="correction-prompt__actions">
        <button type="button" onClick={() => onCorrect(taxonomy.filter((t) => chosen.has(t.id)).map((t) => t.id))}>
          Correct themes
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
