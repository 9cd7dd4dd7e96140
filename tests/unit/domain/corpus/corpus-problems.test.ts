import { describe, expect, it } from 'vitest';
import { formatCorpusProblems, quote, shorten, type CorpusProblem } from '../../../../src/domain/corpus/corpus-problems.ts';

const problem = (n: number): CorpusProblem => ({ path: `statements[${n}].span`, recordId: `s${n}`, message: `problem ${n}` });
const problems = (n: number) => Array.from({ length: n }, (_, i) => problem(i));

describe('formatCorpusProblems', () => {
  it.each<[string, number, number | undefined, string[]]>([
    ['nothing to say', 0, undefined, []],
    ['all of a few', 2, undefined, ['statements[0].span (record "s0"): problem 0', 'statements[1].span (record "s1"): problem 1']],
    ['exactly as many as shown', 5, undefined, problems(5).map((p) => `${p.path} (record "${p.recordId}"): ${p.message}`)],
    ['one more', 6, undefined, [...problems(5).map((p) => `${p.path} (record "${p.recordId}"): ${p.message}`), '…and 1 more problem.']],
    ['the first two of many', 1_234, 2, ['statements[0].span (record "s0"): problem 0', 'statements[1].span (record "s1"): problem 1', '…and 1,232 more problems.']],
    ['none shown', 3, 0, ['…and 3 problems.']],
  ])('%s', (_name, count, shown, expected) => {
    expect(formatCorpusProblems(problems(count), shown)).toEqual(expected);
  });

  it('leaves out the record when there is none', () => {
    expect(formatCorpusProblems([{ path: 'schemaVersion', message: 'expected 1, got 2' }])).toEqual(['schemaVersion: expected 1, got 2']);
  });
});

describe('quote and shorten', () => {
  it.each<[string, string]>([
    ['JPN', '"JPN"'],
    ['say "hi"\nthen go', '"say \\"hi\\"\\nthen go"'],
    ['<b onclick=x>', '"<b onclick=x>"'],
    ['x'.repeat(81), `"${'x'.repeat(80)}…" (81 characters)`],
  ])('quote(%j)', (value, expected) => {
    expect(quote(value)).toBe(expected);
  });

  it('never cuts an emoji in half', () => {
    const value = `${'a'.repeat(79)}😀😀`;
    expect(shorten(value)).toBe(`${'a'.repeat(79)}…`);
    expect(shorten(`${'a'.repeat(78)}😀😀`)).toBe(`${'a'.repeat(78)}😀…`);
  });

  it('keeps short values whole', () => {
    expect(shorten('short')).toBe('short');
  });
});
