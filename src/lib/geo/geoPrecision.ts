import type { Place } from '../eventSchema.ts';

/**
 * ACLED's geo_precision for a place of this kind: 1 = the town, village or site itself, 2 = only
 * its district, 3 = only its province. A country is no point at all (undefined): ACLED codes no
 * event that precise, and the map does not pretend to.
 * @example geoPrecision('temple') // 1
 */
export function geoPrecision(kind: Place['kind']): 1 | 2 | 3 | undefined {
  switch (kind) {
    case 'district':
      return 2;
    case 'province':
      return 3;
    case 'country':
    case undefined:
      return undefined;
    default:
      return 1;
  }
}
