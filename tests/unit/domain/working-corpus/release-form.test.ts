import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkReleaseForm, englishShare, EMPTY_RELEASE_FORM, MAX_TEXT_CHARACTERS, normaliseReleaseText, type ReleaseForm } from '../../../../src/domain/working-corpus/release-form.ts';

const TEXT = readFileSync('tests/fixtures/add-release/youth-round-table.txt', 'utf8');
const GOOD: ReleaseForm = {
  ...EMPTY_RELEASE_FORM,
  text: TEXT,
  url: 'https://example.org/news/2024/03/round-table',
  publisher: 'SCO Secretariat',
  publishedOn: '15 March 2024',
};
const FRENCH =
  'Le 14 mars 2024, le Secrétariat a accueilli une table ronde sur la jeunesse et la sécurité numérique. Plus de quarante participants venus de quatre pays y ont pris part, dans une ambiance de travail très constructive pour tous.';

describe('checkReleaseForm', () => {
  it('accepts a sound form and gives the provenance and text', () => {
    const check = checkReleaseForm({ ...GOOD, title: '  Round  table ' });
    expect(check).toEqual({
      ok: true,
      value: { text: TEXT.trim(), url: GOOD.url, publisher: 'SCO Secretariat', publishedOn: '2024-03-15', language: 'en', title: 'Round table' },
    });
  });

  it.each<[string, Partial<ReleaseForm>, keyof ReleaseForm, RegExp]>([
    ['empty text', { text: '   \n ' }, 'text', /Paste the text/],
    ['too large', { text: `${TEXT} `.repeat(Math.ceil(MAX_TEXT_CHARACTERS / TEXT.length) + 1) }, 'text', /at most 200,000/],
    ['too short', { text: 'Met on 3 May 2024.' }, 'text', /only 3 words/],
    ['not English', { text: FRENCH }, 'text', /does not read as English/],
    ['no date anywhere', { text: TEXT.replace('On 14 March 2024, the', 'The') }, 'text', /No date in the text/],
    ['no URL', { url: '' }, 'url', /Give the address/],
    ['malformed URL', { url: 'example.org/news' }, 'url', /is not a web address/],
    ['ftp URL', { url: 'ftp://example.org/a' }, 'url', /https:\/\//],
    ['host without a dot', { url: 'https://intranet/a' }, 'url', /not a web site/],
    ['no publisher', { publisher: '  ' }, 'publisher', /who published/],
    ['no date', { publishedOn: '' }, 'publishedOn', /Give the date/],
    ['not a date', { publishedOn: 'soon' }, 'publishedOn', /is not a date/],
    ['a month only', { publishedOn: 'March 2024' }, 'publishedOn', /Give the day too/],
    ['a year only', { publishedOn: '2024' }, 'publishedOn', /Give the day too/],
    ['no year', { publishedOn: '15 March' }, 'publishedOn', /Give the year/],
    ['another language', { language: 'fr' }, 'language', /English releases only/],
    ['not a tag', { language: 'English' }, 'language', /not a language tag/],
    ['title too long', { title: 'x'.repeat(301) }, 'title', /at most 300/],
  ])('%s: names the field at fault', (_name, change, field, message) => {
    const check = checkReleaseForm({ ...GOOD, ...change });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.errors)).toEqual([field]);
    expect(check.errors[field]).toMatch(message);
  });

  it('reads day-first dates as the date fields do', () => {
    for (const text of ['15/03/2024', '15.03.2024', '2024-03-15', '15 Mar 2024']) {
      const check = checkReleaseForm({ ...GOOD, publishedOn: text });
      expect(check.ok && check.value.publishedOn).toBe('2024-03-15');
    }
  });

  it('lists every problem at once', () => {
    const check = checkReleaseForm(EMPTY_RELEASE_FORM);
    expect(check.ok ? [] : Object.keys(check.errors).sort()).toEqual(['publishedOn', 'publisher', 'text', 'url']);
  });
});

describe('englishShare and normaliseReleaseText', () => {
  it('tells English from French', () => {
    expect(englishShare(TEXT).share).toBeGreaterThan(0.25);
    expect(englishShare(FRENCH).share).toBeLessThan(0.1);
  });
  it('makes line breaks \\n and trims line ends and blank edges', () => {
    expect(normaliseReleaseText('\r\n\nOne. \r\nTwo.\t\rThree.\n\n')).toBe('One.\nTwo.\nThree.');
  });
});
