import { describe, expect, test } from 'vitest';
import type { Place } from '../../src/lib/eventSchema.ts';
import { geoPrecision } from '../../src/lib/geo/geoPrecision.ts';
import { locateEvent } from '../../src/lib/geo/locateEvent.ts';
import { whyUnmapped } from '../../src/lib/geo/whyUnmapped.ts';

const thailand: Place = { name: 'Thailand', country: 'Thailand', kind: 'country' };
const surin: Place = { name: 'Surin', admin1: 'Surin', country: 'Thailand', kind: 'province', latitude: 14.936, longitude: 103.588 };
const temple: Place = { name: 'Ta Kwai temple', admin1: 'Surin', country: 'Thailand', kind: 'temple', latitude: 14.353, longitude: 103.373 };
const district: Place = { name: 'Kap Choeng', admin1: 'Surin', country: 'Thailand', kind: 'district', latitude: 14.475, longitude: 103.594 };
const unknown: Place = { name: 'Thnal Bek', kind: 'village', unverified: true };

describe('geoPrecision', () => {
  test.each([
    ['village', 1], ['temple', 1], ['checkpoint', 1], ['border-crossing', 1], ['site', 1], ['city', 1], ['capital', 1],
    ['district', 2], ['province', 3], ['country', undefined], [undefined, undefined],
  ] as const)('codes a place of kind %s as %s, ACLED’s scale', (kind, precision) => {
    expect(geoPrecision(kind)).toBe(precision);
  });
});

describe('locateEvent', () => {
  test('locates an event at its most specific place with coordinates, whatever order the places are named in', () => {
    expect(locateEvent({ places: [thailand, surin, temple] })).toEqual({ place: temple, latitude: 14.353, longitude: 103.373, geoPrecision: 1 });
    expect(locateEvent({ places: [district, surin] })?.place).toBe(district);
  });

  test('falls back to the province when the finer place has no coordinates', () => {
    expect(locateEvent({ places: [unknown, surin] })).toMatchObject({ place: surin, geoPrecision: 3 });
  });

  test('of equally specific places, takes the first named', () => {
    const other: Place = { ...temple, name: 'Ta Muen Thom temple', latitude: 14.349, longitude: 103.266 };
    expect(locateEvent({ places: [other, temple] })?.place).toBe(other);
  });

  test('never locates an event at a country, nor invents a place', () => {
    expect(locateEvent({ places: [thailand] })).toBeUndefined();
    expect(locateEvent({ places: [] })).toBeUndefined();
    expect(locateEvent({ places: [unknown] })).toBeUndefined();
  });
});

describe('whyUnmapped', () => {
  test.each([
    [[], 'no-place'],
    [[thailand], 'country-only'],
    [[thailand, unknown], 'no-coordinates'],
    [[thailand, surin], undefined],
  ] as [Place[], string | undefined][])('says why an event with places %j is not on the map', (places, reason) => {
    expect(whyUnmapped({ places })).toBe(reason);
  });
});
