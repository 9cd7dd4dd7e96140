import { formatJsonPath, type CorpusProblem } from './corpus-problems.ts';
import type { z } from './zod.ts';

/** Zod's complaints as corpus problems: a JSON path, the record, plain words. */

type ZodIssue = z.ZodError['issues'][number];

function issueMessage(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return `missing: expected ${issue.expected}`;
  }
  return issue.message;
}

/** Zod issues as problems: one per path, its messages joined, so a date is not reported twice. */
export function issuesToProblems(
  issues: readonly ZodIssue[],
  base: ReadonlyArray<PropertyKey>,
  recordId?: string,
): CorpusProblem[] {
  const byPath = new Map<string, CorpusProblem>();
  for (const issue of issues) {
    const path = formatJsonPath([...base, ...issue.path]);
    const message = issueMessage(issue);
    const known = byPath.get(path);
    if (known === undefined) {
      byPath.set(path, recordId === undefined ? { path, message } : { path, recordId, message });
    } else if (!known.message.includes(message)) {
      known.message += `; ${message}`;
    }
  }
  return [...byPath.values()];
}
