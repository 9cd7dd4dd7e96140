import { describe, expect, it } from 'vitest';
import { chooseSearchHistoryMode } from '../../../../src/domain/view-state/search-history.ts';

describe('chooseSearchHistoryMode', () => {
  it.each<[string, number | null, number, 'push' | 'replace']>([
    ['the first write of the session pushes', null, 1000, 'push'],
    ['a write soon after the last one replaces it', 1000, 1300, 'replace'],
    ['just inside the gap still replaces', 1000, 2499, 'replace'],
    ['a write after a pause starts a new entry', 1000, 2500, 'push'],
  ])('%s', (_name, last, now, expected) => {
    expect(chooseSearchHistoryMode(last, now)).toBe(expected);
  });
});
