import type { IsoDate } from '../corpus/corpus-schema.ts';
import type { Labels } from '../corpus/labels.ts';
import type { CountryTally } from '../engine/contract.ts';
import { rowsToCsv, type CsvColumn } from './csv.ts';
import type { ExportContext } from './metadata.ts';
import { isSynthetic, SYNTHETIC_NOTICE } from '../synthetic/synthetic-label.ts';

/**
 * The numbers a chart draws, as CSV: exactly what is on the figure, one
 * row per mark, so an analyst can redraw or check it.
 */
export type BucketedThemeCounts = {
  buckets: readonly { label: string; start: IsoDate; end: IsoDate; items?: number }[];
  series: readonly { themeId: string; label: string; counts: readonly number[]; values?: readonly number[] }[];
  measure: string;
  /** With 'share', each row also carries the period's items and the share the figure draws. */
  scale?: 'count' | 'share';
};

export type Provenance = Pick<ExportContext, 'corpus' | 'corpusVersion'>;

export function provenanceColumns<Row>(context: Provenance): CsvColumn<Row>[] {
  const synthetic = isSynthetic(context.corpus) ? SYNTHETIC_NOTICE : 'no';
  return [
    { header: 'corpus_version', value: () => context.corpusVersion },
    { header: 'synthetic', value: () => synthetic },
  ];
}

type TimelineCell = {
  bucket: BucketedThemeCounts['buckets'][number];
  themeId: string;
  theme: string;
  count: number;
  share: number;
};

/**
 * Long format: one row per (bucket, theme), buckets in time order, themes in
 * stacking order (bottom up): exactly the marks of the figure drawn from the
 * same data, with the share it draws when it draws shares.
 */
export function timelineToCsv(data: BucketedThemeCounts, context: Provenance): string {
  const cells: TimelineCell[] = [];
  data.buckets.forEach((bucket, b) => {
    for (const series of data.series) {
      cells.push({ bucket, themeId: series.themeId, theme: series.label, count: series.counts[b] ?? 0, share: series.values?.[b] ?? 0 });
    }
  });
  const measure = data.measure.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  const shareColumns: CsvColumn<TimelineCell>[] =
    data.scale === 'share'
      ? [
          { header: `${measure}_in_period`, value: (c) => c.bucket.items ?? 0 },
          { header: 'share_percent', value: (c) => c.share.toFixed(1) },
        ]
      : [];
  return rowsToCsv<TimelineCell>(
    [
      { header: 'period', value: (c) => c.bucket.label },
      { header: 'period_start', value: (c) => c.bucket.start },
      { header: 'period_end', value: (c) => c.bucket.end },
      { header: 'theme_id', value: (c) => c.themeId },
      { header: 'theme', value: (c) => c.theme },
      { header: measure, value: (c) => c.count },
      ...shareColumns,
      ...provenanceColumns<TimelineCell>(context),
    ],
    cells,
  );
}

/** One row per country the map draws, in the map's ranking. */
export function countryTalliesToCsv(tallies: readonly CountryTally[], labels: Pick<Labels, 'country'>, context: Provenance): string {
  return rowsToCsv<CountryTally>(
    [
      { header: 'country_code', value: (t) => t.code },
      { header: 'country', value: (t) => labels.country(t.code) },
      { header: 'events_taken_part_in', value: (t) => t.events },
      { header: 'statements_at_those_events', value: (t) => t.statements },
      { header: 'statements_mentioning', value: (t) => t.mentions },
      ...provenanceColumns<CountryTally>(context),
    ],
    tallies,
  );
}
