import { ROLES, type Conditions } from '../lexicon/happeningsSchema.ts';
import type { CompiledTrigger } from './compileHappenings.ts';
import type { Chunk } from './readStructure.ts';
import type { Roles } from './rolesOf.ts';

/** Tells whether a class or a word occurs within a run of tokens. */
export type Occurs = (value: string, run: Chunk, startsAt?: boolean) => boolean;

/** The type an entry gives, the rule that gave it, and whether a refine rule decided it. */
export interface Typed {
  type: string | null;
  rule: string;
  refined: boolean;
}

const holds = (when: Conditions, roles: Roles, occurs: Occurs): boolean =>
  (when.pos === undefined || when.pos === roles.pos) &&
  ROLES.every((role) => {
    const test = when[role];
    if (test === undefined) return true;
    const any = (value: string) => roles[role].some((run) => occurs(value, run, role === 'next'));
    // A list means any of its classes or words; a value starting with "!" means none of them is
    // there: `[captive, "!text"]` asks for a captive and no text, `["!person", "!captive"]` for neither.
    const values = typeof test === 'string' ? [test] : test;
    const wanted = values.filter((v) => !v.startsWith('!'));
    return (wanted.length === 0 || wanted.some(any)) && !values.some((v) => v.startsWith('!') && any(v.slice(1)));
  });

/**
 * The type one trigger entry gives a trigger with these roles: the first refine rule whose
 * conditions all hold, or the entry's default. `undefined` when neither applies.
 * @example typeOf(attackEntry, rolesOf(…'attacked a village'…), occurs).type // 'attack-on-civilians'
 */
export function typeOf(entry: CompiledTrigger, roles: Roles, occurs: Occurs): Typed | undefined {
  for (const [j, rule] of entry.refine.entries()) {
    if (holds(rule.when, roles, occurs)) return { type: rule.type, rule: `${entry.id}.refine[${j}]`, refined: true };
  }
  return entry.type ? { type: entry.type, rule: entry.id, refined: false } : undefined;
}
