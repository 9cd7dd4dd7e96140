import type { Span } from '../corpus/corpus-schema.ts';

/** Something an analyst should look at; the run goes on. */
export type ExtractWarning = { line: number; message: string };

/** A source the extractor cannot turn into a record; the run stops. */
export class ExtractionError extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(message);
    this.name = 'ExtractionError';
    this.line = line;
  }
}

export type Fact<T> = { value: T; span: Span; inferred: boolean; reason?: string };

export function fact<T>(value: T, span: [number, number], inferred: boolean, reason?: string): Fact<T> {
  const result: Fact<T> = { value, span, inferred };
  if (reason !== undefined) result.reason = reason;
  return result;
}

/** The provenance record that sits next to each source text. */
export type Provenance = {
  url: string;
  publisher: string;
  publishedOn: string;
  publishedOnNote?: string | undefined;
  language: string;
  title?: string | undefined;
  retrievedOn?: string | undefined;
};
