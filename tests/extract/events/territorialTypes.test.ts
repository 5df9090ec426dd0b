import { expect, test } from 'vitest';
import { TERRITORIAL_TYPES } from '../../../scripts/lib/extract/events/territorialTypes.ts';
import { TYPE_ACLED, TYPES } from '../../../src/lib/ontology.ts';

test('TERRITORIAL_TYPES are the types whose ACLED sub-event type is about territory', () => {
  const territorial = TYPES.filter((t) => /\bterritory\b/i.test(TYPE_ACLED[t]?.[1] ?? ''));
  expect([...TERRITORIAL_TYPES].sort()).toEqual([...territorial].sort());
});
