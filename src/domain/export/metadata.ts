import type { Corpus, IsoDate } from '../corpus/corpus-schema.ts';
import type { Filters } from '../view-state/filters.ts';
import type { Labels } from '../corpus/labels.ts';
import { describeFiltersInWords } from './filter-words.ts';
import { isSynthetic, SYNTHETIC_NOTICE } from '../synthetic/synthetic-label.ts';

/** Version of the shape of our exported files (metadata.json, JSON rows, CSV columns). */
export const EXPORT_FORMAT_VERSION = 1;

export type ExportContext = {
  corpus: Corpus;
  /** First 12 hex digits of the SHA-256 of the corpus file. */
  corpusVersion: string;
  corpusSource: string;
  filters: Filters;
  labels: Labels;
  /** When the export was made; passed in so that exports are reproducible in tests. */
  generatedAt: Date;
  /** The view's query string (without "?"), so the export can be reopened as a link. */
  viewQuery?: string;
};

export type ExportMetadata = {
  generator: 'Forum Atlas';
  exportFormatVersion: number;
  generatedAt: string;
  /** Present, and shouted, only for synthetic corpora. */
  notice: string | null;
  corpus: {
    version: string;
    schemaVersion: number;
    source: string;
    synthetic: boolean;
    syntheticNote: string | null;
  };
  filters: {
    description: string;
    values: Filters;
    viewQuery: string | null;
  };
  counts: Record<string, number>;
};

/**
 * The calendar date the user is living in when they export: the local date,
 * which is what "accessed" and "generated" mean to a reader.
 */
export function calendarDateOf(moment: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}


export function describeExportMetadata(context: ExportContext, counts: Record<string, number>): ExportMetadata {
  const { corpus } = context;
  return {
    generator: 'Forum Atlas',
    exportFormatVersion: EXPORT_FORMAT_VERSION,
    generatedAt: context.generatedAt.toISOString(),
    notice: isSynthetic(corpus) ? SYNTHETIC_NOTICE : null,
    corpus: {
      version: context.corpusVersion,
      schemaVersion: corpus.schemaVersion,
      source: context.corpusSource,
      synthetic: isSynthetic(corpus),
      syntheticNote: corpus.synthetic?.note ?? null,
    },
    filters: {
      description: describeFiltersInWords(context.filters, context.labels),
      values: context.filters,
      viewQuery: context.viewQuery ?? null,
    },
    counts,
  };
}
