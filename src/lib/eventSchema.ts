import { z } from 'zod';
import { CONTROL_CHARACTERS_MESSAGE, WITHOUT_CONTROL_CHARACTERS } from './controlCharacters.ts';
import { WebUrl } from './webUrl.ts';
import { KIND_LABELS, KINDS, TYPE_KINDS, TYPE_LABELS, TYPES, type EventType, type Kind } from './ontology.ts';
import { PARTIAL_DATE_PATTERN, daySpan, isRealDate } from './partialDate.ts';
import { PHASES } from './phases.ts';
import { OTHER_LOCALES } from '../i18n/locales.ts';

// The one description of an event. Types, the Astro collection, the validator and
// data/events.schema.json are all derived from this file; the `description`s are what a
// maintainer sees when hovering a field of data/events.json in an editor. The kinds and types
// come from the ontology (scripts/lexicon/ontology.yaml, generated into ./ontology.ts).

export { KINDS, TYPES, type EventType, type Kind };

export const STATUSES = ['occurred', 'scheduled', 'claimed'] as const;

export const MEASURES = [
  'killed',
  'injured',
  'displaced',
  'evacuated',
  'border-length',
  'duration',
] as const;

export const UNITS = ['people', 'km', 'mi', 'days', 'hours', 'minutes'] as const;

export const QUALIFIERS = ['exactly', 'about', 'at-least', 'more-than', 'at-most', 'fewer-than', 'vague'] as const;

/** What sort of place a gazetteer entry or an event's place is. */
export const PLACE_KINDS = ['country', 'province', 'district', 'city', 'capital', 'village', 'temple', 'checkpoint', 'border-crossing', 'site'] as const;

export const CLAIM_TOPICS = ['brokered-by', 'date'] as const;

export const PUBLISHED_FROM = ['front-matter', 'maintainer', 'dateline', 'updated-line', 'url', 'text', 'latest-happening'] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SOURCE_FILE = /^[^/\\]+\.(?:txt|md)$/;

/** A type given with a kind it does not belong to; unknown kinds and types are reported by their own checks. */
const typeOutsideKind = (kind: unknown, type: unknown) =>
  typeof type === 'string' && Object.hasOwn(TYPE_KINDS, type) && typeof kind === 'string' && (KINDS as readonly string[]).includes(kind) &&
  TYPE_KINDS[type as EventType] !== kind;
const typesOf = (kind: string) => TYPES.filter((t) => TYPE_KINDS[t] === kind);

/** An end that lies wholly before the start; unreal dates are reported by their own check. */
const endsBeforeStart = (date: unknown, endDate: unknown) =>
  typeof date === 'string' && typeof endDate === 'string' &&
  isRealDate(date) && isRealDate(endDate) && daySpan(endDate).last < daySpan(date).first;

/** A string of text: every string of the file is one, since every one reaches a page, a feed or a terminal. */
const text = () => z.string().regex(WITHOUT_CONTROL_CHARACTERS, CONTROL_CHARACTERS_MESSAGE);

const nonEmpty = (what: string) => text().trim().min(1, `expected ${what}`);

const partialDate = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((d) => !PARTIAL_DATE_PATTERN.test(d) || isRealDate(d), 'expected a date that exists on the calendar');

export const PartialDateSchema = partialDate.meta({
  description: 'A date at the precision the sources give: a year, a month or a day.',
  examples: ['2025', '2025-07', '2025-12-24'],
});

export const Citation = z
  .strictObject({
    source: text()
      .regex(SOURCE_FILE, 'expected the file name of an article in seeds/, e.g. "000_report.txt"')
      .meta({ description: 'File name of the article in seeds/.', examples: ['000_5f35d209c97f51ce.txt'] }),
    quote: nonEmpty('a quote').meta({
      description:
        'Words copied verbatim from the article body (whitespace may differ). The site links to this passage.',
      examples: ['A two-day session of the joint boundary commission opened on March 3'],
    }),
  })
  .meta({ description: 'Where a statement comes from: an article and a verbatim passage of it.' });

export const Figure = z
  .strictObject({
    measure: z.enum(MEASURES).meta({ description: 'What is counted.', examples: ['killed', 'displaced'] }),
    unit: z.enum(UNITS).meta({ description: 'Unit of the count.', examples: ['people', 'km', 'days'] }),
    min: z.number().nonnegative('expected a number of 0 or more').optional().meta({
      description: 'Lowest value the wording allows ("at least eighty" → 80). Omitted when unbounded.',
      examples: [80],
    }),
    max: z.number().nonnegative('expected a number of 0 or more').optional().meta({
      description: 'Highest value the wording allows ("up to 300" → 300). Omitted when unbounded.',
      examples: [300],
    }),
    qualifier: z.enum(QUALIFIERS).default('exactly').meta({
      description: 'How the source hedges the number; "vague" for words such as "dozens" or "hundreds of thousands".',
      examples: ['at-least', 'vague'],
    }),
    text: nonEmpty('the figure as written').meta({
      description: 'The figure as the source writes it; must occur in the citation quote.',
      examples: ['at least eighty'],
    }),
    citation: Citation,
  })
  .refine((f) => f.min !== undefined || f.max !== undefined, {
    message: 'expected at least one of min or max',
  })
  .refine((f) => f.min === undefined || f.max === undefined || f.min <= f.max, {
    error: (issue) => `expected max no less than min ${(issue.input as { min?: unknown }).min}`,
    path: ['max'],
  })
  .meta({ description: 'A number reported by one source, with its own citation.' });

export const Claim = z
  .strictObject({
    about: z.enum(CLAIM_TOPICS).meta({
      description: 'What the claim is about: who brokered an agreement, or the date a source gives the happening when sources date it differently.',
      examples: ['brokered-by', 'date'],
    }),
    values: z.array(nonEmpty('a name')).min(1).meta({
      description: 'What the source says: names of actors or places, or for `date` the one date it gives (YYYY, YYYY-MM or YYYY-MM-DD).',
      examples: [['Malaysia', 'United States'], ['2025-10-26']],
    }),
    citation: Citation,
  })
  .refine((c) => c.about !== 'date' || (c.values.length === 1 && PARTIAL_DATE_PATTERN.test(c.values[0]!) && isRealDate(c.values[0]!)), {
    message: 'expected one date YYYY, YYYY-MM or YYYY-MM-DD that exists on the calendar',
    path: ['values'],
  })
  .meta({ description: 'A non-numeric statement of one source that others may contradict.' });

/** Degrees north of the equator (WGS 84), as the gazetteers give them. */
export const Latitude = z.number().min(-90, 'expected a latitude from -90 to 90').max(90, 'expected a latitude from -90 to 90');
/** Degrees east of Greenwich (WGS 84). */
export const Longitude = z.number().min(-180, 'expected a longitude from -180 to 180').max(180, 'expected a longitude from -180 to 180');

export const Place = z
  .strictObject({
    name: nonEmpty('a place name').meta({ description: 'Place name as commonly written in English.', examples: ['Chanthaburi'] }),
    admin1: nonEmpty('a province').optional().meta({ description: 'First-level region (province).', examples: ['Chanthaburi'] }),
    country: nonEmpty('a country').optional().meta({ description: 'Country the place is in.', examples: ['Thailand'] }),
    kind: z.enum(PLACE_KINDS).optional().meta({ description: 'What sort of place it is.', examples: ['province', 'temple'] }),
    unverified: z.literal(true).optional().meta({
      description:
        'True for a place the text names ("in the village of X", "X district") that the gazetteer (scripts/lexicon/places.yaml) does not know; `npm run extract -- --verbose` lists them for adding there.',
    }),
    latitude: Latitude.optional().meta({
      description: 'Latitude of the place in decimal degrees (WGS 84), copied from the gazetteer (scripts/lexicon/places.yaml), which names its source.',
      examples: [12.812],
    }),
    longitude: Longitude.optional().meta({ description: 'Longitude of the place in decimal degrees (WGS 84), with latitude.', examples: [102.139] }),
  })
  .refine((p) => (p.latitude === undefined) === (p.longitude === undefined), {
    message: 'expected latitude and longitude together',
    path: ['longitude'],
    when: ({ value }) => typeof value === 'object' && value !== null,
  })
  .meta({ description: 'A place where the event happened.' });

export const Event = z
  .strictObject({
    id: z
      .string()
      .regex(SLUG, 'expected a slug of lower-case letters, digits and single hyphens, e.g. "2025-12-24-talks"')
      .meta({ description: 'Stable, readable identifier; used in URLs. Never reuse one.', examples: ['2025-12-24-talks'] }),
    date: PartialDateSchema,
    endDate: PartialDateSchema.optional().meta({
      description: 'Last day of a span (talks over several days) or of the window an approximate event lies in.',
      examples: ['2025-12-26'],
    }),
    approximate: z.boolean().default(false).meta({
      description: 'True when date…endDate is only the window the event happened in ("earlier this week").',
    }),
    kind: z.enum(KINDS).meta({
      description:
        'What sort of happening this is, as readers see it grouped; the kinds are defined in scripts/lexicon/ontology.yaml.',
      examples: ['talks', 'fighting'],
      enumDescriptions: KINDS.map((k) => KIND_LABELS[k]),
    }),
    type: z.enum(TYPES).optional().meta({
      description:
        'The precise type of happening, one of the kind\'s types (scripts/lexicon/ontology.yaml). Optional; where ACLED codes the type, it sets the ACLED event_type and sub_event_type of events.csv.',
      examples: ['armed-clash', 'shelling'],
      enumDescriptions: TYPES.map((t) => `${TYPE_LABELS[t]} (kind ${TYPE_KINDS[t]})`),
    }),
    status: z.enum(STATUSES).meta({
      description:
        '"occurred"; "scheduled" (announced for a later date than the reporting); "claimed" (asserted by one party, not confirmed by others).',
      examples: ['occurred'],
    }),
    phase: z.enum(PHASES).optional().meta({
      description:
        'The stage of the happening the reports tell, where they tell one: it began, resumed, ended, was agreed, collapsed, was put off, extended or held. Titles in every edition are worded by it.',
      examples: ['resume', 'collapse'],
    }),
    name: nonEmpty('a name').optional().meta({
      description: 'The proper name the reports give the happening, as they write it; titles in every edition name it.',
      examples: ['Kuala Lumpur Peace Accord'],
    }),
    speaker: nonEmpty('a name').optional().meta({
      description: 'For a statement, appeal, proposal, accusation or denial: who spoke, as a country, organisation or person.',
      examples: ['Russia', 'ASEAN'],
    }),
    addressee: nonEmpty('a name').optional().meta({
      description: 'For a statement, appeal, proposal, accusation or denial: whom it was addressed to, where the source says.',
      examples: ['Cambodia'],
    }),
    title: nonEmpty('a title').meta({ description: 'Short neutral headline.', examples: ['Border talks begin'] }),
    summary: nonEmpty('a summary').meta({ description: 'One or two neutral sentences.' }),
    handWritten: z.array(z.enum(['title', 'summary'])).optional().meta({
      description:
        'The fields a maintainer wrote by hand, in English. The Thai and Khmer editions show them as written, marked as English, instead of a title or summary generated from the facts; give `translations` to have them in those languages too.',
      examples: [['title']],
    }),
    translations: z
      .partialRecord(
        z.enum(OTHER_LOCALES),
        z.strictObject({
          title: nonEmpty('a title').optional().meta({ description: 'The headline in this language, as a maintainer wrote it.' }),
          summary: nonEmpty('a summary').optional().meta({ description: 'The summary in this language, as a maintainer wrote it.' }),
        }),
      )
      .optional()
      .meta({
        description:
          'A maintainer\'s own title and summary in the site\'s other languages (th, km), shown as written with the page marking their language; without them the site writes them from the facts.',
        examples: [{ th: { title: 'เปิดการประชุม GBC ที่จันทบุรี' } }],
      }),
    places: z.array(Place).default([]).meta({ description: 'Where it happened.' }),
    actors: z.array(nonEmpty('an actor name')).default([]).meta({
      description: 'Countries, organisations and forces involved.',
      examples: [['Thailand', 'Cambodia']],
    }),
    figures: z.array(Figure).default([]).meta({
      description: 'Reported numbers; several sources may report different values for the same measure.',
    }),
    claims: z.array(Claim).default([]).meta({ description: 'Non-numeric statements that sources may disagree on.' }),
    citations: z.array(Citation).min(1, 'expected at least one citation').meta({
      description: 'Passages that report this event; at least one.',
    }),
  })
  .refine((e) => !typeOutsideKind(e.kind, e.type), {
    error: (issue) => {
      const { kind } = issue.input as { kind: string };
      return `expected one of the types of kind "${kind}" (${typesOf(kind).join(', ')})`;
    },
    path: ['type'],
    when: ({ value }) => typeof value === 'object' && value !== null && 'type' in value,
  })
  .refine((e) => e.endDate === undefined || !endsBeforeStart(e.date, e.endDate), {
    error: (issue) => `expected endDate on or after date ${JSON.stringify((issue.input as { date?: unknown }).date)}`,
    path: ['endDate'],
    // Also check when other fields of the event are wrong, so one run reports everything.
    when: ({ value }) => typeof value === 'object' && value !== null && 'date' in value && 'endDate' in value,
  })
  .meta({ description: 'One happening on the timeline.' });

export const Source = z
  .strictObject({
    file: text().regex(SOURCE_FILE, 'expected the file name of an article in seeds/').meta({
      description: 'File name in seeds/.',
      examples: ['000_5f35d209c97f51ce.txt'],
    }),
    title: nonEmpty('a title').optional().meta({ description: 'Headline of the article.' }),
    outlet: nonEmpty('an outlet').optional().meta({ description: 'Publisher.', examples: ['Reuters'] }),
    url: WebUrl.optional().meta({ description: 'Where the article was published.' }),
    published: PartialDateSchema.optional().meta({ description: 'Publication date.', examples: ['2025-12-24'] }),
    publishedInferred: z.boolean().default(false).meta({
      description: 'True when the publication date was inferred from the text rather than stated.',
    }),
    publishedFrom: z.enum(PUBLISHED_FROM).optional().meta({
      description:
        'What gave the publication date: "front-matter"; "maintainer" (set here by hand); "dateline" ("BANGKOK, March 3 (Reuters) -"); ' +
        '"updated-line" ("Updated: 3 March 2026"); "url" (the day in the front matter url, "…/2026/03/03/…"); "text" (a weekday and a date said of one happening, a weekday paired with the day another article of the run gives the same happening or tells it undated as its news, or full dates beside the text\'s relative words; the first day of a stretch when nothing chose among its days); ' +
        '"latest-happening" (the latest fully dated happening the text reports, or, in a run of dated reports, the latest day or month the text states without its year, the year nearest theirs: only a lower bound, the article may be later; a month when only a month was stated). Absent when nothing did.',
      examples: ['dateline'],
    }),
  })
  .meta({ description: 'An article the events cite.' });

export const EventsFile = z
  .strictObject({
    $schema: z.literal('./events.schema.json').optional().meta({ description: 'Path of the JSON Schema beside this file, for editors.' }),
    sources: z.array(Source).default([]).meta({ description: 'Metadata of the cited articles.' }),
    events: z.array(Event).meta({ description: 'The events, in any order; the site sorts them by date.' }),
  })
  .meta({ title: 'Conflict timeline events', description: 'The curated event list behind the timeline.' });

export type Status = (typeof STATUSES)[number];
export type Measure = (typeof MEASURES)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type PublishedFrom = (typeof PUBLISHED_FROM)[number];
export type Citation = z.infer<typeof Citation>;
export type Figure = z.infer<typeof Figure>;
export type Claim = z.infer<typeof Claim>;
export type Place = z.infer<typeof Place>;
export type Event = z.infer<typeof Event>;
export type Source = z.infer<typeof Source>;
export type EventsFile = z.infer<typeof EventsFile>;
