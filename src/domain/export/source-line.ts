import type { Corpus, CorpusDocument, IsoDate } from '../corpus/corpus-schema.ts';
import { formatCalendarDate } from '../format/format-date.ts';
import { SYNTHETIC_NOTICE } from '../synthetic/synthetic-label.ts';

/**
 * The line under every exported figure that lets a reader trace it: who
 * published the documents behind it, where they are, which corpus file it
 * was drawn from and when. From a synthetic corpus it opens with the
 * synthetic-data notice, where no crop of the figure can lose it.
 */
export type SourceLineInput = {
  documents: readonly Pick<CorpusDocument, 'publisher' | 'sourceUrl'>[];
  corpusVersion: string;
  generatedOn: IsoDate;
  synthetic: boolean;
  /** How many document URLs to list before "and N more". */
  maxUrls?: number;
};

const DEFAULT_MAX_URLS = 3;

/** The documents behind some statements, each once, in corpus order. */
export function documentsBehind(corpus: Corpus, statementIndices: ArrayLike<number>): CorpusDocument[] {
  const ids = new Set<string>();
  for (let i = 0; i < statementIndices.length; i += 1) {
    const statement = corpus.statements[statementIndices[i]!];
    if (statement) ids.add(statement.documentId);
  }
  return corpus.documents.filter((document) => ids.has(document.id));
}

export function describeSourceLine(input: SourceLineInput): string {
  const maxUrls = input.maxUrls ?? DEFAULT_MAX_URLS;
  const parts: string[] = [];
  if (input.synthetic) parts.push(`${SYNTHETIC_NOTICE}.`);
  const publishers = [...new Set(input.documents.map((document) => document.publisher))];
  const urls = [...new Set(input.documents.map((document) => document.sourceUrl))];
  if (publishers.length === 0) parts.push('Source: no matching documents.');
  else {
    parts.push(`${publishers.length === 1 ? 'Source' : 'Sources'}: ${publishers.join(', ')}.`);
    const shown = urls.slice(0, maxUrls).join(', ');
    const more = urls.length - maxUrls;
    parts.push(more > 0 ? `${shown} and ${more} more ${more === 1 ? 'release' : 'releases'}.` : `${shown}.`);
  }
  // The version is a hash: it is always named as the corpus version, never printed bare.
  parts.push(`Forum Atlas corpus version ${input.corpusVersion}, generated ${formatCalendarDate(input.generatedOn)}.`);
  return parts.join(' ');
}
