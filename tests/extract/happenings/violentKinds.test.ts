import { expect, test } from 'vitest';
import { ARMED_KINDS, VIOLENT_KINDS } from '../../../scripts/lib/extract/happenings/violentKinds.ts';
import { KINDS, TYPE_ACLED, TYPE_KINDS, TYPES } from '../../../src/lib/ontology.ts';

/** The kinds of the ontology's types that ACLED codes under one of `eventTypes`, in the ontology's order. */
const kindsCodedAs = (...eventTypes: string[]) =>
  KINDS.filter((kind) => TYPES.some((t) => TYPE_KINDS[t] === kind && eventTypes.includes(TYPE_ACLED[t]?.[0] ?? '')));

test('VIOLENT_KINDS are the kinds whose types ACLED codes as political violence, in the ontology order', () => {
  expect([...VIOLENT_KINDS]).toEqual(kindsCodedAs('Battles', 'Explosions/Remote violence', 'Violence against civilians'));
});

test('ARMED_KINDS are the kinds of battles and remote violence, all of them violent', () => {
  expect([...ARMED_KINDS]).toEqual(kindsCodedAs('Battles', 'Explosions/Remote violence'));
  expect([...ARMED_KINDS].every((kind) => VIOLENT_KINDS.has(kind))).toBe(true);
});
