import type { IsoDate } from '../corpus/corpus-schema.ts';
import { findDates } from '../extract/dates.ts';
import { readDateField } from '../view-state/date-range-input.ts';

/**
 * The "Add a press release" form, checked before anything is extracted. Each
 * problem is named on the field at fault, in words an analyst can act on.
 * Pure: the page shows what this returns, and the tests are tables.
 */
export type ReleaseFormField = 'text' | 'url' | 'publisher' | 'publishedOn' | 'language' | 'title';

export type ReleaseForm = Record<ReleaseFormField, string>;

export const EMPTY_RELEASE_FORM: ReleaseForm = { text: '', url: '', publisher: '', publishedOn: '', language: 'en', title: '' };

/** What the form gives once it is sound: what a provenance record holds, and the text. */
export type ReleaseInput = {
  text: string;
  url: string;
  publisher: string;
  publishedOn: IsoDate;
  language: string;
  title?: string;
};

export type ReleaseFormErrors = Partial<Record<ReleaseFormField, string>>;

export type ReleaseFormCheck = { ok: true; value: ReleaseInput } | { ok: false; errors: ReleaseFormErrors };

/** A release is a page or two; a whole report pasted by mistake is refused. */
export const MAX_TEXT_CHARACTERS = 200_000;
export const MAX_TITLE_CHARACTERS = 300;
/** Fewer words than this give the English check too little to read. */
const MIN_WORDS = 12;

// The commonest English function words; a release in English has many of them.
const STOPWORDS = new Set(
  'the of and to in a is that for on with as by at from was were be are it this its his her their has have had which an or not will said also'.split(' '),
);

/** Share of the first 400 words that are common English function words (0…1), and how many words were read. */
export function englishShare(text: string): { share: number; words: number } {
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, 400);
  if (words.length === 0) return { share: 0, words: 0 };
  return { share: words.filter((w) => STOPWORDS.has(w)).length / words.length, words: words.length };
}

/** Below this share a text does not read as English (English prose runs at 0.3–0.5; French or German under 0.1). */
export const ENGLISH_SHARE = 0.15;

/** Text as a release keeps it: line breaks made "\n", no trailing spaces on lines, no blank lines at either end. */
export function normaliseReleaseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/u, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

function checkText(text: string): string | undefined {
  if (text.trim() === '') return 'Paste the text of the release, or drop or pick a .txt or .html file.';
  if (text.length > MAX_TEXT_CHARACTERS) {
    return `The text is ${text.length.toLocaleString('en-GB')} characters long; a release can have at most ${MAX_TEXT_CHARACTERS.toLocaleString('en-GB')}. Paste one release at a time.`;
  }
  const { share, words } = englishShare(text);
  if (words < MIN_WORDS) return `The text has only ${words} word${words === 1 ? '' : 's'}; paste the whole release.`;
  if (share < ENGLISH_SHARE) {
    return `This text does not read as English (${Math.round(share * 100)} % common English words, English has 30 % or more); the extractor reads English releases only.`;
  }
  if (findDates(text).length === 0) {
    return 'No date in the text (such as “17 August 2020” or “3–6 September 2021”): the event’s date must be in the release.';
  }
  return undefined;
}

function checkUrl(url: string): string | undefined {
  if (url === '') return 'Give the address where the release was published, starting with https://.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `“${url.slice(0, 80)}” is not a web address. Give the full address, such as https://example.org/news/2024/05/meeting.html.`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'The address must start with https:// or http://.';
  if (!parsed.hostname.includes('.')) return `“${parsed.hostname}” is not a web site’s name; give the full address.`;
  return undefined;
}

function checkDate(text: string): { date?: IsoDate; error?: string } {
  if (text.trim() === '') return { error: 'Give the date the release was published, such as 18 August 2020.' };
  const from = readDateField(text, 'from');
  if (from.kind === 'invalid') return { error: from.message };
  if (from.kind !== 'date') return { error: 'Give the date the release was published, such as 18 August 2020.' };
  const to = readDateField(text, 'to');
  // A month or a year is a period: its first and last days differ.
  if (to.kind !== 'date' || to.date !== from.date) return { error: 'Give the day too, as in 18 August 2020.' };
  return { date: from.date };
}

function checkLanguage(language: string): string | undefined {
  if (language === '') return 'Give the release’s language, such as en.';
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(language)) return `“${language.slice(0, 40)}” is not a language tag; English is en (or en-GB, en-US).`;
  if (language !== 'en' && !language.startsWith('en-')) return 'The extractor reads English releases only (en, en-GB, en-US…).';
  return undefined;
}

/** Checks every field at once, so all problems show together. */
export function checkReleaseForm(form: ReleaseForm): ReleaseFormCheck {
  const text = normaliseReleaseText(form.text);
  const url = form.url.trim();
  const publisher = form.publisher.trim().replace(/\s+/g, ' ');
  const language = form.language.trim();
  const title = form.title.trim().replace(/\s+/g, ' ');
  const errors: ReleaseFormErrors = {};
  const textError = checkText(text);
  if (textError) errors.text = textError;
  const urlError = checkUrl(url);
  if (urlError) errors.url = urlError;
  if (publisher === '') errors.publisher = 'Give who published the release, such as “SCO Secretariat”.';
  const date = checkDate(form.publishedOn);
  if (date.error) errors.publishedOn = date.error;
  const languageError = checkLanguage(language);
  if (languageError) errors.language = languageError;
  if (title.length > MAX_TITLE_CHARACTERS) errors.title = `The title is ${title.length} characters; give at most ${MAX_TITLE_CHARACTERS}, or leave it empty.`;
  if (Object.keys(errors).length > 0 || !date.date) return { ok: false, errors };
  return { ok: true, value: { text, url, publisher, publishedOn: date.date, language, ...(title ? { title } : {}) } };
}
