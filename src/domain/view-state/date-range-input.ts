import { isCalendarDate, type IsoDate } from '../corpus/corpus-schema.ts';

/**
 * What a date field holds while someone types in it. Browsers report a date
 * input's value only once every part is filled, but a year typed digit by
 * digit passes through "0002", "0020", "0202": those are still being typed.
 */
export type DateFieldValue = { kind: 'empty' } | { kind: 'date'; date: IsoDate } | { kind: 'incomplete' };

export function readDateField(value: string): DateFieldValue {
  const trimmed = value.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (!isCalendarDate(trimmed) || trimmed < '1000-01-01') return { kind: 'incomplete' };
  return { kind: 'date', date: trimmed };
}

export type DateRangeCheck =
  | { ok: true; from: IsoDate | null; to: IsoDate | null }
  | { ok: false; error: string | null };

/**
 * Whether two date fields make a range to apply. Incomplete input is not an
 * error (the person is still typing) but is not applied either; a start
 * after the end is an error the fields show.
 */
export function checkDateRange(fromValue: string, toValue: string): DateRangeCheck {
  const from = readDateField(fromValue);
  const to = readDateField(toValue);
  if (from.kind === 'incomplete' || to.kind === 'incomplete') return { ok: false, error: null };
  const fromDate = from.kind === 'date' ? from.date : null;
  const toDate = to.kind === 'date' ? to.date : null;
  if (fromDate !== null && toDate !== null && fromDate > toDate) {
    return { ok: false, error: 'The start date is after the end date.' };
  }
  return { ok: true, from: fromDate, to: toDate };
}
