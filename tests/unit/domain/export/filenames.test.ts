import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/domain/view-state/filters.ts';
import { buildLabels } from '../../../../src/domain/corpus/labels.ts';
import { buildExportFileName, describeFilterSlug, slugify, slugOrTag } from '../../../../src/domain/export/filenames.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const labels = buildLabels(smallTestCorpus());
const SAFE_NAME = /^[A-Za-z0-9_.-]+$/;

describe('slugify', () => {
  it.each([
    ['Japan', 'japan'],
    ['São Tomé and Príncipe', 'sao-tome-and-principe'],
    ['Côte d’Ivoire', 'cote-d-ivoire'],
    ['Straße / Øresund', 'strasse-oresund'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\con', 'c-windows-con'],
    ['a:b*c?"d<e>f|g', 'a-b-c-d-e-f-g'],
    ['Шанхай', ''],
    ['上海', ''],
    ['  --  ', ''],
    ['ｆｕｌｌ　ｗｉｄｔｈ', 'full-width'],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('caps the length at a word boundary', () => {
    const slug = slugify('counter terrorism and extremism in the asia pacific region and beyond it all', 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug).toBe('counter-terrorism-and');
  });
});

describe('slugOrTag', () => {
  it('gives non-Latin text a stable tag that tells different texts apart', () => {
    expect(slugOrTag('терроризм')).toMatch(/^x[0-9a-f]{6}$/);
    expect(slugOrTag('терроризм')).toBe(slugOrTag('терроризм'));
    expect(slugOrTag('терроризм')).not.toBe(slugOrTag('恐怖主义'));
    expect(slugOrTag('الإرهاب')).toMatch(/^x[0-9a-f]{6}$/);
    expect(slugOrTag('')).toBe('');
  });
});

describe('describeFilterSlug', () => {
  it.each<{ name: string; filters: Filters; slug: string }>([
    { name: 'no filters', filters: EMPTY_FILTERS, slug: 'all' },
    { name: 'a country and a theme', filters: { ...EMPTY_FILTERS, countries: ['JPN' as CountryCode], themes: ['drug-trafficking'] }, slug: 'japan_drug-trafficking' },
    { name: 'mentions included', filters: { ...EMPTY_FILTERS, countries: ['AFG' as CountryCode], includeMentions: true }, slug: 'afghanistan_incl-mentions' },
    { name: 'a speaker and an event', filters: { ...EMPTY_FILTERS, speakers: ['ana-ruiz'], events: ['beta'] }, slug: 'ana-ruiz_beta-meeting' },
    { name: 'a date range', filters: { ...EMPTY_FILTERS, from: '2020-08-01', to: null }, slug: '2020-08-01-to-end' },
    { name: 'a Latin search', filters: { ...EMPTY_FILTERS, search: 'Terror/ism' }, slug: 'q-terror-ism' },
  ])('$name → $slug', ({ filters, slug }) => {
    expect(describeFilterSlug(filters, labels)).toBe(slug);
  });

  it('tags a Cyrillic search instead of dropping it', () => {
    expect(describeFilterSlug({ ...EMPTY_FILTERS, search: 'терроризм' }, labels)).toMatch(/^q-x[0-9a-f]{6}$/);
  });

  it('keeps many filters short but distinct', () => {
    const many = (extra: string): Filters => ({
      ...EMPTY_FILTERS,
      countries: ['JPN', 'CHN', 'RUS', 'IND', 'MYS', 'SGP', 'ISR'] as CountryCode[],
      themes: ['terrorism-extremism', 'drug-trafficking', extra],
    });
    const a = describeFilterSlug(many('cyber-information-security'), labels);
    const b = describeFilterSlug(many('multilateral-dialogue'), labels);
    expect(a.length).toBeLessThanOrEqual(60);
    expect(a).not.toBe(b);
  });
});

describe('buildExportFileName', () => {
  it.each([
    { input: { what: 'map', filterSlug: 'japan_drug-trafficking', date: '2026-11-28', extension: 'svg' }, name: 'forum-atlas_map_japan_drug-trafficking_2026-11-28.svg' },
    { input: { what: 'statements', filterSlug: 'all', date: '2026-11-28', extension: 'csv' }, name: 'forum-atlas_statements_all_2026-11-28.csv' },
    { input: { what: 'packet', filterSlug: 'all', date: '2026-11-28', extension: 'zip', synthetic: true }, name: 'forum-atlas-SYNTHETIC_packet_all_2026-11-28.zip' },
    { input: { what: '../../x', filterSlug: 'a/b\\c_d:e', date: '2026-11-28', extension: '.sv/g' }, name: 'forum-atlas_x_a-b-c_d-e_2026-11-28.svg' },
    { input: { what: '', filterSlug: '', date: 'not a date', extension: '' }, name: 'forum-atlas_export_all_undated.bin' },
  ])('$name', ({ input, name }) => {
    expect(buildExportFileName(input)).toBe(name);
  });

  it('stays short and safe whatever it is given', () => {
    const name = buildExportFileName({ what: 'timeline'.repeat(20), filterSlug: 'x'.repeat(500) + '/💣/' + 'y'.repeat(500), date: '2026-11-28', extension: 'png' });
    expect(name).toMatch(SAFE_NAME);
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('_2026-11-28.png')).toBe(true);
  });
});
