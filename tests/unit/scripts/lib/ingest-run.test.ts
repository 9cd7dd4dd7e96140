import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_FILE, runIngest } from '../../../../scripts/lib/ingest-run.ts';
import { fixtureSources, makeProject, PROJECT_ROOT, removeProjects } from '../../domain/extract/helpers.ts';

afterAll(removeProjects);

const GOOD = fixtureSources('fx-joint-statement', 'fx-several-speakers');
const PROVENANCE = { url: 'https://example.org/a.html', publisher: 'Example', publishedOn: '2021-06-15', language: 'en' };
const PREVIOUS = '{"previous": "corpus"}\n';

function run(root: string, check = false) {
  const out: string[] = [];
  const err: string[] = [];
  const result = runIngest({ root, check, log: (l) => out.push(l), error: (l) => err.push(l) });
  return { ...result, out: out.join('\n'), err: err.join('\n') };
}

/** A project whose corpus.json already exists, so a failed run can be seen to leave it alone. */
function projectWithCorpus(sources: Parameters<typeof makeProject>[0], corrections?: Parameters<typeof makeProject>[1]) {
  const root = makeProject(sources, corrections);
  mkdirSync(join(root, 'public/data'), { recursive: true });
  writeFileSync(join(root, CORPUS_FILE), PREVIOUS);
  return root;
}

const corpusOf = (root: string) => readFileSync(join(root, CORPUS_FILE), 'utf8');

describe('one bad source: named, left out, the others ingested, a non-zero exit', () => {
  it.each([
    [
      'malformed provenance JSON',
      { 'bad-json': { text: 'On 3 June 2021 the Riga Forum on Ports met.', provenance: '{\n  "url": "https://example.org/a.html",\n  "publisher": "Example"\n  "publishedOn": "2021-06-15"\n}\n' } },
      'data/sources/bad-json.json:4: malformed JSON',
    ],
    [
      'provenance without url',
      { 'no-url': { text: 'On 3 June 2021 the Riga Forum on Ports met.', provenance: { publisher: 'Example', publishedOn: '2021-06-15', language: 'en' } } },
      'data/sources/no-url.json:1: missing required field "url"',
    ],
    [
      'a provenance date that does not exist',
      { 'bad-date': { text: 'On 3 June 2021 the Riga Forum on Ports met.', provenance: { ...PROVENANCE, publishedOn: '2021-02-30' } } },
      'data/sources/bad-date.json:4: field "publishedOn"',
    ],
    [
      'a misspelt provenance field',
      { typo: { text: 'On 3 June 2021 the Riga Forum on Ports met.', provenance: { ...PROVENANCE, retreivedOn: '2021-06-16' } } },
      'data/sources/typo.json:6: unknown field "retreivedOn"',
    ],
    [
      'invalid UTF-8',
      {
        'bad-bytes': {
          text: Uint8Array.from([...Buffer.from('On 3 June 2021 the Riga Forum met.\nMr Ozols said that '), 0xc3, 0x28, ...Buffer.from(' mattered.')]),
          provenance: PROVENANCE,
        },
      },
      'data/sources/bad-bytes.txt:2: invalid UTF-8: byte 0xc3',
    ],
    [
      'a source without a provenance record',
      { orphan: { text: 'On 3 June 2021 the Riga Forum on Ports met.', provenance: PROVENANCE } },
      'data/sources/orphan.txt:1: no provenance record',
    ],
  ])('%s', (_name, sources, message) => {
    const root = projectWithCorpus({ ...GOOD, ...sources });
    // The text alone, without its record, must be refused.
    if ('orphan' in sources) rmSync(join(root, 'data/sources/orphan.json'));
    const result = run(root);
    expect(result.exitCode).toBe(1);
    expect(result.err).toContain(`error: ${message}`);
    expect(result.err).toContain('(this source is left out of the corpus)');
    expect(result.refused).toHaveLength(1);
    const corpus = JSON.parse(corpusOf(root)) as { documents: Array<{ id: string }> };
    expect(corpus.documents.map((d) => d.id)).toEqual(['fx-joint-statement', 'fx-several-speakers']);
  });

  it('stops, changing nothing, when no source at all can be read', () => {
    const root = projectWithCorpus({ 'no-url': { text: 'On 3 June 2021 the Riga Forum on Ports met.', provenance: { publisher: 'X', publishedOn: '2021-06-15', language: 'en' } } });
    const result = run(root);
    expect(result.exitCode).toBe(1);
    expect(result.err).toContain('error: data/sources/no-url.json:1: missing required field "url"');
    expect(result.err).toContain('corpus.json was not changed');
    expect(corpusOf(root)).toBe(PREVIOUS);
  });
});

describe('a release without a date of its own', () => {
  it('takes the publication date, marked inferred, and lists it for review', () => {
    const root = projectWithCorpus({ ...GOOD, 'no-date': { text: 'The Riga Forum on Ports took place last week.\nMr Ozols said that ports matter.', provenance: PROVENANCE } });
    const result = run(root);
    expect(result.exitCode).toBe(0);
    expect(result.out).toContain('warning: data/sources/no-date.txt:1: no date in the text; the event date is the publication date 2021-06-15, marked inferred');
    const corpus = JSON.parse(corpusOf(root)) as { events: Array<{ id: string; startDate: { value: string; inferred: boolean; span: number[] } }> };
    expect(corpus.events.find((e) => e.id === 'no-date:event')?.startDate).toEqual({
      value: '2021-06-15', span: [0, 0], inferred: true, reason: 'The text states no date; the publication date stands in.',
    });
  });
});

describe('the lexicons and corrections: a clear error, a non-zero exit, nothing lost', () => {
  it('refuses a malformed corrections file, naming its line', () => {
    const root = projectWithCorpus(GOOD, '[\n  { "record": "statement", "id": "x", "field": "themes", "value": [] }\n]\n');
    const result = run(root);
    expect(result.exitCode).toBe(1);
    expect(result.err).toContain('error: data/corrections.json:2: missing required field "[0].reason"');
    expect(corpusOf(root)).toBe(PREVIOUS);
  });

  it('refuses a correction that would break the corpus', () => {
    const root = projectWithCorpus(GOOD, [
      { record: 'statement', id: 'fx-joint-statement:295-352', field: 'speechType', value: 'sung', reason: 'test' },
    ]);
    const result = run(root);
    expect(result.exitCode).toBe(1);
    expect(result.err).toMatch(/data\/corrections\.json:2: correction \[0\]: the new value makes the statement invalid/);
    expect(corpusOf(root)).toBe(PREVIOUS);
  });
});

describe('a good run', () => {
  it('writes the same bytes every time, in a stable form', () => {
    const root = makeProject(GOOD);
    expect(run(root).exitCode).toBe(0);
    const first = corpusOf(root);
    expect(run(root).exitCode).toBe(0);
    expect(corpusOf(root)).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
    expect(first).toBe(`${JSON.stringify(JSON.parse(first), null, 2)}\n`);
    const corpus = JSON.parse(first) as { documents: Array<{ id: string }>; statements: Array<{ documentId: string; span: number[] }> };
    expect(corpus.documents.map((d) => d.id)).toEqual(['fx-joint-statement', 'fx-several-speakers']);
    expect(Object.keys(corpus)).toEqual(['schemaVersion', 'taxonomy', 'documents', 'events', 'statements']);
  });

  it('prints the warnings it would not guess past', () => {
    const root = makeProject(fixtureSources('fx-congo-unknown'));
    const result = run(root);
    expect(result.exitCode).toBe(0);
    expect(result.out).toContain('warning: data/sources/fx-congo-unknown.txt:1: "Ruritania" in a list of participants is not a known country or organisation; left out');
    expect(result.out).toContain('2 warnings');
  });

  it('--check passes on an up-to-date corpus and fails, untouched, on a stale one', () => {
    const root = makeProject(GOOD);
    run(root);
    const fresh = run(root, true);
    expect([fresh.exitCode, fresh.out.endsWith('corpus.json is up to date')]).toEqual([0, true]);
    writeFileSync(join(root, CORPUS_FILE), PREVIOUS);
    const stale = run(root, true);
    expect(stale.exitCode).toBe(1);
    expect(stale.err).toMatch(/corpus\.json is out of date/);
    expect(corpusOf(root)).toBe(PREVIOUS);
  });
});

describe('corrections across re-ingests', () => {
  const corrections = [
    {
      record: 'statement',
      id: 'fx-joint-statement:295-352',
      field: 'themes',
      value: [],
      was: [{ themeId: 'youth-prevention', cue: 'young people', span: [340, 352] }],
      reason: 'The young people here are the users at risk, not the subject of youth work.',
    },
    {
      record: 'statement',
      id: 'fx-joint-statement:10-20',
      field: 'speechType',
      value: 'quoted',
      reason: 'Points at a statement that no longer exists.',
    },
  ];

  it('applies the one that matches, reports the one that does not, and survives re-ingest', () => {
    const root = makeProject(GOOD, corrections);
    const first = run(root);
    expect(first.exitCode).toBe(0);
    const lines = JSON.stringify(corrections, null, 2).split('\n');
    const secondLine = lines.findIndex((line, i) => line === '  {' && i > 1) + 1;
    expect(first.out).toContain(
      `warning: data/corrections.json:${secondLine}: correction [1] no longer matches: no statement "fx-joint-statement:10-20" any more`,
    );
    const corpusText = corpusOf(root);
    const corpus = JSON.parse(corpusText) as {
      statements: Array<{ id: string; text: string; themes: unknown }>;
      corrections: Array<{ recordId: string; field: string; reason: string }>;
    };
    const corrected = corpus.statements.find((s) => s.id === 'fx-joint-statement:295-352')!;
    expect(corrected.text).toBe('synthetic drugs were spreading quickly among young people');
    expect(corrected.themes).toEqual(corrections[0]!.value);
    expect(corpus.corrections).toEqual([
      {
        recordType: 'statement',
        recordId: 'fx-joint-statement:295-352',
        field: 'themes',
        previous: corrections[0]!.was,
        reason: 'The young people here are the users at risk, not the subject of youth work.',
      },
    ]);
    expect(run(root).exitCode).toBe(0);
    expect(corpusOf(root)).toBe(corpusText);
  });
});

describe('the command line', () => {
  it('--report prints per document what was found and what is left for review', () => {
    const root = projectWithCorpus(GOOD);
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/ingest.ts'), '--root', root, '--report'], { cwd: PROJECT_ROOT }).toString();
    expect(stdout).toContain('== fx-joint-statement (');
    expect(stdout).toContain('  date:         2023-09-03 (inferred) to 2023-09-06 (inferred) (day)');
    expect(stdout).toMatch(/for review:\n {4}- inferred start date: The text gives no year/);
  });

  it('exits non-zero and names the file when run as a script on bad input', () => {
    const root = projectWithCorpus({ 'no-url': { text: 'On 3 June 2021 the Riga Forum on Ports met.', provenance: { publisher: 'X', publishedOn: '2021-06-15', language: 'en' } } });
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/ingest.ts'), '--root', root], { stdio: 'pipe', cwd: PROJECT_ROOT });
    } catch (error) {
      const failed = error as { status: number; stderr: Buffer };
      status = failed.status;
      stderr = failed.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toContain('data/sources/no-url.json:1: missing required field "url"');
    expect(corpusOf(root)).toBe(PREVIOUS);
    expect(existsSync(join(root, 'public/data'))).toBe(true);
  });
});

describe('--parquet: the same corpus as a Parquet file', () => {
  it('writes a file the app opens to exactly the records of corpus.json', async () => {
    const { openParquetCorpus } = await import('../../../../src/domain/corpus/read-corpus-parquet.ts');
    const root = makeProject(GOOD);
    const result = runIngest({ root, parquet: 'out/corpus.parquet', log: () => undefined, error: () => undefined });
    expect(result.exitCode).toBe(0);
    const bytes = readFileSync(join(root, 'out/corpus.parquet'));
    const opened = await openParquetCorpus(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), 'corpus.parquet');
    expect(opened.excluded).toEqual([]);
    expect(opened.corpus).toEqual(JSON.parse(corpusOf(root)));
  });

  it('writes no Parquet file when the run fails', () => {
    const root = makeProject({ 'bad-json': { text: 'On 3 June 2021 the Riga Forum on Ports met.', provenance: '{' } });
    rmSync(join(root, 'data/sources/bad-json.txt'));
    const result = runIngest({ root, parquet: 'out/corpus.parquet', log: () => undefined, error: () => undefined });
    expect(result.exitCode).toBe(1);
    expect(existsSync(join(root, 'out/corpus.parquet'))).toBe(false);
  });
});
