import type { TimelinePaths } from './readValidatedData.ts';

/**
 * The data a build reads: data/events.json and seeds/, unless TIMELINE_DATA and TIMELINE_SEEDS
 * point it at others (the benchmark's generated archives, the tests' fixtures).
 */
export const TIMELINE_PATHS: TimelinePaths = {
  data: process.env.TIMELINE_DATA ?? 'data/events.json',
  seeds: process.env.TIMELINE_SEEDS ?? 'seeds',
};
