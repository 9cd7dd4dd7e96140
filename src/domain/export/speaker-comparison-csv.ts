import type { ExportContext } from './metadata.ts';
import { rowsToCsv } from './csv.ts';
import type { SpeakerComparisonModel } from '../speakers/speaker-comparison-model.ts';
import { isSynthetic, SYNTHETIC_NOTICE } from '../synthetic/synthetic-label.ts';

type Cell = { target: SpeakerComparisonModel['columns'][number]; themeId: string; theme: string; count: number; share: number };

/** The numbers the comparison draws: one row per compared speaker or role and theme. */
export function speakerComparisonToCsv(model: SpeakerComparisonModel, context: Pick<ExportContext, 'corpus' | 'corpusVersion'>): string {
  const cells: Cell[] = [];
  for (const column of model.columns) {
    column.bars.forEach((bar, r) => cells.push({ target: column, themeId: bar.themeId, theme: model.themes[r]!.label, count: bar.count, share: bar.share }));
  }
  const synthetic = isSynthetic(context.corpus) ? SYNTHETIC_NOTICE : 'no';
  return rowsToCsv<Cell>(
    [
      { header: 'compared', value: (c) => c.target.target.key },
      { header: 'kind', value: (c) => c.target.target.kind },
      { header: 'name', value: (c) => c.target.target.label },
      { header: 'speaker_ids', value: (c) => c.target.target.speakerIds.join('; ') },
      { header: 'statements', value: (c) => c.target.statements },
      { header: 'theme_id', value: (c) => c.themeId },
      { header: 'theme', value: (c) => c.theme },
      { header: 'theme_statements', value: (c) => c.count },
      { header: 'share_percent', value: (c) => c.share.toFixed(1) },
      { header: 'corpus_version', value: () => context.corpusVersion },
      { header: 'synthetic', value: () => synthetic },
    ],
    cells,
  );
}
