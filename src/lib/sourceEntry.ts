import { z } from 'zod';
import { Source } from './eventSchema.ts';

/** An article as the site shows it: its metadata and the body that citations quote. */
export const SourceEntry = Source.extend({
  language: z.string().optional().meta({ description: 'BCP 47 language tag of the article.' }),
  body: z.string().meta({ description: 'The article text after any front matter.' }),
});

export type SourceEntry = z.infer<typeof SourceEntry>;
