import { z } from 'zod';

// The part of scripts/lexicon/ontology.yaml the development set's keys are checked against: the
// reader-facing kinds and the types, each type naming its kind.

export const OntologyFile = z.object({
  kinds: z.record(z.string(), z.object({ label: z.string() })),
  types: z.record(z.string(), z.object({ kind: z.string(), definition: z.string() })),
});

export type Ontology = z.infer<typeof OntologyFile>;
