import { describe, expect, test } from 'vitest';
import type { Claim, Figure } from '../src/lib/eventSchema.ts';
import { findDisagreements } from '../src/lib/findDisagreements.ts';

const figure = (source: string, min: number, max: number | undefined, unit: Figure['unit'] = 'days', measure: Figure['measure'] = 'duration'): Figure => ({
  measure,
  unit,
  min,
  ...(max === undefined ? {} : { max }),
  qualifier: max === undefined ? 'at-least' : 'exactly',
  text: String(min),
  citation: { source, quote: 'q' },
});
const claim = (source: string, values: string[]): Claim => ({ about: 'brokered-by', values, citation: { source, quote: 'q' } });

describe('findDisagreements', () => {
  test('finds two sources giving different values for the same measure and unit', () => {
    const disagreements = findDisagreements({ figures: [figure('a', 3, 3), figure('b', 4, 4), figure('b', 35, 35, 'minutes')], claims: [] });
    expect(disagreements).toEqual([{ type: 'figure', measure: 'duration', unit: 'days', figures: [figure('a', 3, 3), figure('b', 4, 4)] }]);
  });

  test('does not count agreeing sources, or two numbers from one source', () => {
    expect(findDisagreements({ figures: [figure('a', 817, 817, 'km', 'border-length'), figure('b', 817, 817, 'km', 'border-length')], claims: [] })).toEqual([]);
    expect(findDisagreements({ figures: [figure('a', 4000, 4000, 'people', 'displaced'), figure('a', 20000, undefined, 'people', 'displaced')], claims: [] })).toEqual([]);
  });

  test('does not count a toll updated by a report days later', () => {
    const published = new Map([['a', '2025-07-25'], ['b', '2025-07-29']]);
    expect(findDisagreements({ figures: [figure('a', 16, undefined, 'people', 'killed'), figure('b', 38, undefined, 'people', 'killed')], claims: [] }, published)).toEqual([]);
  });

  test('finds a date two sources give differently, however far apart they wrote', () => {
    const date = (source: string, day: string): Claim => ({ about: 'date', values: [day], citation: { source, quote: 'q' } });
    const published = new Map([['a', '2025-10-27'], ['b', '2025-11-20']]);
    expect(findDisagreements({ figures: [], claims: [date('a', '2025-10-26'), date('b', '2025-10-27')] }, published)).toMatchObject([{ type: 'claim', about: 'date' }]);
    expect(findDisagreements({ figures: [], claims: [date('a', '2025-10-26'), date('b', '2025-10-26')] }, published)).toEqual([]);
  });

  test('finds claims naming different actors, ignoring order and case', () => {
    expect(findDisagreements({ figures: [], claims: [claim('a', ['Malaysia', 'United States']), claim('b', ['united states', 'Malaysia'])] })).toEqual([]);
    expect(findDisagreements({ figures: [], claims: [claim('a', ['Malaysia']), claim('b', ['Malaysia', 'China'])] })).toMatchObject([{ type: 'claim', about: 'brokered-by' }]);
  });
});
