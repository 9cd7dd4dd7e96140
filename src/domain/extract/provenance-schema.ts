import { IsoDateSchema } from '../corpus/corpus-schema.ts';
import { z } from '../corpus/zod.ts';

/**
 * The provenance record beside each source text. Unknown fields are errors,
 * so a misspelt "publishedon" cannot silently drop the publication date.
 */
export const ProvenanceSchema = z.strictObject({
  url: z.url({ message: 'expected an absolute URL such as "http://example.org/page.html"' }),
  publisher: z.string().min(1, 'must not be empty'),
  publishedOn: IsoDateSchema,
  publishedOnNote: z.string().min(1).optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a BCP 47 language tag such as "en"'),
  title: z.string().min(1).optional(),
  retrievedOn: IsoDateSchema.optional(),
});
