import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../../src/domain/corpus/corpus-schema.ts';
import { buildCompareDirectory, describeTargetOption, resolveCompareTargets, type CompareTarget } from '../../../../src/domain/speakers/compare-targets.ts';
import { buildSpeakerComparisonModel } from '../../../../src/domain/speakers/speaker-comparison-model.ts';
import { speakerComparisonToCsv } from '../../../../src/domain/export/speaker-comparison-csv.ts';
import { layoutSpeakerComparison } from '../../../../src/figures/speaker-comparison-figure.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const speaker = (id: string, name: string | null, role: string | null) =>
  ({ speaker: { id, name, role, organisation: 'Secretariat', mention: name ?? role ?? id, mentionSpan: [0, 1] } }) as unknown as Statement;

describe('buildCompareDirectory', () => {
  const directory = buildCompareDirectory({
    statements: [speaker('a', 'Ann Lee', 'Secretary-General'), speaker('b', 'Bo Chen', 'Secretary-General'), speaker('a', 'Ann Lee', 'Secretary-General'), speaker('c', null, 'Director'), { speaker: null } as unknown as Statement],
  });

  it('lists speakers by statements, then roles with the speakers named so', () => {
    expect(directory.ordered.map((target) => target.key)).toEqual(['a', 'b', 'c', 'role:Director', 'role:Secretary-General']);
    expect(directory.targets.get('role:Secretary-General')).toMatchObject({ kind: 'role', speakerIds: ['a', 'b'], statements: 3 });
    expect(directory.targets.get('c')).toMatchObject({ label: 'Director', detail: 'Secretariat' });
  });

  it('resolves compare= keys, naming the unknown ones', () => {
    expect(resolveCompareTargets(['b', 'role:Nobody', 'role:Director', 'zz'], directory)).toMatchObject({
      targets: [{ key: 'b' }, { key: 'role:Director' }],
      unknown: ['role:Nobody', 'zz'],
    });
  });

  it('describes options so that a speaker and a role read apart', () => {
    expect(describeTargetOption(directory.targets.get('a')!)).toBe('Speaker: Ann Lee (Secretary-General, Secretariat)');
    expect(describeTargetOption(directory.targets.get('role:Secretary-General')!)).toBe('Role: Secretary-General (2 speakers named so)');
  });
});

describe('buildSpeakerComparisonModel', () => {
  const target = (key: string, label: string, ids: string[]): CompareTarget => ({ key, kind: 'speaker', label, detail: '', speakerIds: ids, statements: 0 });
  const model = buildSpeakerComparisonModel({
    targets: [target('a', 'Ann', ['a']), target('b', 'Bo', ['b'])],
    counts: [
      { statements: 4, themes: { terror: 3, drugs: 2 } },
      { statements: 0, themes: {} },
    ],
    themeOrder: ['drugs', 'terror', 'health'],
    themeLabel: (id) => id.toUpperCase(),
    selectedSpeakers: ['a'],
    selectedThemes: ['terror'],
  });

  it('aligns the same theme rows in every column, in taxonomy order, dropping themes nobody has', () => {
    expect(model.themes.map((theme) => theme.id)).toEqual(['drugs', 'terror']);
    expect(model.columns.map((column) => column.bars.map((bar) => bar.count))).toEqual([[2, 3], [0, 0]]);
    expect(model.columns[0]!.bars.map((bar) => bar.share)).toEqual([50, 75]);
    expect(model.maxShare).toBe(75);
  });

  it('marks the bar the speaker and theme filters select', () => {
    expect(model.columns[0]!.bars.map((bar) => bar.selected)).toEqual([false, true]);
    expect(model.columns[1]!.bars.every((bar) => !bar.selected)).toBe(true);
  });

  it('says it in one sentence', () => {
    expect(model.summary).toBe('Comparing Ann: 4 statements, most often TERROR (3, 75\u00a0%); and Bo: no statement matches the other filters.');
  });

  it('asks for a choice when nothing is compared', () => {
    const none = buildSpeakerComparisonModel({ targets: [], counts: [], themeOrder: [], themeLabel: String, selectedSpeakers: [], selectedThemes: [] });
    expect(none.summary).toMatch(/^Choose two to four/);
  });

  it('writes the numbers drawn as CSV', () => {
    const csv = speakerComparisonToCsv(model, { corpus: smallTestCorpus(), corpusVersion: 'abc123def456' });
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('compared,kind,name,speaker_ids,statements,theme_id,theme,theme_statements,share_percent,corpus_version,synthetic');
    expect(lines[1]).toMatch(/^a,speaker,Ann,a,4,drugs,DRUGS,2,50\.0,abc123def456,/);
    expect(lines).toHaveLength(5);
  });

  it('lays panels side by side when wide and one under another when narrow, bars on one scale', () => {
    const wide = layoutSpeakerComparison(model, 1200);
    expect(wide.stacked).toBe(false);
    expect(new Set(wide.bars.filter((bar) => bar.row === 1).map((bar) => bar.y)).size).toBe(1);
    const narrow = layoutSpeakerComparison(model, 320);
    expect(narrow.stacked).toBe(true);
    expect(narrow.panels[1]!.y).toBeGreaterThan(narrow.panels[0]!.y);
    for (const layout of [wide, narrow]) {
      for (const bar of layout.bars) expect(bar.x + bar.width).toBeLessThanOrEqual(layout.width);
    }
    const longest = wide.bars.find((bar) => bar.column === 0 && bar.row === 1)!;
    const shorter = wide.bars.find((bar) => bar.column === 0 && bar.row === 0)!;
    expect(shorter.width / longest.width).toBeCloseTo(50 / 75, 2);
    const fitted = layoutSpeakerComparison(model, 1200, 200);
    expect(fitted.height).toBeLessThanOrEqual(200);
  });
});
