import type { Dashboard } from './dashboard-context.tsx';
import { buildCompareDirectory, resolveCompareTargets, type CompareDirectory } from '../domain/speakers/compare-targets.ts';
import { buildSpeakerComparisonModel, type SpeakerComparisonModel } from '../domain/speakers/speaker-comparison-model.ts';

const directories = new WeakMap<Dashboard['corpus'], CompareDirectory>();

/** Who can be compared, when it was worked out from elsewhere (the first views, before the statements are in). */
export function rememberCompareDirectory(corpus: Dashboard['corpus'], directory: CompareDirectory): void {
  directories.set(corpus, directory);
}

/** Who can be compared in this corpus, worked out once per corpus. */
export function compareDirectoryOf(corpus: Dashboard['corpus']): CompareDirectory {
  let directory = directories.get(corpus);
  if (!directory) {
    directory = buildCompareDirectory(corpus);
    directories.set(corpus, directory);
  }
  return directory;
}

export type ComparisonSource = Pick<Dashboard, 'corpus' | 'speakerComparison' | 'state' | 'labels'>;

/** The comparison the panel draws and the exporter writes, from one snapshot of the dashboard. */
export function computeSpeakerComparison(source: ComparisonSource): SpeakerComparisonModel {
  const { corpus, speakerComparison, state, labels } = source;
  const { targets } = resolveCompareTargets(state.compare, compareDirectoryOf(corpus));
  const counts = speakerComparison.compareSpeakers({ filters: state.filters, groups: targets.map((target) => target.speakerIds) });
  return buildSpeakerComparisonModel({
    targets,
    counts,
    themeOrder: corpus.taxonomy.map((theme) => theme.id),
    themeLabel: labels.theme,
    selectedSpeakers: state.filters.speakers,
    selectedThemes: state.filters.themes,
  });
}
