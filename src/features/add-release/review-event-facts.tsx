import { useId, useState, type ReactNode } from 'react';
import { countryName } from '../../domain/corpus/countries.ts';
import type { CountryCode, ForumEvent } from '../../domain/corpus/corpus-schema.ts';
import { readCountAsStated, setLocation, setOrganisers, setParticipantCount } from '../../domain/working-corpus/review-changes.ts';
import { Inferred, type Ask } from './review-event.tsx';

/** A fact shown as read, with a "Change" button that opens its editor in place. */
function EditableFact({ term, shown, fact, editor }: { term: string; shown: ReactNode; fact?: { inferred: boolean; reason?: string | undefined } | undefined; editor: (close: () => void) => ReactNode }) {
  const [editing, setEditing] = useState(false);
  return (
    <div className="review-fact">
      <dt>{term}</dt>
      <dd>
        {shown} <Inferred fact={fact} />{' '}
        {editing ? (
          editor(() => setEditing(false))
        ) : (
          <button type="button" onClick={() => setEditing(true)}>
            Change {term.toLowerCase()}
          </button>
        )}
      </dd>
    </div>
  );
}

function describeLocation(location: NonNullable<ForumEvent['location']>['value'] | undefined): string {
  if (!location) return 'not stated';
  return location.kind === 'online' ? 'online' : `${location.place}${location.country ? `, ${countryName(location.country)}` : ''}`;
}

export function LocationFact({ event, countries, ask }: { event: ForumEvent; countries: readonly CountryCode[]; ask: Ask }) {
  const id = useId();
  const current = event.location?.value;
  const [online, setOnline] = useState(current?.kind === 'online');
  const [place, setPlace] = useState(current?.kind === 'place' ? current.place : '');
  const [country, setCountry] = useState<string>(current?.kind === 'place' ? (current.country ?? '') : '');
  const [error, setError] = useState(false);
  const choices = [...new Set([...(country ? [country as CountryCode] : []), ...countries])];
  return (
    <EditableFact
      term="Location"
      shown={describeLocation(current)}
      fact={event.location}
      editor={(close) => (
        <span className="review-inline-edit">
          <label>
            <input type="checkbox" checked={online} onChange={(e) => setOnline(e.currentTarget.checked)} /> Online
          </label>
          {online ? null : (
            <>
              <label htmlFor={`${id}-place`}>Place</label>
              <input
                id={`${id}-place`}
                value={place}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(e) => {
                  setPlace(e.currentTarget.value);
                  setError(false);
                }}
              />
              <label htmlFor={`${id}-country`}>Country</label>
              <select id={`${id}-country`} value={country} onChange={(e) => setCountry(e.currentTarget.value)}>
                <option value="">(none given)</option>
                {choices.map((code) => (
                  <option key={code} value={code}>
                    {countryName(code)}
                  </option>
                ))}
              </select>
            </>
          )}
          <button
            type="button"
            onClick={() => {
              if (!online && place.trim() === '') {
                setError(true);
                return;
              }
              const location = online ? ({ kind: 'online' } as const) : { kind: 'place' as const, place: place.trim(), country: (country || null) as CountryCode | null };
              close();
              ask(`location ${describeLocation(current)} → ${describeLocation(location)}`, [setLocation(event, location)]);
            }}
          >
            Correct location
          </button>
          <button type="button" onClick={close}>
            Cancel
          </button>
          {error ? (
            <span className="release-form__error" id={`${id}-error`}>
              Name the place, or tick Online.
            </span>
          ) : null}
        </span>
      )}
    />
  );
}

export function OrganisersFact({ event, ask }: { event: ForumEvent; ask: Ask }) {
  const id = useId();
  const shown = event.organisers.map((o) => o.value).join('; ');
  const [text, setText] = useState(shown);
  return (
    <EditableFact
      term="Organisers"
      shown={shown || 'none found'}
      editor={(close) => (
        <span className="review-inline-edit">
          <label htmlFor={`${id}-organisers`}>Organisers, separated by “;”</label>
          <input id={`${id}-organisers`} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          <button
            type="button"
            onClick={() => {
              const names = text.split(';');
              close();
              ask(`organisers → ${names.map((n) => n.trim()).filter(Boolean).join('; ') || 'none'}`, [setOrganisers(event, names)]);
            }}
          >
            Correct organisers
          </button>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </span>
      )}
    />
  );
}

export function CountFact({ event, ask }: { event: ForumEvent; ask: Ask }) {
  const id = useId();
  const current = event.participantCount?.value;
  const [text, setText] = useState(current?.asStated ?? '');
  const [error, setError] = useState(false);
  return (
    <EditableFact
      term="Participants"
      shown={current ? `${current.asStated} (${current.count})` : 'no count stated'}
      fact={event.participantCount}
      editor={(close) => (
        <span className="review-inline-edit">
          <label htmlFor={`${id}-count`}>Count as stated</label>
          <input
            id={`${id}-count`}
            value={text}
            placeholder="over 40"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setError(false);
            }}
          />
          <button
            type="button"
            onClick={() => {
              const count = readCountAsStated(text);
              if (!count) {
                setError(true);
                return;
              }
              close();
              ask(`participants ${current?.asStated ?? 'not stated'} → ${count.asStated}`, [setParticipantCount(event, count)]);
            }}
          >
            Correct count
          </button>
          <button type="button" onClick={close}>
            Cancel
          </button>
          {error ? (
            <span className="release-form__error" id={`${id}-error`}>
              Type a number, as in “35”, “over 40” or “about 1,200”.
            </span>
          ) : null}
        </span>
      )}
    />
  );
}
