import { z } from 'zod';
import { PHASES } from '../../src/lib/phases.ts';

// The schema of scripts/lexicon/ontology.yaml. It imports nothing generated from that file, so
// `npm run schema` can read a changed ontology before src/lib/ontology.ts is rewritten from it.

const ID = /^[a-z]+(?:-[a-z]+)*$/;
const id = (what: string) => z.string().regex(ID, `expected ${what} id of lower-case words joined by single hyphens`);
const text = z.string().trim().min(1);

/**
 * The event ontology (ontology.yaml): kinds readers see, the leaf types under them with their
 * ACLED codes, and the legacy kinds `npm run migrate` rewrites. Every cross-reference is checked,
 * so a typo in an ACLED name or a kind is found where it was made.
 */
export const OntologyFile = z
  .strictObject({
    sources: z.record(id('a source'), text),
    acled: z.record(text, z.array(text).min(1)),
    kinds: z.record(id('a kind'), z.strictObject({ label: text, definition: text })),
    types: z.record(
      id('a type'),
      z.strictObject({
        kind: z.string(),
        label: text,
        acled: z.tuple([text, text]).optional(),
        case: z.string().regex(/^[A-Z_]+$/, 'expected a CASE label in capitals, e.g. ARMED_CLASH').optional(),
        definition: text,
        source: z.string(),
        /** A two-way type's label by the phase the text gives ("closed" is a closure, "reopened" a reopening), where the one label would read as a form left unfilled. */
        phases: z.partialRecord(z.enum(PHASES), text).optional(),
        /**
         * Narrower labels a title takes by the words its reports use ("Drone strike" where they speak
         * of drones), tried in order; a form with no words is the label when no other form's words appear.
         */
        forms: z.array(z.strictObject({ label: text, words: z.array(text).min(1).optional() })).optional(),
      }),
    ),
    legacy: z.record(id('a kind'), z.string()).default({}),
  })
  .superRefine((o, ctx) => {
    const one = (values: Iterable<string>) => [...values].map((v) => `"${v}"`).join(', ');
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    for (const [name, type] of Object.entries(o.types)) {
      if (!(type.kind in o.kinds)) issue(['types', name, 'kind'], `expected one of the kinds ${one(Object.keys(o.kinds))}`);
      if (!(type.source in o.sources)) issue(['types', name, 'source'], `expected one of the sources ${one(Object.keys(o.sources))}`);
      if (type.acled) {
        const [eventType, subEventType] = type.acled;
        const subTypes = o.acled[eventType];
        if (!subTypes) issue(['types', name, 'acled', 0], `expected one of ACLED's event types ${one(Object.keys(o.acled))}`);
        else if (!subTypes.includes(subEventType)) issue(['types', name, 'acled', 1], `expected one of the sub-event types of ${eventType}: ${one(subTypes)}`);
      }
    }
    for (const kind of Object.keys(o.kinds)) {
      if (!Object.values(o.types).some((t) => t.kind === kind)) issue(['kinds', kind], 'expected a kind with at least one type');
    }
    for (const [old, type] of Object.entries(o.legacy)) {
      if (old in o.kinds) issue(['legacy', old], `expected a kind that no longer exists; "${old}" is a current kind`);
      if (!(type in o.types)) issue(['legacy', old], 'expected the id of a type');
    }
  });

export type Ontology = z.infer<typeof OntologyFile>;
