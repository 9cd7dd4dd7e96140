import { useId, useState } from 'react';
import type { Statement, Theme } from '../../domain/corpus/corpus-schema.ts';
import { dropStatement, reassignSpeaker, setThemes, speakersOf } from '../../domain/working-corpus/review-changes.ts';
import type { Ask } from './review-event.tsx';
import { ThemeEditor } from './theme-editor.tsx';

function speakerLine(statement: Statement): string {
  const speaker = statement.speaker;
  if (!speaker) return 'no speaker';
  return [speaker.name, speaker.role, speaker.organisation].filter(Boolean).join(', ') || speaker.mention;
}

/** Another speaker of the release for this statement: pick one, then give the reason. */
function SpeakerChoice({ statement, index, speakers, ask }: { statement: Statement; index: number; speakers: NonNullable<Statement['speaker']>[]; ask: Ask }) {
  const id = useId();
  const others = speakers.filter((p) => p.id !== statement.speaker?.id);
  const [choice, setChoice] = useState('');
  if (others.length === 0) return null;
  const chosen = others.find((p) => p.id === choice);
  return (
    <span className="review-inline-edit">
      <label htmlFor={`${id}-speaker`}>Speaker of statement {index + 1}</label>
      <select id={`${id}-speaker`} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
        <option value="">(as extracted)</option>
        {others.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name ?? p.role ?? p.mention}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={!chosen}
        onClick={() => chosen && ask(`speaker of statement ${index + 1} → ${chosen.name ?? chosen.role ?? chosen.mention}`, [reassignSpeaker(statement, chosen)])}
      >
        Reassign speaker
      </button>
    </span>
  );
}

/** Each statement with its speaker, verb and themes; drop it or change its themes. */
export function ReviewStatements({
  statements,
  taxonomy,
  ask,
  onFocus,
}: {
  statements: readonly Statement[];
  taxonomy: readonly Theme[];
  ask: Ask;
  onFocus: (key: string | null) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const label = (id: string) => taxonomy.find((t) => t.id === id)?.label ?? id;
  const [speakers] = useState(() => speakersOf(statements));
  return (
    <section className="review-section" aria-labelledby="review-statements-heading">
      <h3 id="review-statements-heading">Statements ({statements.length})</h3>
      {statements.length === 0 ? <p>The extractor found no statement in this release.</p> : null}
      <ol className="review-statements">
        {statements.map((s, i) => (
          <li
            key={s.id}
            className="review-statement"
            onMouseEnter={() => onFocus(`statement:${s.id}`)}
            onMouseLeave={() => onFocus(null)}
            onFocus={() => onFocus(`statement:${s.id}`)}
          >
            <p className="review-statement__who">
              <strong>{speakerLine(s)}</strong> <span className="review-statement__verb">{s.verb.text}</span>{' '}
              <span className="review-statement__type">({s.speechType === 'quoted' ? 'quoted' : 'reported speech'})</span>
            </p>
            <p className="review-statement__text">{s.text}</p>
            {editing === s.id ? (
              <ThemeEditor
                name={`statement ${i + 1}`}
                themes={s.themes}
                taxonomy={taxonomy}
                onCancel={() => setEditing(null)}
                onCorrect={(ids) => {
                  setEditing(null);
                  ask(`themes of statement ${i + 1} → ${ids.map(label).join(', ') || 'none'}`, [setThemes({ kind: 'statement', statement: s }, ids, taxonomy)]);
                }}
              />
            ) : (
              <p className="review-statement__themes">
                Themes: {[...new Set(s.themes.map((t) => label(t.themeId)))].join(', ') || 'none'}
              </p>
            )}
            <div className="review-statement__actions">
              <SpeakerChoice key={s.speaker?.id ?? 'none'} statement={s} index={i} speakers={speakers} ask={ask} />
              <button type="button" onClick={() => setEditing(s.id)} aria-label={`Change themes of statement ${i + 1}`}>
                Change themes
              </button>
              <button type="button" onClick={() => ask(`drop statement ${i + 1} (“${s.text.slice(0, 60)}${s.text.length > 60 ? '…' : ''}”)`, [dropStatement(s)])} aria-label={`Drop statement ${i + 1}`}>
                Drop statement
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
