import { z } from 'zod';
import { Latitude, Longitude } from '../../../src/lib/eventSchema.ts';

/** [west, south, east, north] in degrees, west of east (no frame crosses the antimeridian). */
const Box = z
  .tuple([Longitude, Latitude, Longitude, Latitude])
  .refine(([w, s, e, n]) => w < e && s < n, 'expected [west, south, east, north] with west < east and south < north');

/** scripts/geo/region.yaml: what the locator map draws. */
export const RegionFile = z.strictObject({
  /** How the map's caption names the region. */
  name: z.string().min(1),
  frame: Box,
  inset: Box,
  provinces: z.array(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as TH')).min(1),
  border: z.tuple([z.string().min(1), z.string().min(1)]),
  labels: z.array(z.string().regex(/^[A-Z]{2}-\w+$/, 'expected an ISO 3166-2 code such as TH-22')).default([]),
  names: z.record(z.string().regex(/^[A-Z]{2}-\w+$/, 'expected an ISO 3166-2 code such as TH-22'), z.string().min(1)).default({}),
});

export type Region = z.infer<typeof RegionFile>;
