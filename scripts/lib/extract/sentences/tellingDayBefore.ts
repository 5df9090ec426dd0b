import type { TimeExpression } from '../time/findTimeExpressions.ts';
import { namesOneDay, REFERRED_SENTENCES } from '../time/daysReferred.ts';
import type { SentenceAnalysis } from './analyseSentence.ts';

/**
 * The day a saying the sentences just before dated was told on ("Kael Orvan said on Friday …"): an
 * undated "he said" after it goes on with that saying, and a day counted in its words ("the day
 * before") counts from that day.
 * @example tellingDayBefore(analyses)?.text // 'Friday'
 */
export function tellingDayBefore(analyses: readonly SentenceAnalysis[]): TimeExpression | undefined {
  return analyses
    .slice(-REFERRED_SENTENCES)
    .flatMap((a) => a.tellings.filter((t) => namesOneDay(t.spec)))
    .at(-1);
}
