import { describe, expect, it } from 'vitest';
import { buildCorpus, checkCorpus, serializeCorpus } from '../../../../src/domain/extract/build-corpus.ts';
import { applyCorrections, CorrectionsSchema, type Correction } from '../../../../src/domain/extract/corrections.ts';
import { extractFixture, projectTables } from './helpers.ts';

const extracted = extractFixture('fx-joint-statement');
const { corpus } = buildCorpus([extracted], projectTables().taxonomy);
const noted = corpus.statements.find((s) => s.verb.text === 'noted')!;

function correction(overrides: Partial<Correction>): Correction {
  return { record: 'statement', id: noted.id, field: 'speechType', value: 'quoted', reason: 'test', ...overrides };
}

describe('applyCorrections', () => {
  it('applies a correction and logs what it replaced', () => {
    const result = applyCorrections(corpus, [correction({ field: 'themes', value: [], reason: 'not about youth' })]);
    expect(result.outcomes).toEqual([{ index: 0, status: 'applied' }]);
    expect(result.corpus.statements.find((s) => s.id === noted.id)!.themes).toEqual([]);
    expect(result.applied).toEqual([
      { recordType: 'statement', recordId: noted.id, field: 'themes', previous: noted.themes, reason: 'not about youth' },
    ]);
  });

  it('does not mutate its input', () => {
    const before = serializeCorpus(corpus);
    applyCorrections(corpus, [correction({ field: 'themes', value: [] })]);
    expect(serializeCorpus(corpus)).toBe(before);
  });

  it('sets a nested field and an event field', () => {
    const event = corpus.events[0]!;
    const result = applyCorrections(corpus, [
      correction({ record: 'event', id: event.id, field: 'participantCount.value.qualifier', value: 'over', was: 'about' }),
      correction({ record: 'event', id: event.id, field: 'location.value.place', value: 'Tashkent city', was: 'Tashkent' }),
    ]);
    expect(result.outcomes.map((o) => o.status)).toEqual(['applied', 'applied']);
    expect(result.corpus.events[0]!.participantCount?.value.qualifier).toBe('over');
    expect(result.corpus.events[0]!.location?.value).toEqual({ kind: 'place', place: 'Tashkent city', country: 'UZB' });
  });

  it.each([
    [correction({ id: 'fx-joint-statement:1-2' }), /no statement "fx-joint-statement:1-2" any more/],
    [correction({ field: 'speaker.name', value: 'X' }), /has no field "speaker.name"/],
    [correction({ field: 'speechType', value: 'reported' }), /already has this value/],
    [correction({ field: 'speechType', was: 'quoted' }), /was extracted as "reported", not "quoted"/],
  ])('reports a correction that no longer matches: %#', (stale, message) => {
    const result = applyCorrections(corpus, [stale]);
    expect(result.outcomes).toEqual([{ index: 0, status: 'stale', message: expect.stringMatching(message) as unknown }]);
    expect(result.applied).toEqual([]);
    expect(serializeCorpus(result.corpus)).toBe(serializeCorpus(corpus));
  });

  it.each([
    [correction({ field: 'span', value: [0, 1] }), /identifies the record/],
    [correction({ field: 'text', value: 'x' }), /identifies the record/],
    [correction({ field: 'speechType', value: 'shouted' }), /makes the statement invalid at "speechType"/],
  ])('refuses a correction that would break the record: %#', (bad, message) => {
    const result = applyCorrections(corpus, [bad]);
    expect(result.outcomes).toEqual([{ index: 0, status: 'invalid', message: expect.stringMatching(message) as unknown }]);
    expect(serializeCorpus(result.corpus)).toBe(serializeCorpus(corpus));
  });

  it.each([
    [[{ record: 'statement', id: 'a', field: 'x', reason: 'r' }], /value/],
    [[{ record: 'statement', id: 'a', field: 'x', value: 1 }], /reason/],
    [[{ record: 'speaker', id: 'a', field: 'x', value: 1, reason: 'r' }], /record/],
    [[{ record: 'statement', id: 'a', field: 'speaker name', value: 1, reason: 'r' }], /dot path/],
  ])('validates the corrections file: %#', (data, message) => {
    const result = CorrectionsSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });
});

describe('checkCorpus', () => {
  it('accepts the built corpus', () => {
    expect(checkCorpus(corpus)).toEqual([]);
  });

  it.each([
    ['a span outside its document', (c: typeof corpus) => { c.statements[0]!.verb.span = [0, 99999]; }, /lies outside its document/],
    ['text that is not its slice', (c: typeof corpus) => { c.statements[0]!.text = 'something else'; }, /text is not the slice of its span/],
    ['a duplicate id', (c: typeof corpus) => { c.statements[1]!.id = c.statements[0]!.id; }, /used by more than one record/],
    ['an unknown event', (c: typeof corpus) => { c.statements[0]!.eventId = 'nowhere'; }, /event "nowhere" does not exist/],
    ['an unknown theme', (c: typeof corpus) => { c.statements[0]!.themes = [{ themeId: 'weather', cue: 'x', span: [0, 1] }]; }, /"weather" is not in the taxonomy/],
    ['a schema violation', (c: typeof corpus) => { c.events[0]!.startDate.value = '2021-02-30'; }, /startDate\.value/],
  ])('finds %s', (_name, breakIt, message) => {
    const broken = structuredClone(corpus);
    breakIt(broken);
    expect(checkCorpus(broken).join('\n')).toMatch(message);
  });
});

describe('applyCorrections: dropped and added statements', () => {
  const drop = (id: string): Correction => ({ record: 'statement', id, field: 'removed', value: true, was: false, reason: 'Not a statement.' });
  const [first, second] = corpus.statements;

  it('drops a statement, keeps the others in order, and calls a drop of a missing one stale', () => {
    const result = applyCorrections(corpus, [drop(first!.id), drop('nowhere:1-2')]);
    expect(result.corpus.statements.map((s) => s.id)).toEqual(corpus.statements.slice(1).map((s) => s.id));
    expect(result.applied).toEqual([{ recordType: 'statement', recordId: first!.id, field: 'removed', previous: false, reason: 'Not a statement.' }]);
    expect(result.outcomes[1]).toMatchObject({ status: 'stale', message: expect.stringContaining('no statement "nowhere:1-2" to drop') as unknown });
  });

  it('puts an added statement back in its place by span, and refuses it once the extractor finds it', () => {
    const without = applyCorrections(corpus, [drop(second!.id)]).corpus;
    const add: Correction = { record: 'statement', id: second!.id, field: 'added', value: second, reason: 'The extractor missed it.' };
    const result = applyCorrections(without, [add]);
    expect(result.outcomes).toEqual([{ index: 0, status: 'applied' }]);
    expect(result.corpus.statements.map((s) => s.id)).toEqual(corpus.statements.map((s) => s.id));
    expect(result.applied).toEqual([{ recordType: 'statement', recordId: second!.id, field: 'added', previous: null, reason: 'The extractor missed it.' }]);
    expect(applyCorrections(corpus, [add]).outcomes[0]).toMatchObject({ status: 'stale', message: expect.stringContaining('is extracted now') as unknown });
  });

  it.each([
    ['not a statement', { text: 42 }, 'invalid', /not a whole statement/],
    ['an id its span does not give', { id: `${extracted.document.id}:0-1` }, 'invalid', /id/],
    ['words that are not its span', { text: 'Something else entirely.' }, 'stale', /no longer matches its document/],
    ['an event of another document', { eventId: 'elsewhere:event' }, 'stale', /no event/],
  ])('refuses an added statement with %s', (_label, change, status, message) => {
    const without = applyCorrections(corpus, [drop(second!.id)]).corpus;
    const value = { ...second!, ...change };
    const id = 'id' in change ? String(change.id) : second!.id;
    const result = applyCorrections(without, [{ record: 'statement', id, field: 'added', value, reason: 'Missed.' }]);
    expect(result.outcomes[0]).toMatchObject({ status, message: expect.stringMatching(message) as unknown });
    expect(result.corpus.statements).toHaveLength(without.statements.length);
  });

  it('are honoured by buildCorpus, which ingest runs', () => {
    const built = buildCorpus([extracted], projectTables().taxonomy, [drop(first!.id)]);
    expect(built.corpus.statements.map((s) => s.id)).not.toContain(first!.id);
    expect(built.corpus.corrections).toEqual([{ recordType: 'statement', recordId: first!.id, field: 'removed', previous: false, reason: 'Not a statement.' }]);
  });
});
