import { z } from 'zod';
import { KINDS, TYPES, Latitude, Longitude, MEASURES, PLACE_KINDS, QUALIFIERS, UNITS } from '../../../../src/lib/eventSchema.ts';
import { OntologyFile, type Ontology } from '../../ontologySchema.ts';
import { TYPE_KINDS } from '../../../../src/lib/ontology.ts';
import { HappeningsFile } from './happeningsSchema.ts';
import { OTHER_LOCALES, type OtherLocale } from '../../../../src/i18n/locales.ts';
import { PHASES, type Phase } from '../../../../src/lib/phases.ts';
import { TEMPLATE_KEYS } from '../../../../src/lib/templateKey.ts';
import { editionFormIssues } from './editionFormIssues.ts';

// The extractor's vocabulary, kept as YAML files in scripts/lexicon/ so that a fork for another
// conflict edits data, not code. Each file is checked against one of these schemas on load.

export { PHASES, type Phase } from '../../../../src/lib/phases.ts';

const words = z.array(z.string().trim().min(1)).min(1);
const templates = z.partialRecord(z.enum([...PHASES, ...TEMPLATE_KEYS, ...TYPES]), z.string().min(1));
const titles = templates.refine((t) => t.default !== undefined, 'expected a `default` title');
const summaries = templates.refine((t) => t.default !== undefined, 'expected a `default` summary');
/** One edition's forms of a kind's templates, keyed as the English ones. */
const editionForms = z.strictObject({ titles, summaries });

/**
 * Title and summary templates and the words that name each kind (kinds.yaml), keyed by the
 * ontology's kinds; beside the English templates, a Thai and a Khmer form of each.
 */
export const KindsFile = z.partialRecord(
  z.enum(KINDS),
  z
    .strictObject({
      triggers: z.array(z.string().trim().min(1)).default([]),
      titles,
      summaries,
      ...(Object.fromEntries(OTHER_LOCALES.map((l) => [l, editionForms])) as Record<OtherLocale, typeof editionForms>),
    })
    .superRefine((kind, ctx) => {
      for (const issue of editionFormIssues(kind)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }),
).superRefine((file, ctx) => {
  // A type's own template words that type, so it must be of the kind it is listed under.
  for (const [kind, entry] of Object.entries(file)) {
    for (const part of ['titles', 'summaries'] as const) {
      for (const key of Object.keys(entry?.[part] ?? {})) {
        const of = TYPE_KINDS[key as keyof typeof TYPE_KINDS];
        if (of !== undefined && of !== kind) ctx.addIssue({ code: 'custom', path: [kind, part, key], message: `expected a type of ${kind}; "${key}" is a type of ${of}` });
      }
    }
  }
});

export const PhasesFile = z.strictObject(Object.fromEntries(PHASES.map((p) => [p, words])) as Record<Phase, typeof words>);

export const MarkersFile = z.strictObject({
  future: words,
  claim: words,
  broker: words,
  report: words,
  roles: words,
  variants: z.record(z.string(), z.string()),
});

const range = z.tuple([z.number().nonnegative(), z.number().nonnegative()]).refine(([a, b]) => a <= b, 'expected [low, high]');

export const QuantitiesFile = z.strictObject({
  vague: z.record(z.string(), range),
  qualifiers: z.record(z.string(), z.enum(QUALIFIERS)),
  measures: z.partialRecord(z.enum(MEASURES), z.strictObject({ after: z.array(z.string()), before: z.array(z.string()) })),
  units: z.partialRecord(z.enum(UNITS), words),
});

/**
 * A place's or actor's name in each of the site's other editions (src/i18n/locales.ts), all of
 * them or none; the extractor reads only `name`, the site's Thai and Khmer pages read these.
 */
const LocalNames = z.record(z.enum(OTHER_LOCALES), z.string().min(1)).optional();

export const ActorsFile = z.array(
  z.strictObject({
    name: z.string().min(1),
    names: LocalNames,
    type: z.enum(['country', 'organisation', 'force']),
    aliases: words,
    metonyms: z.array(z.string().min(1)).default([]),
    /** The country a force belongs to; naming the force names the country too. */
    country: z.string().min(1).optional(),
  }),
);

export const PlacesFile = z.array(
  z.strictObject({
    name: z.string().min(1),
    names: LocalNames,
    aliases: words,
    /** The first-level region; a country has none. */
    admin1: z.string().min(1).optional(),
    country: z.string().min(1),
    kind: z.enum(PLACE_KINDS),
    /** Where it is, from a public gazetteer; a country has none (see places.yaml's header). */
    coordinates: z.strictObject({ latitude: Latitude, longitude: Longitude }).optional(),
    /** Which gazetteer gave the coordinates, and under what name or code. */
    coordinatesSource: z.string().min(1).optional(),
  }).refine((p) => (p.coordinates === undefined) === (p.coordinatesSource === undefined), {
    message: 'expected coordinates and coordinatesSource together: a coordinate is a fact, and every fact here names its source',
    path: ['coordinatesSource'],
  }),
);

/** Everything the extractor knows about words, as read from scripts/lexicon/. */
export interface Lexicon {
  ontology: Ontology;
  kinds: z.infer<typeof KindsFile>;
  phases: z.infer<typeof PhasesFile>;
  markers: z.infer<typeof MarkersFile>;
  quantities: z.infer<typeof QuantitiesFile>;
  actors: z.infer<typeof ActorsFile>;
  places: z.infer<typeof PlacesFile>;
  happenings: z.infer<typeof HappeningsFile>;
}

/** The lexicon files and the schema each must satisfy. */
export const LEXICON_FILES = {
  ontology: OntologyFile,
  kinds: KindsFile,
  phases: PhasesFile,
  markers: MarkersFile,
  quantities: QuantitiesFile,
  actors: ActorsFile,
  places: PlacesFile,
  happenings: HappeningsFile,
} as const;

/** The lexicon files a fork may overlay with its own (`extract --lexicon DIR`): the gazetteers of its conflict. */
export const OVERLAY_FILES = ['actors', 'places'] as const;
