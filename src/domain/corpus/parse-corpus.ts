import type { Corpus } from './corpus-schema.ts';
import { openCorpus } from './open-corpus.ts';

// Callers that only show a loading error import the error type from here.
export { CorpusError, formatJsonPath, type CorpusErrorKind, type CorpusProblem } from './corpus-problems.ts';

/**
 * Parses corpus JSON text, all or nothing: any problem, in the schema or in
 * consistency, throws a CorpusError that names the source, the kind of
 * failure and each problem's JSON path and record id — never a bare stack
 * trace. `openCorpus` is the tolerant reader that leaves bad records out.
 */
export function parseCorpusText(text: string, source: string): Corpus {
  return openCorpus(text, source, { mode: 'strict' }).corpus;
}
