import { expect, test } from 'vitest';
import { TAKEN_TYPES } from '../../../scripts/lib/extract/happenings/takenTypes.ts';
import { TYPE_ACLED, TYPES } from '../../../src/lib/ontology.ts';

test('TAKEN_TYPES are the types ACLED codes as arrests or as abductions', () => {
  const taking = TYPES.filter((t) => /^(?:arrests|abduction)\b/i.test(TYPE_ACLED[t]?.[1] ?? ''));
  expect([...TAKEN_TYPES].sort()).toEqual([...taking].sort());
});
