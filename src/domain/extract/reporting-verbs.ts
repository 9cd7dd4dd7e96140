import { escapeRegExp } from './lexicon.ts';
import type { Speaker } from '../corpus/corpus-schema.ts';
import type { Tables } from './tables.ts';
import { trimRange } from './text.ts';

/**
 * The reporting verbs of data/reporting-verbs.json, compiled, and the
 * shapes the statement readers share.
 */

export type VerbForm = { form: string; lemma: string; objectBeforeThat: boolean; thatOnly: boolean };

export type VerbTable = { finite: RegExp; participle: RegExp; byForm: Map<string, VerbForm> };

export function compileVerbs(tables: Tables): VerbTable {
  const byForm = new Map<string, VerbForm>();
  const finite: string[] = [];
  const participle: string[] = [];
  for (const verb of tables.reportingVerbs.verbs) {
    const objectBeforeThat = verb.objectBeforeThat ?? false;
    const thatOnly = verb.thatOnly ?? false;
    for (const form of verb.forms) {
      byForm.set(form, { form, lemma: verb.lemma, objectBeforeThat, thatOnly });
      finite.push(form);
    }
    for (const form of verb.participles) {
      byForm.set(form, { form, lemma: verb.lemma, objectBeforeThat, thatOnly });
      participle.push(form);
    }
  }
  const alternation = (forms: string[]) =>
    forms.sort((a, b) => b.length - a.length).map((f) => escapeRegExp(f).replace(/ /g, '\\s+')).join('|');
  return {
    finite: new RegExp(`(?<![\\p{L}-])(?:${alternation(finite)})(?![\\p{L}-])`, 'gu'),
    participle: new RegExp(`(?<![\\p{L}-])(?:${alternation(participle)})(?![\\p{L}-])`, 'gu'),
    byForm,
  };
}

export type RawStatement = {
  speaker: Speaker | null;
  verb: { text: string; lemma: string; span: [number, number] };
  speechType: 'reported' | 'quoted';
  span: [number, number];
  paragraphIndex: number;
};

export type StatementProblem = { offset: number; message: string };


export function verbAt(verbs: VerbTable, text: string, start: number, end: number) {
  const written = text.slice(start, end);
  const form = verbs.byForm.get(written.replace(/\s+/g, ' '));
  return form ? { text: written, lemma: form.lemma, span: [start, end] as [number, number], objectBeforeThat: form.objectBeforeThat, thatOnly: form.thatOnly } : null;
}


/** Content end: before a closing full stop and any trailing comma or white space. */
export function trimContentEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    const [, trimmed] = trimRange(text, start, e);
    e = trimmed;
    if (e > start && /[.,;:]/.test(text[e - 1]!)) e -= 1;
    else return e;
  }
}

