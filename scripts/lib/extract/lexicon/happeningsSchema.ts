import { z } from 'zod';

const words = z.array(z.string().trim().min(1)).min(1);
/** A class name, a word, or a list of them; `!` in front asks that none be there. */
const test = z.union([z.string().trim().min(1), words]);

export const ROLES = ['agent', 'doer', 'patient', 'object', 'of', 'with', 'modifier', 'next', 'within', 'clause', 'sentence', 'governor'] as const;
export type Role = (typeof ROLES)[number];

const Conditions = z.strictObject({
  ...(Object.fromEntries(ROLES.map((r) => [r, test.optional()])) as Record<Role, z.ZodOptional<typeof test>>),
  /** The trigger's own part of speech: a noun ("the attack") or a verb ("attacked"). */
  pos: z.enum(['noun', 'verb']).optional(),
});
export type Conditions = z.infer<typeof Conditions>;

const Trigger = z.strictObject({
  words,
  /** What the words report when no refine rule holds; none means they report nothing then. */
  type: z.string().min(1).nullable().optional(),
  /** Harm that names no cause: it stands only when nothing more specific is said. */
  casualty: z.boolean().optional(),
  refine: z.array(z.strictObject({ when: Conditions, type: z.string().min(1).nullable() })).default([]),
});
export type TriggerEntry = z.infer<typeof Trigger>;

export const MODALITIES = ['possible', 'feared', 'planned', 'proposed', 'threatened', 'demanded', 'attempted'] as const;
export type Modality = (typeof MODALITIES)[number];

/** scripts/lexicon/happenings.yaml: how happenings are recognised and typed. */
export const HappeningsFile = z.strictObject({
  classes: z.record(z.string(), words),
  triggers: z.array(Trigger).min(1),
  types: z.record(z.string(), z.strictObject({ case: z.string().min(1), definition: z.string().min(1) })),
  extraTriggers: z.array(Trigger),
  caseLabels: z.record(z.string(), z.string().min(1)),
  modality: z.strictObject(Object.fromEntries(MODALITIES.map((m) => [m, words])) as Record<Modality, typeof words>),
  negation: words,
  reporting: z.strictObject({ report: words, claim: words }),
  carriers: words,
  /** Irregular past forms and their base ("shot": shoot), for verbs the tagger takes for nouns. */
  irregular: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/)),
  /** Forms of `irregular` that are only ever verbs, which the tagger's model does not know and tags as nouns ("retook"). */
  verbOnly: z.array(z.string().regex(/^[a-z]+$/)).default([]),
  priority: words,
  sentencePenalty: z.number().nonnegative(),
}).superRefine((h, ctx) => {
  h.verbOnly.forEach((form, i) => {
    if (!Object.hasOwn(h.irregular, form)) ctx.addIssue({ code: 'custom', path: ['verbOnly', i], message: `expected a form listed in \`irregular\` with its base, found "${form}"` });
  });
});
export type Happenings = z.infer<typeof HappeningsFile>;

/**
 * Checks what one file cannot: every type named in happenings.yaml is a leaf of the ontology or
 * one of its own non-conflict types, and the priority list ranks every one of them.
 * @example happeningTypeProblems(ontology, happenings) // [{ path: ['triggers', 3, 'type'], message: 'expected …' }]
 */
export function happeningTypeProblems(
  ontologyTypes: readonly string[],
  happenings: Happenings,
): { path: (string | number)[]; message: string }[] {
  const known = new Set([...ontologyTypes, ...Object.keys(happenings.types)]);
  const problems: { path: (string | number)[]; message: string }[] = [];
  const check = (type: string | null | undefined, path: (string | number)[]) => {
    if (type && !known.has(type)) problems.push({ path, message: `expected a type of ontology.yaml or of \`types\`, found "${type}"` });
  };
  for (const list of ['triggers', 'extraTriggers'] as const) {
    happenings[list].forEach((t, i) => {
      check(t.type, [list, i, 'type']);
      t.refine.forEach((r, j) => check(r.type, [list, i, 'refine', j, 'type']));
    });
  }
  for (const [type] of Object.entries(happenings.caseLabels)) check(type, ['caseLabels', type]);
  happenings.priority.forEach((type, i) => check(type, ['priority', i]));
  const missing = [...known].filter((t) => !happenings.priority.includes(t));
  if (missing.length > 0) problems.push({ path: ['priority'], message: `expected every type to be ranked, found no place for ${missing.join(', ')}` });
  return problems;
}
