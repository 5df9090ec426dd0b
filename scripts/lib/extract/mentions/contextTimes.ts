import type { DateTime } from 'luxon';
import type { ArticleAnalysis, SentenceAnalysis, Trigger } from '../sentences/analyseArticle.ts';
import { resolveTime, type ResolvedTime } from '../time/resolveTime.ts';

/** A happening its sentence does not date, with the day the article's discourse gives it. */
export interface ContextTime {
  sentence: SentenceAnalysis;
  trigger: Trigger;
  time: ResolvedTime;
}

/** A line without closing punctuation heads what follows (a headline, a live blog's heading): it repeats, it does not report. */
const HEADING = /[^.!?…"”’)]$/u;

/**
 * Dates the happenings an article reports without a date of their own, as a reader does: a
 * report in the simple or past perfect past ("Pakistan's prime minister called the attack an act
 * of war", "residents had first thrown stones") happened on the article's news day (the latest day
 * of the news it has dated so far, or the day of publication before any); one in the
 * present or present perfect ("has offered to help", "denies breaking the truce") is news of
 * the day of publication. Recaps, tolls, what is planned or possible, and headings date nothing.
 * @example contextTimes(analysis, published)[0].time.date // '2025-05-07'
 */
export function contextTimes(analysis: ArticleAnalysis, published: DateTime): ContextTime[] {
  const today: ResolvedTime = { date: published.toISODate()!, approximate: false };
  let latest: ResolvedTime | undefined;
  const found: ContextTime[] = [];
  for (const sentence of analysis.sentences) {
    // The sentence's own news sets the time its undated happenings share.
    for (const anchor of sentence.anchors) {
      if (anchor.trigger.happening.background || anchor.borrowed || anchor.tense === 'future') continue;
      const time = resolveTime(anchor.time.spec, published, anchor.tense);
      if (!time || time.approximate || time.date.length !== 10 || time.date > today.date) continue;
      // A recap of an earlier day does not move the story back: its news day is the latest it reached.
      if (!latest || time.date > latest.date) latest = time;
    }
    const reference = latest ?? today;
    if (HEADING.test(sentence.span.text)) continue;
    const dated = new Set(sentence.anchors.map((a) => a.trigger));
    for (const trigger of sentence.triggers) {
      const h = trigger.happening;
      if (dated.has(trigger) || h.background || h.casualty || h.modality !== undefined || h.tense === 'future') continue;
      const now = h.perfect === 'present' || (h.tense === 'present' && h.perfect === undefined);
      found.push({ sentence, trigger, time: now ? today : reference });
    }
  }
  return found;
}
