import type { TimeExpression } from '../time/findTimeExpressions.ts';
import { namesOneDay, REFERRED_SENTENCES } from '../time/daysReferred.ts';
import type { SentenceAnalysis } from './analyseSentence.ts';

/** Sentences back the story's news may have been dated: its last paragraphs, before the asides that followed. */
const NEWS_SENTENCES = 8;

// "Borea had protested the day before": a sentence told in the past perfect, set before the story's
// time. "Had" with what one owns or must do ("had two posts", "had to leave") is no past perfect.
const PAST_PERFECT =
  /\bhad\s+(?:(?:already|earlier|just|only|also|not|never|repeatedly|twice|even|\p{L}+ly)\s+)?(?!(?:to|no|not|a|an|the|its|his|her|their|our|some|any|many|few|more|little|nothing|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)\p{L}+\b/iu;

/**
 * True when a date of the sentence is told in the past perfect ("had fallen in skirmishes on Tuesday"):
 * the sentence reads so before it, and the date dates none of the sentence's verbs in the simple past.
 */
const datesAsides = (s: SentenceAnalysis, d: TimeExpression): boolean =>
  PAST_PERFECT.test(s.span.text.slice(0, d.start)) && !s.anchors.some((a) => a.time.start === d.start && a.trigger.happening.perfect === undefined && a.trigger.happening.tense === 'past' && a.trigger.happening.pos === 'verb');

/**
 * The day "that day", "the day before" in a sentence refers to: the last day the sentences just
 * before it named. A sentence in the past perfect counts from the story's time, not from an
 * earlier aside: "Borea shelled the crossing yesterday. Arland had lost two posts on Friday.
 * Ondria had urged restraint the day before" is the day before yesterday, the last day a recent
 * sentence of the news named outside such an aside, not the Thursday before the aside's Friday.
 * @example storyDayBefore(text, analyses)?.text // 'yesterday'
 */
export function storyDayBefore(text: string, analyses: readonly SentenceAnalysis[]): TimeExpression | undefined {
  const recent = analyses.slice(-REFERRED_SENTENCES).flatMap((a) => a.dates.filter((d) => namesOneDay(d.spec)).map((d) => ({ a, d })));
  const last = recent.at(-1);
  if (!last || !PAST_PERFECT.test(text) || !datesAsides(last.a, last.d)) return last?.d;
  // The last day a recent sentence telling of some happening named, not in an aside of its own.
  for (const a of analyses.slice(-NEWS_SENTENCES).reverse()) {
    if (a.triggers.length === 0) continue;
    const news = a.dates.filter((d) => namesOneDay(d.spec) && !datesAsides(a, d)).at(-1);
    if (news) return news;
  }
  return last.d;
}
