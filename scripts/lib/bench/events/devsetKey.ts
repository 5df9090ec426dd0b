import { z } from 'zod';
import { MEASURES, PartialDateSchema, STATUSES } from '../../../../src/lib/eventSchema.ts';
import { daySpan, isRealDate, isRealDay } from '../../../../src/lib/partialDate.ts';
import { WebUrl } from '../../../../src/lib/webUrl.ts';
import type { Ontology } from '../../ontologySchema.ts';

// The key of the development set (tests/devset/keys/<conflict>.yaml): what a careful analyst codes
// from each report of one conflict. One happening has one id across every article of the conflict,
// so that an extractor that makes two events of it is caught. README "npm run bench:events".

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = (what: string) => z.string().trim().min(1, `expected ${what}`);

/** Types whose happening is something said: who said it must be given. */
export const SPOKEN_TYPES = ['statement', 'proposal', 'accusation', 'denial'] as const;

/** How a report writes dates and facts; each article lists those it exercises, so coverage can be counted. */
export const PHENOMENA = [
  'dateline', // "BISHKEK, April 29 (Agency) –" or "LAHORE:" with the day only there
  'weekday', // "on Saturday", resolved against the publication day
  'weekday-with-date', // "on Thursday (May 8)"
  'relative-day', // "a day after", "last Tuesday", "10 days ago", "earlier this week"
  'clock-time', // "at 10:50 am", "from 1700 hours", "at midnight"
  'live-blog', // timestamped entries, newest first
  'updated-line', // "Updated …" or "Last modified …" as the only date
  'no-date', // no publication day anywhere; only the text dates it
  'recap', // background paragraphs retelling earlier rounds
  'claim-denial', // one side asserts, the other denies
  'differing-figures', // sources give different numbers for the same count
  'revised-figure', // a toll revised upward from an earlier one
  'plan', // something announced for later
  'plan-done', // a plan that a later report says took place
  'postponement', // a plan put off
  'percentage', // a share, not a count of people
  'hypothetical', // "could", "would", a number that did not happen
  'fear', // fears or warnings of what might happen
  'third-party', // a statement or appeal by someone other than the two sides
  'span', // a happening over several days
] as const;

/** Why a passage must not become an event of its own. */
export const TRAP_REASONS = ['recap', 'fear', 'threat', 'hypothetical', 'percentage', 'background', 'negated', 'quoted-place'] as const;

const KeyFigure = z.strictObject({
  measure: z.enum([...MEASURES, 'captured']),
  /** The count as given; `max` when the source gives a range. */
  value: z.number().nonnegative(),
  max: z.number().nonnegative().optional(),
  /** Who gives this figure, when sources differ. */
  according: text('who gives the figure').optional(),
});

const dateOrder = (h: { date: string; endDate?: string | undefined }) =>
  h.endDate === undefined || !isRealDate(h.date) || !isRealDate(h.endDate) || daySpan(h.endDate).last >= daySpan(h.date).first;

/** The key's schema, built on the ontology so that types and kinds are checked against it. */
export function devsetKeySchema(ontology: Ontology) {
  const kinds = Object.keys(ontology.kinds) as [string, ...string[]];
  const types = Object.keys(ontology.types) as [string, ...string[]];
  const Happening = z
    .strictObject({
      /** Stable id, unique in the conflict; by convention the first day and a few words. */
      id: z.string().regex(SLUG, 'expected a slug such as "2021-04-29-kok-tash-clash"'),
      /** What happened, in a few neutral words. */
      what: text('what happened'),
      /** When, at the precision the reports allow: YYYY, YYYY-MM or YYYY-MM-DD. */
      date: PartialDateSchema,
      /** Last day of a happening over several days. */
      endDate: PartialDateSchema.optional(),
      kind: z.enum(kinds),
      type: z.enum(types),
      /** Other kinds a careful coder may choose for it (an accused act coded as the accusation). */
      alsoKinds: z.array(z.enum(kinds)).default([]),
      /** As the set of reports supports it: a plan that a later report says took place is `occurred`. */
      status: z.enum(STATUSES),
      places: z.array(text('a place')).default([]),
      actors: z.array(text('an actor')).default([]),
      /** Who spoke, for statements, proposals, accusations and denials. */
      speaker: text('who spoke').optional(),
      /** Who they spoke to or of, when there is one. */
      addressee: text('who was addressed').optional(),
      figures: z.array(KeyFigure).default([]),
    })
    .refine(dateOrder, { message: 'expected endDate on or after date', path: ['endDate'] })
    .refine((h) => ontology.types[h.type]?.kind === h.kind, {
      error: (issue) => {
        const h = issue.input as { type: string };
        return `expected kind ${JSON.stringify(ontology.types[h.type]?.kind)}, the kind of type ${JSON.stringify(h.type)} in ontology.yaml`;
      },
      path: ['kind'],
    })
    .refine((h) => !(SPOKEN_TYPES as readonly string[]).includes(h.type) || h.speaker !== undefined, {
      message: `expected a speaker for a ${SPOKEN_TYPES.join(', ')}`,
      path: ['speaker'],
    });

  const Trap = z.strictObject({
    /** Words of the article (verbatim) where the passage stands. */
    quote: text('words of the article'),
    why: z.enum(TRAP_REASONS),
  });

  const Article = z.strictObject({
    /** File name in tests/devset/articles/<conflict>/. */
    file: z.string().regex(/^[a-z0-9-]+\.(?:txt|md)$/, 'expected a file name such as "kt-01-water-facility.txt"'),
    /** The real report this article retells in our own words. */
    url: WebUrl,
    outlet: text('the outlet'),
    /** The day the real report was published. */
    published: z.string().refine(isRealDay, 'expected a day as YYYY-MM-DD'),
    report: z.enum(['wire', 'live-blog', 'explainer', 'follow-up', 'broadcast', 'briefing']),
    phenomena: z.array(z.enum(PHENOMENA)).min(1),
    /** The happenings this report is about: an extractor must find them. */
    key: z.array(z.string().regex(SLUG)).min(1),
    /** Happenings the report also mentions, rightly extracted but not required. */
    other: z.array(z.string().regex(SLUG)).default([]),
    /** Passages that must not become events of their own. */
    traps: z.array(Trap).default([]),
  });

  return z.strictObject({
    conflict: z.string().regex(SLUG, 'expected a slug such as "kyrgyzstan-tajikistan"'),
    title: text('a title'),
    /** The zone the conflict's days are counted in, as a maintainer of its fork would set it. */
    timeZone: text('an IANA time zone such as "Asia/Bishkek"'),
    happenings: z.array(Happening).min(1),
    articles: z.array(Article).min(1),
  });
}

export type DevsetKey = z.infer<ReturnType<typeof devsetKeySchema>>;
export type KeyHappening = DevsetKey['happenings'][number];
export type KeyArticle = DevsetKey['articles'][number];
