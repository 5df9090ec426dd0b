import { z } from 'zod';
import { CONTROL_CHARACTERS_MESSAGE, WITHOUT_CONTROL_CHARACTERS } from './controlCharacters.ts';
import { WebUrl } from './webUrl.ts';
import { isRealDay, precisionOf } from './partialDate.ts';

// A YAML escape ("\f", "\x07") can put in front matter what reading the file blanks elsewhere.
const text = () => z.string().regex(WITHOUT_CONTROL_CHARACTERS, CONTROL_CHARACTERS_MESSAGE);

/** The optional YAML front matter at the top of an article in seeds/. */
export const ArticleMeta = z
  .strictObject({
    /** Headline. @example "Thailand and Cambodia resume talks" */
    title: text().trim().min(1).optional(),
    /** Publisher. @example "Reuters" */
    outlet: text().trim().min(1).optional(),
    /** Where it was published. @example "https://example.org/story" */
    url: WebUrl.optional(),
    /** Publication day, YYYY-MM-DD; relative dates in the text are resolved against it. */
    published: z
      .string()
      .refine((d) => precisionOf(d) === 'day', 'expected a day as YYYY-MM-DD')
      // Only a day that is well written can be said not to exist.
      .refine((d) => precisionOf(d) !== 'day' || isRealDay(d), 'expected a date that exists on the calendar')
      .optional(),
    /** BCP 47 language tag. @example "en" */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en" or "en-GB"')
      .optional(),
  });

export type ArticleMeta = z.infer<typeof ArticleMeta>;
