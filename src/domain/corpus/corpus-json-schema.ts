import { CorpusSchema, SCHEMA_VERSION } from './corpus-schema.ts';
import { z } from './zod.ts';

/** The published JSON Schema of the corpus format, as stable, indented text. */
export function corpusJsonSchemaText(): string {
  const schema = z.toJSONSchema(CorpusSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  const document = {
    ...schema,
    $id: `https://forum-atlas.invalid/schema/corpus-v${SCHEMA_VERSION}.json`,
    title: 'Forum Atlas corpus',
    description:
      'Documents, events and statements extracted from press releases. Spans are [start, end) in UTF-16 code units into the document text.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
