import type { TimeExpression } from './findTimeExpressions.ts';
import type { TimeSpec } from './timeSpec.ts';
import { sequelOpening } from './sequelDays.ts';
import { shiftSpec } from './shiftSpec.ts';

/** Sentences back the day "that day" names may have been named: the story's last scene, not an older one. */
export const REFERRED_SENTENCES = 2;

// "that day", "the same day", "that night", "earlier that morning": the grammar's words for the
// day the text last named (shift 0, counted from the reference). "The day" alone is left out: it
// is as often the day of publication ("later in the day") as the one last named.
const REFERRING = new Set(['that-day', 'that-night', 'earlier-this']);

// "the day before", "the next day", "a day earlier", "two days later": the grammar's words for a
// day counted from the one the text last named (a shift of whole days, counted from the reference).
const COUNTING = new Set(['next-day', 'next-part-of-day', 'ago']);

const isCounting = (t: TimeExpression) =>
  COUNTING.has(t.rule) && t.spec.type === 'relative' && t.spec.unit === 'day' && t.spec.shift !== 0 && t.spec.from === 'reference' && t.spec.part === undefined;

const isReferring = (t: TimeExpression) =>
  REFERRING.has(t.rule) &&
  /\b(?:that|same)\b/i.test(t.text) &&
  t.spec.type === 'relative' &&
  t.spec.unit === 'day' && t.spec.shift === 0 && t.spec.from === 'reference';

// "the curfew holds until that day": the end of a stretch, which what the sentence goes on to tell need not share.
const BOUND = /\b(?:until|till|through|by|before|after|since)\s+$/i;

// "was reported", "has been said": a passive tells the happening, not who told it when.
const TOLD_OF = /\b(?:was|were|is|are|been|being)\s+$/i;

/** The report's own day, counted from publication: what a saying with no day of its own was told on. */
const REPORT_DAY: TimeSpec = { type: 'relative', unit: 'day', shift: 0 };

/** A day moved as counting words move it ("the night before" Friday is Thursday night), or undefined where it cannot be. */
function countedFrom(day: TimeSpec, t: TimeExpression): TimeSpec | undefined {
  const { shift, time } = t.spec as Extract<TimeSpec, { type: 'relative' }>;
  const moved = shiftSpec(day, shift);
  // "on Tuesday … the day before" in Monday's paper is the Monday a week back, not the day of
  // publication: a weekday counted back from one gone by is gone by too.
  const shifted = moved?.type === 'weekday' && shift < 0 && moved.hint === undefined ? { ...moved, hint: 'past' as const } : moved;
  // "the night before" keeps its part of the day.
  return shifted && ((time ? { ...shifted, time } : shifted) as TimeSpec);
}

/** A date that names one day: "on Friday", "Friday evening", "December 14", "yesterday". */
export const namesOneDay = (spec: TimeSpec): boolean =>
  spec.type === 'weekday' ||
  (spec.type === 'calendar' && spec.day !== undefined && spec.period === undefined) ||
  (spec.type === 'relative' && spec.unit === 'day' && spec.from === undefined && spec.counted === undefined);

/**
 * The dates of a sentence with the days "that day" words refer to added: "refused the prisoners
 * on Friday evening and took them only after a second meeting that night" dates the meeting on
 * that Friday, as a reader does. The day referred to is the last one named before the words in the
 * sentence, else `before` (the last date a sentence just before named, when it is a day); the words keep their own part
 * of the day ("that night"). With no day to refer to, they date nothing, as before. Counting words
 * in the words of a saying the sentence does not date count from `saying.told` (the day a saying
 * just before was told on), else from the report's own day, when `saying.reports` are its report verbs.
 * @example daysReferred(text, times, [friday], undefined).at(-1)?.spec // { type: 'weekday', weekday: 5, time: { partOfDay: 'NI' } }
 */
export function daysReferred(
  text: string,
  times: readonly TimeExpression[],
  dates: readonly TimeExpression[],
  before: TimeExpression | undefined,
  saying: { reports: readonly { start: number; end: number }[]; told?: TimeExpression } = { reports: [] },
): TimeExpression[] {
  // A sentence that opens so ("The next day Borea …") is placed as a whole from the story's last
  // day (see sequelDays); only such words further in are read here.
  const opening = sequelOpening(text)?.end ?? 0;
  const referred = times.filter((t) => (isReferring(t) || (isCounting(t) && t.start >= opening)) && !BOUND.test(text.slice(0, t.start))).flatMap((t): TimeExpression[] => {
    const own = dates.filter((d) => d.end <= t.start && namesOneDay(d.spec));
    // "Lena Ferrin said a trawler had rammed the ferry the day before": told in the words of a saying the
    // sentence does not date, a day counted from another is counted from the saying's (TimeML anchors
    // such words to the speech event), not from a day an earlier sentence named, often that of the
    // very happening the saying retells. The saying's day is the one a saying just before was told on,
    // which an undated "he said" goes on with, else the report's own.
    if (isCounting(t) && own.length === 0 && saying.reports.some((r) => r.end <= t.start && !TOLD_OF.test(text.slice(0, r.start)))) {
      const spec = countedFrom(saying.told?.spec ?? REPORT_DAY, t);
      return spec ? [{ ...t, spec }] : [];
    }
    const day = [...(before && namesOneDay(before.spec) ? [before] : []), ...own].at(-1);
    if (!day) return [];
    // "shelled the post on Sunday and the village the day before": Saturday.
    if (isCounting(t)) {
      const spec = countedFrom(day.spec, t);
      return spec ? [{ ...t, spec, referred: true }] : [];
    }
    const time = t.spec.type === 'relative' ? t.spec.time : undefined;
    // "the same day" after "Friday evening" is all of Friday; "that night" is its night.
    const { time: _own, ...rest } = day.spec as TimeSpec & { time?: unknown };
    return [{ ...t, spec: (time ? { ...rest, time } : rest) as TimeSpec, referred: true }];
  });
  return referred.length === 0 ? [...dates] : [...dates, ...referred].sort((a, b) => a.start - b.start);
}
