import type { Kind } from '../../../../src/lib/eventSchema.ts';
import type { Happening } from './findHappenings.ts';

// The schema's `kind` still holds the seven former kinds until the ontology's kinds land in it
// (branch `kinds`). Until then a happening is shown as the former kind nearest its ontology kind;
// kinds the schema cannot hold yet (protests, diplomatic measures, detentions, military and
// government measures) are left out, as they were before.
const BY_KIND: Readonly<Record<string, Kind>> = {
  fighting: 'fighting',
  strike: 'fighting',
  ceasefire: 'ceasefire',
  talks: 'talks',
  statement: 'statement',
  accusation: 'accusation',
};
const BY_TYPE: Readonly<Record<string, Kind>> = {
  'attack-on-civilians': 'fighting',
  displacement: 'displacement',
  evacuation: 'displacement',
};

/**
 * The former kind a happening is shown as, or none when the schema cannot hold it yet.
 * Harm without a named cause is "casualties".
 * @example legacyKind({ type: 'shelling', kind: 'strike', … }) // 'fighting'
 */
export function legacyKind(h: Pick<Happening, 'type' | 'kind' | 'casualty'>): Kind | undefined {
  if (h.casualty) return 'casualties';
  return BY_TYPE[h.type] ?? (h.kind ? BY_KIND[h.kind] : undefined);
}
