import { describe, expect, it } from 'vitest';
import { buildLabels } from '../../../../src/domain/corpus/labels.ts';
import {
  buildLinkVocabulary,
  checkViewStateAgainstCorpus,
  cleanLinkParameters,
  describeLinkNotices,
} from '../../../../src/domain/view-state/link-problems.ts';
import { checkLinkVersion, compareCorpusVersions, serializeVersionedLink } from '../../../../src/domain/view-state/link-version.ts';
import { DEFAULT_VIEW_STATE, parseViewState, readViewState } from '../../../../src/domain/view-state/url-state.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const HERE = '3f2a9c01bd47';
const SOURCE = 'data/corpus.json';
const corpus = smallTestCorpus();
const vocabulary = buildLinkVocabulary(corpus);
const labels = buildLabels(corpus);

/** What the page does with a link, in the page's order: version, then the link's own problems, then the corpus check. */
function open(search: string) {
  const read = readViewState(search);
  const versioned = checkLinkVersion(read.state, HERE, SOURCE);
  const checked = checkViewStateAgainstCorpus(versioned.state, vocabulary);
  return { state: checked.state, problems: [...versioned.problems, ...read.problems, ...checked.problems] };
}

describe('compareCorpusVersions', () => {
  it.each([
    [null, HERE, 'unversioned'],
    [HERE, HERE, 'same'],
    ['3f2a9c01', HERE, 'same'],
    ['3F2A9C01BD47', HERE, 'same'],
    // A longer version (the whole digest) agrees on the digits this page knows.
    [`${HERE}${'e'.repeat(52)}`, HERE, 'same'],
    ['3f2a9c02', HERE, 'other'],
    ['00000000bd47', HERE, 'other'],
    [`${HERE.slice(0, 11)}8`, HERE, 'other'],
    [HERE, '', 'unversioned'],
  ] as const)('link %s against %s: %s', (link, here, expected) => {
    expect(compareCorpusVersions(link, here)).toBe(expected);
  });
});

describe('checkLinkVersion', () => {
  it('leaves a link without a version as it is, and says nothing', () => {
    const state = parseViewState('?country=JPN');
    const checked = checkLinkVersion(state, HERE, SOURCE);
    expect(checked.state).toBe(state);
    expect(checked.problems).toEqual([]);
  });

  it('says nothing of a link made on this version, shown with the version in full', () => {
    const checked = checkLinkVersion(parseViewState('?v=3f2a9c01&country=JPN'), HERE, SOURCE);
    expect(checked.problems).toEqual([]);
    expect(checked.state.version).toBe(HERE);
  });

  it('reports a link made on another version, naming both and the source', () => {
    const state = Object.freeze(parseViewState('?v=0badc0de0000&country=JPN'));
    const checked = checkLinkVersion(state, HERE, SOURCE);
    expect(checked.problems).toEqual([
      {
        parameter: 'v',
        keys: ['v'],
        given: '0badc0de0000',
        action: 'other-version',
        readAs: HERE,
        reason:
          'The link was made on corpus version 0badc0de0000; this page shows version 3f2a9c01bd47 of data/corpus.json. ' +
          'Its counts may differ from what the link’s author saw; any filter this version does not know is named in a notice of its own.',
      },
    ]);
    // The page shows this version; the link's state is not changed in place.
    expect(checked.state).toEqual({ ...state, version: HERE });
    expect(state.version).toBe('0badc0de0000');
  });
});

describe('opening a link made on another version', () => {
  const search = '?v=0badc0de0000&country=JPN,XXX';

  it('gives a version notice first, then the filters that no longer resolve', () => {
    const notices = describeLinkNotices(open(search).problems, labels);
    expect(notices.map((notice) => [notice.kind, notice.parameter])).toEqual([
      ['version', 'v'],
      ['parameter', 'country'],
    ]);
    expect(notices[0]!.lines).toEqual([expect.stringMatching(/^The link was made on corpus version 0badc0de0000; this page shows version 3f2a9c01bd47/)]);
    expect(open(search).state.filters.countries).toEqual(['JPN']);
  });

  it('continuing writes this version into the address and touches nothing else', () => {
    const version = describeLinkNotices(open(search).problems, labels)[0]!;
    const query = cleanLinkParameters(search, version.keys, open(search).state);
    expect(query).toBe('v=3f2a9c01bd47&country=JPN,XXX');
    expect(describeLinkNotices(open(`?${query}`).problems, labels).map((notice) => notice.parameter)).toEqual(['country']);
  });

  it('a malformed version is left out, as any bad parameter, and compared with nothing', () => {
    const notices = describeLinkNotices(open('?v=xyz').problems, labels);
    expect(notices).toEqual([
      { kind: 'parameter', parameter: 'v', keys: ['v'], lines: [expect.stringMatching(/^“xyz” was left out: a corpus version is 8 to 64 hexadecimal digits/)] },
    ]);
  });
});

describe('serializeVersionedLink', () => {
  it.each([
    [DEFAULT_VIEW_STATE, HERE, 'v=3f2a9c01bd47'],
    [parseViewState('?corpus=synthetic:2000-seed7&country=JPN&from=2014-01-01'), HERE, 'corpus=synthetic:2000-seed7&v=3f2a9c01bd47&country=JPN&from=2014-01-01'],
    // The link the page was opened with carried another version: the copy carries this one.
    [parseViewState('?v=0badc0de0000&theme=drug-trafficking'), HERE, 'v=3f2a9c01bd47&theme=drug-trafficking'],
    [parseViewState('?country=JPN'), 'ABCDEF012345', 'v=abcdef012345&country=JPN'],
    [parseViewState('?country=JPN'), '', 'country=JPN'],
  ] as const)('%o on %s: %s', (state, version, expected) => {
    expect(serializeVersionedLink(state, version)).toBe(expected);
    expect(readViewState(expected).problems).toEqual([]);
  });
});
