import { DateTime } from 'luxon';
import { findTimeExpressions } from '../extract/time/findTimeExpressions.ts';
import { resolveTime } from '../extract/time/resolveTime.ts';
import type { Timex } from './timex.ts';

/**
 * The TIMEX3s of a text, found and resolved by the extractor's own functions against the
 * document's creation day.
 * @example tagTimexes('Talks began on Friday.', '1998-02-13')[0].value // '1998-02-13'
 */
export function tagTimexes(text: string, dct: string): Timex[] {
  const day = DateTime.fromISO(dct.slice(0, 10), { zone: 'UTC' });
  const { dates, durations } = findTimeExpressions(text);
  const timexes: Timex[] = [];
  for (const d of dates) {
    const time = resolveTime(d.spec, day, 'neutral');
    if (!time) continue;
    const from = DateTime.fromISO(time.date, { zone: 'UTC' });
    const value = time.endDate && d.spec.type === 'relative' && d.spec.unit === 'week' ? from.toFormat("kkkk-'W'WW") : d.spec.type === 'month-part' ? time.date.slice(0, 7) : time.date;
    timexes.push({ start: d.start, end: d.end, type: 'DATE', value });
  }
  for (const d of durations) {
    timexes.push({ start: d.start, end: d.end, type: 'DURATION', value: d.unit === 'days' ? `P${d.value}D` : `PT${d.value}${d.unit === 'hours' ? 'H' : 'M'}` });
  }
  return timexes.sort((a, b) => a.start - b.start).filter((t, i, all) => i === 0 || t.start >= all[i - 1]!.end);
}
