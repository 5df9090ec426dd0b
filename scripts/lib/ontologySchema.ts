import { z } from 'zod';
import { OTHER_LOCALES } from '../../src/i18n/locales.ts';
import { PHASES } from '../../src/lib/phases.ts';

// The schema of scripts/lexicon/ontology.yaml. It imports nothing generated from that file, so
// `npm run schema` can read a changed ontology before src/lib/ontology.ts is rewritten from it.

const ID = /^[a-z]+(?:-[a-z]+)*$/;
const id = (what: string) => z.string().regex(ID, `expected ${what} id of lower-case words joined by single hyphens`);
const text = z.string().trim().min(1);

/**
 * A narrower label of a type, with each edition's wording of it. The wordings are required, as an
 * interface string is (checked below, with a message that says what to add).
 */
const Form = z.strictObject({
  label: text,
  words: z.array(text).min(1).optional(),
  ...(Object.fromEntries(OTHER_LOCALES.map((l) => [l, text.optional()])) as Record<(typeof OTHER_LOCALES)[number], z.ZodOptional<typeof text>>),
});

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
         * Each names its wording in every other edition (`th`, `km`), which those editions' titles use.
         */
        forms: z.array(Form).optional(),
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
      // Without its wording an edition would show the type's broader label where English names the form.
      for (const [i, form] of (type.forms ?? []).entries()) {
        for (const locale of OTHER_LOCALES.filter((l) => form[l] === undefined)) {
          issue(['types', name, 'forms', i], `expected \`${locale}:\`, the ${locale} edition's wording of "${form.label}" (terms as in src/i18n/glossary.md)`);
        }
      }
      // A phase's label is one of the forms, so that every edition has its wording.
      const labels = (type.forms ?? []).map((f) => f.label);
      for (const [phase, label] of Object.entries(type.phases ?? {})) {
        if (!labels.includes(label)) issue(['types', name, 'phases', phase], `expected the label of one of the type's forms (${labels.length > 0 ? one(labels) : 'it has none'}), whose wording each edition gives`);
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
