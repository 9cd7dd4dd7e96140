import type { Theme, ThemeAssignment } from '../corpus/corpus-schema.ts';
import { compileCue, matchCues, type CompiledCue } from './cues.ts';

export type ThemeMatcher = readonly CompiledCue<string>[];

export function compileTaxonomy(taxonomy: readonly Theme[]): ThemeMatcher {
  return taxonomy.flatMap((theme) => theme.cues.map((cue) => compileCue(cue, theme.id)));
}

/** Theme assignments for text[start, end), each with the cue that fired and where. */
export function assignThemes(matcher: ThemeMatcher, text: string, start: number, end: number): ThemeAssignment[] {
  return matchCues(matcher, text, start, end).map((match) => ({
    themeId: match.value,
    cue: match.cue,
    span: [match.start, match.end],
  }));
}
