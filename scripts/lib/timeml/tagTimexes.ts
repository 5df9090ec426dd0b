import { DateTime } from 'luxon';
import { findTimeExpressions } from '../extract/time/findTimeExpressions.ts';
import { normaliseTime } from '../extract/time/normaliseTime.ts';
import { tenseAround } from '../extract/time/tenseAround.ts';
import type { Timex } from './timex.ts';

/** Values a later "a year earlier" or "the following month" may count from. */
const REFERENCE = /^\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q\d|W\d{2}))?$/;

/**
 * The TIMEX3s of a text, found and resolved by the extractor's own functions against the
 * document's creation day; "a year earlier" counts from the date the text last named.
 * @example tagTimexes('Talks began on Friday.', '1998-02-13')[0].value // '1998-02-13'
 */
export function tagTimexes(text: string, dct: string): Timex[] {
  const published = DateTime.fromISO(dct.slice(0, 10), { zone: 'UTC' });
  let reference: string | undefined;
  let quarter: string | undefined;
  const timexes: Timex[] = [];
  for (const e of findTimeExpressions(text).all) {
    const timex = normaliseTime(e.spec, published, tenseAround(text, e), { reference, quarter });
    if (!timex) continue;
    timexes.push({ start: e.start, end: e.end, ...timex });
    const value = timex.value.replace(/T.*$/, '');
    // Only a date named outright, or counted from the publication day, becomes the one to count from.
    const counted = ((e.spec.type === 'relative' || e.spec.type === 'weekday') && e.spec.from === 'reference') || (e.spec.type === 'relative' && e.spec.counted);
    if (!counted && timex.type !== 'DURATION' && timex.type !== 'SET' && REFERENCE.test(value)) reference = value;
    if (!counted && /^\d{4}-Q\d$/.test(value)) quarter = value;
  }
  return timexes;
}
