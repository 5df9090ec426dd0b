import { z } from 'zod';
import { KINDS, MEASURES, QUALIFIERS, TYPES, UNITS } from '../../../src/lib/eventSchema.ts';
import { TYPE_KINDS } from '../../../src/lib/ontology.ts';
import { OntologyFile, type Ontology } from '../ontologySchema.ts';

// The extractor's vocabulary, kept as YAML files in scripts/lexicon/ so that a fork for another
// conflict edits data, not code. Each file is checked against one of these schemas on load.

export const PHASES = ['begin', 'resume', 'end', 'agree', 'collapse'] as const;
export type Phase = (typeof PHASES)[number];

const words = z.array(z.string().trim().min(1)).min(1);
const templates = z.partialRecord(z.enum([...PHASES, 'default', 'scheduled', 'named']), z.string().min(1));

/**
 * Trigger words and title templates per kind (kinds.yaml). Triggers under `types` also set the
 * event's type; each of those types must belong to the kind it is listed under.
 */
export const KindsFile = z.partialRecord(
  z.enum(KINDS),
  z
    .strictObject({
      triggers: z.array(z.string().trim().min(1)).default([]),
      types: z.partialRecord(z.enum(TYPES), words).default({}),
      titles: templates.refine((t) => t.default !== undefined, 'expected a `default` title'),
      summaries: templates.refine((t) => t.default !== undefined, 'expected a `default` summary'),
    })
    .refine((k) => k.triggers.length > 0 || Object.keys(k.types).length > 0, 'expected `triggers` or `types` with at least one word'),
).superRefine((kinds, ctx) => {
  for (const [kind, entry] of Object.entries(kinds)) {
    for (const type of Object.keys(entry?.types ?? {}) as (keyof typeof TYPE_KINDS)[]) {
      if (TYPE_KINDS[type] !== kind) {
        ctx.addIssue({ code: 'custom', path: [kind, 'types', type], message: `expected a type of kind "${kind}", not one of kind "${TYPE_KINDS[type]}"` });
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

export const ActorsFile = z.array(
  z.strictObject({
    name: z.string().min(1),
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
    aliases: words,
    admin1: z.string().min(1),
    country: z.string().min(1),
    kind: z.enum(['province', 'city', 'site', 'capital']),
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
} as const;

/** The lexicon files a fork may overlay with its own (`extract --lexicon DIR`): the gazetteers of its conflict. */
export const OVERLAY_FILES = ['actors', 'places'] as const;
