import { describe, expect, it } from 'vitest';
import {
  DEMO_CORPUS,
  demoCorpusName,
  demoCorpusParam,
  parseDemoCorpusParam,
} from '../../../../src/domain/synthetic/demo-corpus.ts';
import { parseViewState, serializeViewState } from '../../../../src/domain/view-state/url-state.ts';

describe('the demo corpus in the address', () => {
  it('is named so a shared link says it is synthetic, and reads back', () => {
    expect(demoCorpusParam(DEMO_CORPUS)).toBe('synthetic:20000-seed42');
    expect(parseDemoCorpusParam('synthetic:20000-seed42')).toEqual({ statements: 20_000, seed: 42 });
    expect(parseDemoCorpusParam('synthetic:500-seed0')).toEqual({ statements: 500, seed: 0 });
  });

  it.each([
    null,
    'data/corpus.json',
    'synthetic:0-seed1',
    'synthetic:100001-seed1',
    'synthetic:20000',
    'synthetic:20000-seed-1',
    'synthetic:1e4-seed1',
    ' synthetic:20000-seed42',
  ])('is not read from %j', (value) => {
    expect(parseDemoCorpusParam(value)).toBeNull();
  });

  it('survives the URL state round trip, which drops a malformed one', () => {
    const state = parseViewState('?corpus=synthetic:20000-seed42&country=CHN');
    expect(state.corpus).toBe('synthetic:20000-seed42');
    expect(serializeViewState(state)).toBe('corpus=synthetic:20000-seed42&country=CHN');
    expect(parseViewState('?corpus=synthetic:999999999-seed42').corpus).toBeNull();
  });

  it('is named in words on the page', () => {
    expect(demoCorpusName(DEMO_CORPUS)).toBe('synthetic demo corpus (20,000 statements, seed 42)');
    expect(demoCorpusName({ statements: 1, seed: 3 })).toBe('synthetic demo corpus (1 statement, seed 3)');
  });
});
