import type { Corpus } from '../corpus/corpus-schema.ts';
import { roleCompareKey } from '../view-state/compare-keys.ts';

/**
 * Who can be compared: every speaker (by id) and every role a speaker is
 * named with ("Secretary-General"), from the corpus's statements. A role
 * stands for the speakers named with it at least once, so a bar of a role
 * and the statement list filtered by its speakers count the same statements.
 */
export type CompareTarget = {
  /** As in `compare=`: a speaker id, or `role:NAME`. */
  key: string;
  kind: 'speaker' | 'role';
  /** "Elena Bekova", "Secretary-General (80 speakers)". */
  label: string;
  /** What tells two of the same name apart: role and organisation, or the speakers' count. */
  detail: string;
  speakerIds: readonly string[];
  /** Statements in the corpus, for ordering the suggestions. */
  statements: number;
};

export type CompareDirectory = {
  targets: ReadonlyMap<string, CompareTarget>;
  /** Speakers by statements (most first), then roles by name. */
  ordered: readonly CompareTarget[];
};

export function buildCompareDirectory(corpus: Pick<Corpus, 'statements'>): CompareDirectory {
  const speakers = new Map<string, { label: string; role: string | null; organisation: string | null; statements: number }>();
  const roles = new Map<string, { ids: Set<string>; statements: number }>();
  for (const statement of corpus.statements) {
    const speaker = statement.speaker;
    if (!speaker) continue;
    const entry = speakers.get(speaker.id);
    if (entry) entry.statements += 1;
    else {
      speakers.set(speaker.id, {
        label: speaker.name ?? speaker.role ?? speaker.organisation ?? speaker.mention,
        role: speaker.role,
        organisation: speaker.organisation,
        statements: 1,
      });
    }
    if (speaker.role !== null) {
      const role = roles.get(speaker.role) ?? { ids: new Set<string>(), statements: 0 };
      role.ids.add(speaker.id);
      role.statements += 1;
      roles.set(speaker.role, role);
    }
  }
  const speakerTargets = [...speakers].map(([id, s]): CompareTarget => ({
    key: id,
    kind: 'speaker',
    label: s.label,
    detail: [s.role, s.organisation].filter((part): part is string => part !== null && part !== s.label).join(', '),
    speakerIds: [id],
    statements: s.statements,
  }));
  const roleTargets = [...roles].map(([role, r]): CompareTarget => ({
    key: roleCompareKey(role),
    kind: 'role',
    label: role,
    detail: `${r.ids.size === 1 ? '1 speaker' : `${r.ids.size} speakers`} named so`,
    speakerIds: [...r.ids].sort(),
    statements: r.statements,
  }));
  speakerTargets.sort((a, b) => b.statements - a.statements || (a.key < b.key ? -1 : 1));
  roleTargets.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const ordered = [...speakerTargets, ...roleTargets];
  return { targets: new Map(ordered.map((target) => [target.key, target])), ordered };
}

/** The targets of `compare=` this corpus knows, in the link's order; the others, by key. */
export function resolveCompareTargets(keys: readonly string[], directory: CompareDirectory): { targets: CompareTarget[]; unknown: string[] } {
  const targets: CompareTarget[] = [];
  const unknown: string[] = [];
  for (const key of keys) {
    const target = directory.targets.get(key);
    if (target) targets.push(target);
    else unknown.push(key);
  }
  return { targets, unknown };
}

/** What the picker's text box offers for a target, unique per target. */
export function describeTargetOption(target: CompareTarget): string {
  const kind = target.kind === 'role' ? 'Role' : 'Speaker';
  return target.detail === '' ? `${kind}: ${target.label}` : `${kind}: ${target.label} (${target.detail})`;
}
