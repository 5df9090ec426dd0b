import type { PhraseMatch } from '../lexicon/phraseMatcher.ts';
import type { TimeExpression } from '../time/findTimeExpressions.ts';
import type { Span } from './splitSentences.ts';
import type { Trigger } from './triggersOf.ts';
import { CALENDAR_NAMES } from '../time/calendarNames.ts';

/** Which way a date without a year or week points, as the sentence's grammar suggests. */
export type Tense = 'past' | 'future' | 'neutral';

// Past-tense words of a clause, for a happening whose own verb group shows no tense.
const PAST = /\b(?:was|were|had|did|ago|previously|began|broke|fought|fled|met|held|took|struck|came|went|rose|fell|led|sent|shot|hit|left|said|told)\b|\b[a-z]+ed\b/;

// A relative clause set off by commas: "which could collapse at any time,". The clause text may
// begin with it (split at its first comma) or hold it.
const ASIDE = /(?:^|,\s*)(?:which|who|whose|where)\b[^,;:.]*,/gi;

/** Words that open a clause of time. */
const CLAUSE_OF_TIME = /\b(?:when|after|once)\s/gi;

// Verbs that say a happening took place, or are only its auxiliaries; a telling's noun takes the
// tense of the verb it is given by ("told a press conference on Thursday").
const HAPPENED = /\b(?:told|gave|given|addressed|be|is|are|was|were|been|being|has|have|had|hold|holds|held|holding|begin|begins|began|begun|start|starts|started|end|ends|ended|conclude|concluded|resume|resumed|open|opened|take|took|taken|break|broke|broken|erupt|erupted|continue|continued|last|lasted|follow|followed|come|came|go|went|gone|launch|launched|carry|carried|conduct|conducted|stage|staged|mount|mounted|agree|agreed|sign|signed|reach|reached|collapse|collapsed|stop|stopped|halt|halted|enter|entered|reignite|reignited|flare|flared|escalate|escalated|renew|renewed|intensify|intensified|spread|subside|subsided|restart|restarted|recommence|recommenced|fail|failed|kill|killed|leave|left)\b/i;
// A request or an invitation before a noun makes what it names a matter of the future.
const REQUESTED = /\b(?:ask|asks|asked|invite|invites|invited|urge|urges|urged|propose|proposes|proposed|call|calls|called|plan|plans|planned|expect|expects|expected)\b(?:(?!\b(?:and|but)\b)[^;])*$/i;
// What an answer answers came before it: "vowed to hit back for Friday's strike", "a raid in
// retaliation for Sunday's shelling", "will respond to Monday's attack", whatever the answer's tense.
const ANSWERED = /\b(?:(?:back|revenge|retaliation|reprisal|payback|vengeance)\s+for|(?:response|respond|responds|responding|reply|replying)\s+to|avenge[ds]?|avenging)\s+(?:the\s+|its\s+|their\s+|this\s+)?$/i;
/** A journey told in the present, then "for" right before the happening it is for. */
const TRAVELS_FOR = /\b(?:arrives|travels|heads|flies|is\s+(?:arriving|travelling|traveling|heading|flying|due))\b[^,;:.()]*\bfor\s+$/i;
const STARTING = /\b(?:beginning|starting|effective|from|taking effect|to take effect|to take hold|to begin|to start)\b/i;
// "announced a truce, to start on Tuesday": a weekday after an infinitive of the start lies ahead
// of the declaring, and so of the report, unless the clause names the declaring's own day before it
// ("On Saturday … announced a truce to start on Monday" in Wednesday's paper), from which it counts.
// A day of the month keeps the nearest reading ("the truce, meant to take hold on March 17, broke
// down"): pointed ahead it would fall in the next year.
const TO_START = /\bto\s+(?:take\s+(?:effect|hold)|begin|start)\s+(?:(?:on|at|from)\s+)?(?:the\s+)?$/i;
/** "for" right before a date: the day something is set for. */
const FOR_DAY = /\bfor\s+(?:(?:this|next)\s+)?$/i;
/** An auxiliary of the present or the present perfect, and one of the past. */
const PRESENT_GROUP = /\b(?:has|have|is|are)\b/i;
const PAST_GROUP = /\b(?:was|were|had|did)\b/i;
const DAY_NAMED = new RegExp(String.raw`\b(?:${CALENDAR_NAMES.join('|')}|yesterday|today|tonight)\b|\d`, 'i');

/**
 * Which way the date of a happening points from the day of the report: ahead for a planned or
 * possible one ("will meet on Friday", "a possible summit on Friday"); as its own verb group
 * says when it has a tense ("asked" is past, whatever "could" says in another clause); ahead for
 * one with a future marker before the date in its own clause ("consultations set for March
 * 12"); else as the verbs of the date's clause suggest.
 * @example directionOf(trigger, time, { clause, futures }) // 'future'
 */
export function directionOf(trigger: Trigger, time: TimeExpression, { clause, futures }: { clause: Span; futures: readonly PhraseMatch<unknown>[] }): Tense {
  const h = trigger.happening;
  // A date in a clause of time after the happening, with a past verb of its own, is that verb's:
  // "the only delegates to sign when the pact was adopted on Friday" looks back, whatever "to sign" says.
  const between = clause.text.slice(Math.max(0, trigger.end - clause.start), Math.max(0, time.start - clause.start));
  const since = [...between.matchAll(CLAUSE_OF_TIME)].at(-1);
  if (since && PAST.test(between.slice(since.index + since[0].length))) return 'past';
  if (ANSWERED.test(clause.text.slice(0, Math.max(0, Math.min(time.start, trigger.start) - clause.start)))) return 'past';
  if (h.modality === 'planned' || h.modality === 'possible') return 'future';
  // "arrives in Velmora on Wednesday for talks": what a journey told in the present is for lies ahead
  // of the arriving, on its day or after.
  if (h.pos === 'noun' && TRAVELS_FOR.test(h.clause.text.slice(0, Math.max(0, trigger.start - h.clause.start)))) return 'future';
  // "agreed to a truce beginning at midnight on October 18": the date a happening starts from may
  // lie ahead of its agreement; the nearest such date.
  const toDate = clause.text.slice(Math.max(0, trigger.end - clause.start), Math.max(0, time.start - clause.start));
  if (time.spec.type === 'weekday' && TO_START.test(toDate) && !DAY_NAMED.test(clause.text.slice(0, Math.max(0, time.start - clause.start)))) return 'future';
  if (STARTING.test(toDate)) return 'neutral';
  // "has called a special session of the council for Thursday", "is calling talks for Friday": a
  // weekday a happening is set for, in a clause told in the present or the present perfect, lies
  // ahead of the setting, and so of the report; the verb that sets it is dated with it.
  const before = clause.text.slice(0, Math.max(0, Math.min(trigger.start, time.start) - clause.start));
  if (time.spec.type === 'weekday' && FOR_DAY.test(toDate) && !/[,;]/.test(toDate) && (h.perfect === 'present' || h.tense === 'present' || PRESENT_GROUP.test(before)) && !PAST_GROUP.test(before)) return 'future';
  // A noun has the tense of a verb that says it happened ("talks were held", "agreed on Saturday to
  // a ceasefire"); one a request, an invitation or a report governs ("asked them to a meeting on
  // Feb 22") has none of its own.
  const governed = h.governor !== undefined ? HAPPENED.test(h.governor.text) : !REQUESTED.test(h.clause.text.slice(0, Math.max(0, trigger.start - h.clause.start)));
  const own = h.pos === 'verb' || governed;
  if (own && (h.tense === 'past' || h.tense === 'future')) return h.tense;
  const from = Math.max(trigger.clause.start, Math.min(clause.start, trigger.start));
  const to = Math.max(trigger.end, time.end);
  // A capitalised "May" is the month, not the modal; and a "could" of an aside the date lies
  // after ("The truce, which could collapse at any time, took effect on Sunday") is the aside's.
  const asides = [...clause.text.matchAll(ASIDE)].map((m) => ({ start: clause.start + m.index, end: clause.start + m.index + m[0].length })).filter((a) => a.end <= time.start);
  if (futures.some((f) => f.start >= from && f.end <= to && !/^May$/.test(f.text) && !asides.some((a) => f.start >= a.start && f.end <= a.end))) return 'future';
  return own && PAST.test(clause.text) ? 'past' : 'neutral';
}
