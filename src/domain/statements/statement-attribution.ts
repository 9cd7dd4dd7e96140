import type { CorpusDocument, Speaker, Statement } from '../corpus/corpus-schema.ts';

/**
 * Who said a statement and who reported it, as words to draw. Reported
 * speech is the publisher's paraphrase, so it is attributed to the
 * publisher and never drawn as the speaker's own quotation.
 */
export type Attribution = {
  /** "Vladimir Norov, SCO Secretary-General"; null when nobody was identified. */
  speaker: string | null;
  /** The reporting verb as written ("stressed"). */
  verb: string;
  /** "as reported by the SCO Secretariat" or "as quoted by …". */
  source: string;
  /** Only a direct quotation may be drawn inside quotation marks. */
  quoted: boolean;
};

/** "SCO Secretary-General" from role and organisation, without repeating the organisation. */
export function describeSpeakerRole(speaker: Pick<Speaker, 'role' | 'organisation'>): string | null {
  const { role, organisation } = speaker;
  if (role === null) return organisation;
  if (organisation === null || role.toLowerCase().includes(organisation.toLowerCase())) return role;
  return `${organisation} ${role}`;
}

/** "Vladimir Norov, SCO Secretary-General"; name or role alone when only one is known. */
export function describeSpeaker(speaker: Speaker | null): string | null {
  if (speaker === null) return null;
  const role = describeSpeakerRole(speaker);
  if (speaker.name !== null) return role === null ? speaker.name : `${speaker.name}, ${role}`;
  return role ?? (speaker.mention.trim() || null);
}

// Institutions are named with "the" ("the SCO Secretariat"); news agencies
// and outlets are not ("Xinhua"). The last word of the name tells them apart.
const INSTITUTION_NOUNS = new Set([
  'secretariat', 'ministry', 'office', 'agency', 'service', 'council', 'commission', 'committee', 'department',
  'organisation', 'organization', 'mission', 'embassy', 'government', 'administration', 'bureau', 'centre', 'center',
  'foundation', 'institute', 'parliament', 'assembly', 'union', 'structure', 'presidency', 'directorate', 'staff',
]);

/** The publisher as it reads after "as reported by": "the SCO Secretariat", "Xinhua". */
export function publisherPhrase(publisher: string): string {
  const name = publisher.trim();
  if (/^the\s/i.test(name)) return `the ${name.slice(4).trimStart()}`;
  const lastWord = name.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return INSTITUTION_NOUNS.has(lastWord) || /\sof\s/i.test(name) ? `the ${name}` : name;
}

export function describeAttribution(statement: Statement, document: CorpusDocument | undefined): Attribution {
  const quoted = statement.speechType === 'quoted';
  const publisher = document ? publisherPhrase(document.publisher) : 'an unknown publisher';
  return {
    speaker: describeSpeaker(statement.speaker),
    verb: statement.verb.text,
    source: `as ${quoted ? 'quoted' : 'reported'} by ${publisher}`,
    quoted,
  };
}
