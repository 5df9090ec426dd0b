import { DateTime } from 'luxon';
import { isRealDay } from '../../src/lib/partialDate.ts';
import { siteConfig } from '../../src/siteConfig.ts';

/**
 * The `--now` option of the commands: the given day, or today on the clock, at the start of the
 * day in the timeline's zone. Reads the clock, so it lives with the commands' input, not in lib.
 * @example readNowOption('2025-12-24') // { now: DateTime 2025-12-24T00:00 Asia/Bangkok }
 */
export function readNowOption(value: string | undefined): { now: DateTime } | { error: string } {
  if (value === undefined) return { now: DateTime.now().setZone(siteConfig.timeZone).startOf('day') };
  if (!isRealDay(value)) return { error: `invalid --now: ${value} (expected a date YYYY-MM-DD)` };
  return { now: DateTime.fromISO(value, { zone: siteConfig.timeZone }) };
}
