import { CorpusSchema, type Corpus } from './corpus-schema.ts';

export type CorpusProblem = {
  /** JSON path of the offending value, e.g. "statements[3].span". */
  path: string;
  /** The id of the record the problem sits in, when it has one. */
  recordId?: string;
  message: string;
};

export type CorpusErrorKind = 'not-found' | 'not-json' | 'html' | 'invalid' | 'empty';

/** A corpus that cannot be shown, with what is wrong and where. */
export class CorpusError extends Error {
  readonly kind: CorpusErrorKind;
  readonly source: string;
  readonly problems: readonly CorpusProblem[];

  constructor(kind: CorpusErrorKind, source: string, message: string, problems: readonly CorpusProblem[] = []) {
    super(message);
    this.name = 'CorpusError';
    this.kind = kind;
    this.source = source;
    this.problems = problems;
  }
}

export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  let result = '';
  for (const key of path) {
    if (typeof key === 'number') result += `[${key}]`;
    else result += result === '' ? String(key) : `.${String(key)}`;
  }
  return result || '(root)';
}

function recordIdAt(data: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  if (path.length < 2 || typeof path[1] !== 'number') return undefined;
  const collection = (data as Record<string, unknown> | null)?.[String(path[0])];
  const record = Array.isArray(collection) ? (collection[path[1]] as { id?: unknown } | undefined) : undefined;
  return typeof record?.id === 'string' ? record.id : undefined;
}

/**
 * Parses corpus JSON text. Throws a CorpusError that names the source, the
 * kind of failure and, for schema failures, each problem's JSON path and
 * record id — never a bare stack trace.
 */
export function parseCorpusText(text: string, source: string): Corpus {
  const trimmed = text.trimStart();
  if (trimmed === '') throw new CorpusError('empty', source, `${source} is empty.`);
  if (trimmed.startsWith('<')) {
    throw new CorpusError('html', source, `${source} is an HTML page, not a corpus JSON file.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CorpusError('not-json', source, `${source} is not valid JSON (${detail}).`);
  }
  const result = CorpusSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const problem: CorpusProblem = { path: formatJsonPath(issue.path), message: issue.message };
      const recordId = recordIdAt(data, issue.path);
      if (recordId !== undefined) problem.recordId = recordId;
      return problem;
    });
    throw new CorpusError(
      'invalid',
      source,
      `${source} does not match the corpus schema (${problems.length} problem${problems.length === 1 ? '' : 's'}).`,
      problems,
    );
  }
  return result.data;
}
