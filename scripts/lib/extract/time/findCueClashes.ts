import { DateTime } from 'luxon';
import type { ArticleAnalysis } from '../sentences/analyseArticle.ts';
import { normaliseTime } from './normaliseTime.ts';

/** Two cues of one date that disagree, by offset into the article body. */
export interface CueClash {
  offset: number;
  /** The date's words. */
  text: string;
  message: string;
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * The dates of an article whose cues disagree: a weekday given beside a date that falls on
 * another ("Monday (July 28)" in a year when 28 July is a Tuesday), or "last"/"next" in words
 * whose tense points the other way. The date is placed all the same (the date over its weekday,
 * the word over the tense); these are for a maintainer to check (`npm run extract -- --verbose`).
 * @example findCueClashes(analysis, published)[0].message // 'falls on a Tuesday, not the Monday the text gives'
 */
export function findCueClashes(analysis: ArticleAnalysis, published: DateTime): CueClash[] {
  const clashes: CueClash[] = [];
  for (const sentence of analysis.sentences) {
    for (const anchor of sentence.anchors) {
      const { spec, text, start } = anchor.time;
      const offset = sentence.span.start + start;
      if (spec.type === 'calendar' && spec.weekday !== undefined && spec.day !== undefined && spec.month !== undefined) {
        const timex = normaliseTime(spec, published, anchor.tense);
        // A calendar day falls on the same weekday in every zone: counted in UTC, which luxon does
        // without consulting time-zone rules (the zone's rules cost more than the rest of this pass).
        const day = timex && /^\d{4}-\d{2}-\d{2}/.test(timex.value) ? DateTime.utc(+timex.value.slice(0, 4), spec.month, spec.day) : undefined;
        if (day?.isValid && day.weekday !== spec.weekday) {
          clashes.push({ offset, text, message: `${day.toISODate()} falls on a ${WEEKDAY_NAMES[day.weekday - 1]}, not the ${WEEKDAY_NAMES[spec.weekday - 1]} the text gives; the date was kept` });
        }
      }
      const hint = 'hint' in spec ? spec.hint : undefined;
      if (hint && anchor.tense !== 'neutral' && hint !== anchor.tense) {
        clashes.push({ offset, text, message: `"${text}" points to the ${hint}, its sentence to the ${anchor.tense}; the words were followed` });
      }
    }
  }
  return clashes;
}
