import { AMOUNTS } from './timeVocabulary.ts';

/** A length of time counted from another happening: "a day after", "two weeks before", "hours after". */
export interface Offset {
  start: number;
  end: number;
  /** Whole days from the other happening's day: positive after it, negative before, 0 for hours. */
  days: number;
}

/**
 * Days in each unit an offset may count in. Hours keep to the day of the other happening
 * ("hours after the truce took effect on Sunday" is Sunday), as the day is what a timeline
 * dates; a longer unit is left out, since "a month after" names no day.
 */
const UNIT_DAYS: Record<string, number> = { hour: 0, day: 1, week: 7 };

// "a day after", "two weeks before", "the day after", "hours after", "just hours before",
// "a few hours after": a number (or, for hours, a vague amount or none) and a unit, then the direction.
const OFFSET =
  /\b(?:(?<n>a|one|the|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?<unit>days?|weeks?|hours?)|(?:(?:just|only|mere|barely|a\s+few|several|some)\s+)?(?<vague>hours))\s+(?<dir>after|before)\b/gi;

/**
 * Every offset in a text that counts from another happening's day. "The week after" names a span,
 * not a day, and is left out, as are vague amounts of days or weeks ("a few days after").
 * @example findOffsets('Troops clashed two days after the talks.') // [{ start: 15, end: 29, days: 2 }]
 */
export function findOffsets(text: string): Offset[] {
  const offsets: Offset[] = [];
  for (const m of text.matchAll(OFFSET)) {
    const sign = m.groups!.dir!.toLowerCase() === 'after' ? 1 : -1;
    if (m.groups!.vague) {
      offsets.push({ start: m.index, end: m.index + m[0].length, days: 0 });
      continue;
    }
    const word = m.groups!.n!.toLowerCase();
    const unit = m.groups!.unit!.toLowerCase().replace(/s$/, '');
    if (word === 'the' && unit !== 'day') continue;
    // "in the days before the vote": days in the plural after "the" are a stretch, no day.
    if (word === 'the' && /s$/i.test(m.groups!.unit!)) continue;
    const amount = word === 'the' ? 1 : (AMOUNTS[word] ?? Number(word));
    // `|| 0`: hours before are no day before (and no -0).
    offsets.push({ start: m.index, end: m.index + m[0].length, days: sign * amount * UNIT_DAYS[unit]! || 0 });
  }
  return offsets;
}
