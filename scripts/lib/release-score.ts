import type { ExtractedDocument } from '../../src/domain/extract/extract-document.ts';
import type { Expected, ExpectedStatement } from '../../tests/fixtures/releases/cases.ts';

/**
 * Reads an extraction as the facts a release case states, and counts how
 * far the two agree: per fact, true positives, false positives and false
 * negatives, so precision and recall can be given per construction.
 */

export type FactName = keyof Expected;
export type Tally = { tp: number; fp: number; fn: number; right: number; total: number };

export function factsOf(extracted: ExtractedDocument): Required<Expected> {
  const { event, statements, warnings } = extracted;
  const location = event.location?.value;
  const persons = new Map<string, number>();
  for (const s of statements) if (s.speaker?.name) persons.set(s.speaker.name, (persons.get(s.speaker.name) ?? 0) + 1);
  let mainSpeaker: string | null = null;
  for (const [name, count] of persons) if (mainSpeaker === null || count > persons.get(mainSpeaker)!) mainSpeaker = name;
  const placeholder = event.title.span[0] === event.title.span[1];
  return {
    title: placeholder ? null : event.title.value,
    startDate: event.startDate.value,
    endDate: event.endDate?.value ?? null,
    dateInferred: event.startDate.inferred,
    format: event.format?.value ?? null,
    formatInferred: event.format?.inferred ?? false,
    location: location === undefined ? null : location.kind === 'online' ? 'online' : { place: location.place, country: location.country },
    organisers: event.organisers.map((o) => o.value),
    count: event.participantCount ? { count: event.participantCount.value.count, qualifier: event.participantCount.value.qualifier } : null,
    countries: event.participatingCountries.map((c) => c.value),
    organisations: event.participatingOrganisations.map((o) => o.value),
    mainSpeaker,
    statements: statements.map((s): ExpectedStatement => [s.speaker?.name ?? null, s.verb.lemma, s.text]),
    warnings: warnings.map((w) => w.message),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function statementMatches(expected: ExpectedStatement, found: ExpectedStatement): boolean {
  return expected[0] === found[0] && expected[1] === found[1] && found[2].startsWith(expected[2]);
}

/** How the extraction's value of one fact compares with the expected one. */
export function scoreFact(name: FactName, expected: Expected, found: Required<Expected>): Tally {
  const tally: Tally = { tp: 0, fp: 0, fn: 0, right: 0, total: 1 };
  const want = expected[name];
  const got = found[name];
  if (name === 'statements' || name === 'warnings' || name === 'countries' || name === 'organisers' || name === 'organisations') {
    const wanted = (want ?? []) as unknown[];
    const pool = [...(got as unknown[])];
    const match = (w: unknown, g: unknown) =>
      name === 'statements' ? statementMatches(w as ExpectedStatement, g as ExpectedStatement)
        : name === 'warnings' ? (g as string).includes(w as string) : w === g;
    for (const w of wanted) {
      const at = pool.findIndex((g) => match(w, g));
      if (at === -1) tally.fn += 1;
      else {
        tally.tp += 1;
        pool.splice(at, 1);
      }
    }
    // Warnings are checked for presence only: others may be there.
    if (name !== 'warnings') tally.fp += pool.length;
    tally.right = tally.fn === 0 && tally.fp === 0 ? 1 : 0;
    return tally;
  }
  if (same(want, got)) {
    if (want !== null) tally.tp = 1;
    tally.right = 1;
  } else {
    if (want !== null) tally.fn = 1;
    if (got !== null) tally.fp = 1;
  }
  return tally;
}

export function addTally(into: Tally, more: Tally): void {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
  into.right += more.right;
  into.total += more.total;
}

export function emptyTally(): Tally {
  return { tp: 0, fp: 0, fn: 0, right: 0, total: 0 };
}

export function ratio(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((100 * part) / whole)} %`;
}
