import type { Token } from './tagText.ts';

// Participles that put a happening on a calendar: "are scheduled for", "is planned for", "is set for",
// "is expected later this month".
const PLANNING = new Set(['schedule', 'reschedule', 'plan', 'set', 'slate', 'expect']);
// What follows a plan's verb when it gives the plan a time: "for later this month", "on Friday",
// "to open", "later", "next week".
const TIMED = new Set(['for', 'on', 'to', 'later', 'next', 'this', 'tomorrow', 'at', 'in', 'after', 'before', 'within']);
// What "in" opens when it gives a time: "in March", "in two weeks", "in the spring", not "planned
// in secret".
const IN_TIME = /^(?:\d+|the|a|an|two|three|four|few|January|February|March|April|May|June|July|August|September|October|November|December)$/;
// The participles that open an aside planning the noun before it: "the summit, set for later this month, …".
const ASIDE = new Set(['scheduled', 'rescheduled', 'planned', 'set', 'slated', 'expected', 'due']);
// A verb group that tells a thing done or undone: the past, the perfect, or a past participle.
const TOLD_DONE = /^(?:was|were|had|did|has|have|been|[a-z]+ed)$/;
// "was planned for months", "had been planned for weeks": how long it was prepared, no day it is set for.
const HOW_LONG = new Set(['months', 'weeks', 'years', 'days', 'decades', 'a', 'an', 'several', 'many', 'some', 'long']);

/**
 * The words after a happening's noun that say it is planned for a later time, if they do: a
 * participle of planning in its predicate ("The talks are scheduled for later this month", "the
 * summit is set for March 20"), "due" after its copula ("Talks are due later this month"), or an
 * aside of such a participle right after the noun ("the summit, set for later this month, will …").
 * A happening named as known is still only planned when what is said of it is its place on a calendar.
 * @example plannedAfter(tokens('The summit is set for Friday'), { start: 2, end: 4 }, 2) // 'set for'
 */
export function plannedAfter(tokens: readonly Token[], predicate: { start: number; end: number } | undefined, end: number): string | undefined {
  // The aside plans only where the clause does not tell what became of the plan: "the talks, set for
  // Friday, were called off" tells the calling off.
  if (tokens[end]?.text === ',' && ASIDE.has(tokens[end + 1]?.lower ?? '')) {
    const told = predicate && tokens.slice(predicate.start, predicate.end).some((t) => TOLD_DONE.test(t.lower));
    return told ? undefined : timedFrom(tokens, end + 2, tokens[end + 1]!.text);
  }
  if (!predicate || predicate.start < end) return undefined;
  const group = tokens.slice(predicate.start, predicate.end);
  const verb = group.findLast((t) => (t.pos === 'VERB' || t.pos === 'AUX' || PLANNING.has(t.lemma)) && t.lower !== 'due');
  if (!verb || !group.some((t) => t.lemma === 'be')) return undefined;
  // The tagger may take "due" and the adverb after it into the verb group: "is due later".
  const due = group.findIndex((t) => t.lower === 'due');
  let i = due >= 0 ? predicate.start + due + 1 : predicate.end;
  let word: string;
  if (PLANNING.has(verb.lemma) || PLANNING.has(verb.lower.replace(/d$/, ''))) word = verb.text;
  else if (verb.lemma === 'be' && (due >= 0 || tokens[i]?.lower === 'due')) {
    word = 'due';
    if (due < 0) i++;
  } else return undefined;
  return timedFrom(tokens, i, word);
}

/** The planning word and the word from `i` that gives its plan a later time, if one does. */
function timedFrom(tokens: readonly Token[], from: number, word: string): string | undefined {
  let i = from;
  while (tokens[i]?.pos === 'ADV' && !TIMED.has(tokens[i]!.lower)) i++;
  const next = tokens[i];
  if (!next || !TIMED.has(next.lower)) return undefined;
  // "is due to open" plans; "was due to the shelling" gives a cause.
  if (next.lower === 'to' && tokens[i + 1]?.pos !== 'VERB' && tokens[i + 1]?.pos !== 'AUX') return undefined;
  if (next.lower === 'for' && HOW_LONG.has(tokens[i + 1]?.lower ?? '')) return undefined;
  // "in March", "in two weeks", "in the spring", not "in secret", "in detail".
  if (next.lower === 'in' && !IN_TIME.test(tokens[i + 1]?.text ?? '')) return undefined;
  return `${word} ${next.text}`;
}
