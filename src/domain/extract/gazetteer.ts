import { z } from '../corpus/zod.ts';

/**
 * Cities a release may name as the place of its event, each with the one
 * country it lies in (data/gazetteer.json, generated from maintained
 * packages by scripts/write-gazetteer.ts).
 */

export const GazetteerSchema = z.strictObject({
  about: z.string(),
  entries: z.array(
    z.strictObject({
      name: z.string().min(1),
      country: z.string().regex(/^[A-Z]{3}$/),
      kind: z.enum(['capital', 'city']),
    }),
  ),
});

export type Gazetteer = z.infer<typeof GazetteerSchema>;
export type GazetteerEntry = Gazetteer['entries'][number];

/** One entry a line, so a change to the sources reads as a small diff. */
export function serializeGazetteer(gazetteer: Gazetteer): string {
  const entries = gazetteer.entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n');
  return `{\n  "about": ${JSON.stringify(gazetteer.about)},\n  "entries": [\n${entries}\n  ]\n}\n`;
}

export type CityIndex = ReadonlyMap<string, GazetteerEntry>;

export function indexGazetteer(gazetteer: Gazetteer): CityIndex {
  return new Map(gazetteer.entries.map((e) => [e.name, e]));
}
