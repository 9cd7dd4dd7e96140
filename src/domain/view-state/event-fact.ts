import { URL_ID_PATTERN } from '../corpus/linkable-ids.ts';

/**
 * A fact of an event the source reader opens on (`fact=EVENT:KEY`), such as
 * its date: the key names one of the event's facts as
 * domain/source-reader/provenance.ts lists them ("date", "location",
 * "organisers", "countries", …). The key follows the last colon; an event id
 * may hold colons itself.
 */
export type EventFactRef = { event: string; key: EventFactKey };

export const EVENT_FACT_KEYS = ['title', 'date', 'location', 'format', 'organisers', 'count', 'countries'] as const;
export type EventFactKey = (typeof EVENT_FACT_KEYS)[number];

export function parseFactParam(raw: string): EventFactRef | null {
  const at = raw.lastIndexOf(':');
  if (at <= 0) return null;
  const event = raw.slice(0, at);
  const key = EVENT_FACT_KEYS.find((candidate) => candidate === raw.slice(at + 1));
  if (key === undefined || !URL_ID_PATTERN.test(event)) return null;
  return { event, key };
}

export function serializeFactParam(fact: EventFactRef): string {
  return `${fact.event}:${fact.key}`;
}

/** Whether a fact of provenance.ts's list ("organisers-1") belongs to `key`. */
export function isFactOf(factKey: string, key: EventFactKey): boolean {
  return factKey === key || (factKey.startsWith(`${key}-`) && /^\d+$/.test(factKey.slice(key.length + 1)));
}
