import { z } from 'zod';

/** One reader-facing kind: a group of leaf types shown together. */
const KindEntry = z.strictObject({ label: z.string().min(1) });

/** One leaf type of happening, as scripts/lexicon/ontology.yaml defines it. */
const TypeEntry = z.strictObject({
  kind: z.string().min(1),
  /** ACLED's event type and sub-event type, where ACLED's codebook has one. */
  acled: z.tuple([z.string().min(1), z.string().min(1)]).optional(),
  /** The CASE 2021 task 2 label of the same happening. */
  case: z.string().min(1).optional(),
  definition: z.string().min(1),
});

/** The event ontology: kinds readers see, over the leaf types the extractor codes. */
export const OntologyFile = z
  .strictObject({ kinds: z.record(z.string(), KindEntry), types: z.record(z.string(), TypeEntry) })
  .superRefine((ontology, ctx) => {
    for (const [id, type] of Object.entries(ontology.types)) {
      if (!(type.kind in ontology.kinds)) {
        ctx.addIssue({ code: 'custom', path: ['types', id, 'kind'], message: `expected one of the kinds (${Object.keys(ontology.kinds).join(', ')}), found "${type.kind}"` });
      }
    }
  });

export type Ontology = z.infer<typeof OntologyFile>;
