import type { Direction } from './normaliseTime.ts';
import { WEEKDAY_NAMES } from './calendarNames.ts';
import { isOwnedDay } from './isOwnedDay.ts';

// Words that mark the future or the past of a clause ("is to open": what is arranged lies ahead). Reporting verbs ("said", "announced") are no
// cue: they date the telling, not what is told. A regular "-ed" form is a weak cue, used only when
// no other word speaks; it is as often a participle ("extended to Nov. 20") as a past tense.
const FUTURE = /\b(?:will|(?:is|are)\s+to\s+(?:be\s+)?[a-z]+|shall|won't|going\s+to|plans?\s+to|(?:(?:is|are|was|were)\s+)?planning|intends?\s+to|(?:is|are|was|were|be|been)\s+expected|expected\s+to|expects?|scheduled|due|set\s+to|aims?\s+to|upcoming|would|next|to\s+be\s+(?:held|completed|signed|paid)|to\s+(?:meet|begin|start|resume|sign|visit|vote|expire))\b|'ll\b/gi;
// Only forms that are past tense and nothing else, or verbs rarely passive; "paid", "held", "made"
// are as often participles of the future ("will be paid").
const PAST = /\b(?:was|were|had|did|ago|(?:has|have)\s+(?!been\s+(?:scheduled|set|expected|due|planned)\b)(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ome|ght)|previously|last|earlier|began|broke|fought|fled|took|struck|came|went|rose|fell|saw|gave|grew|became|brought|thought|sought|caught|wrote|spoke|ran|found|kept|felt|heard|knew|drew|drove|flew|threw|withdrew|chose|stood|began|died|killed|arrested|agreed|launched|attacked|occurred|happened|erupted|clashed)\b/gi;
/** A participle after these is passive, and says nothing of when: "will be [paid]". */
const PASSIVE = /\b(?:be|been|being|is|are|to)\s+$/i;
const WEAK_PAST = /\b(?!(?:said|added|noted|reported|announced|stated|explained|declared|indicated|estimated|expected|scheduled|planned|extended|based|related|concerned|interested|owned|listed|needed|used)\b)[a-z]{3,}ed\b/gi;
/** A preposition just before a date that points its way: "by August", "until Friday", "since June". */
const LEADS_AHEAD = /(?:\b(?:until|till|due|payable|effective|starting|expires?|expiring|as\s+(?:early|soon)\s+as)\s+(?:on\s+)?(?:the\s+)?|\bby\s+|\bbetween\s+now\s+and\s+|\b(?:extended|postponed|delayed|deferred|pushed\s+back|moved)\b[^.;]{0,60}?\bto\s+)(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?\s*)?$/i;
const LEADS_BACK = /\b(?:since|as\s+of|ended|ending|said|says|told|announced|reported|added|stated|declared|predicted|confirmed|denied|met)\s+(?:on\s+|late\s+|early\s+)?(?:the\s+)?$/i;
/** "for" just before a date: what is set for a day ("a vote for Friday"). */
const FOR_DAY = /\bfor\s+$/i;
/** Words that call a plan off, read up to the sentence's end. */
const CALLED_OFF = /\b(?:cancell?ed|called\s+off|scrapped|postponed|put\s+off|abandoned)\b/i;
const calledOff = (text: string, from: number) => CALLED_OFF.test(text.slice(from, from + REACH).split(/[.!?](?:\s|$)|\n/)[0]!);
const WEEKDAY = new RegExp(String.raw`\b(?:${WEEKDAY_NAMES.join('|')})\b`, 'i');
/** A plan made in the past of what comes after it: "planned to leave on Thursday", "planned a march on Saturday". */
const PLANNED = /\b(?<!had\s)planned\s+(?:to|an?|the)\b/gi;
/** The modals of the future, which govern their whole clause. */
const MODAL = /\b(?:will|shall|would|won't)\b(?![^.;]*\b(?:said|says|told|stated|announced)\b)/gi;
/** A plan in the present ("intends to", "plans to", "aims to"), which governs its whole clause as a modal does. */
const INTENT = /\b(?:intends?|plans?|aims?)\s+to\b/gi;
/** How far back a modal is looked for, in characters: about fifteen words. */
const MODAL_REACH = 90;
/** A past perfect in the clause before an expression: the time it looked ahead to has passed. */
const PAST_PERFECT = /\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne)\b[^.;!?]*$/i;
/** How near a cue must be to speak for an expression, in characters: about eight words. */
const CLOSE = 40;
/** How far from an expression its sentence is read for tense, in characters. */
const REACH = 240;

/**
 * Which way a time expression without its year or week points, from its sentence: a preposition
 * just before it ("by", "until", "since"), else the tense marker nearest to it ("said on Monday
 * that talks will resume on Friday": Monday looks back, Friday ahead), else a weak one. No cue:
 * neutral.
 * @example tenseAround('Talks will resume on Friday.', { start: 21, end: 27 }) // 'future'
 */
export function tenseAround(text: string, at: { start: number; end: number }): Direction {
  const from = Math.max(0, at.start - REACH);
  const before = text.slice(from, at.start);
  // "Had filed by Wednesday", "had been due to expire": what was ahead then is past now.
  // A weekday is within a week either way, so the clause's tense decides it.
  if (LEADS_AHEAD.test(before)) return WEEKDAY.test(text.slice(at.start, at.end)) && PAST_PERFECT.test(before.slice(-REACH / 2)) ? 'past' : 'future';
  if (LEADS_BACK.test(before)) return 'past';
  // "called a special sitting for Wednesday": a weekday something is set for lies ahead of the
  // setting, unless it is owned ("blamed for Wednesday's attack"), the setting is itself long past,
  // or the plan was called off in the same sentence ("a rally planned for Saturday was cancelled"),
  // whose day may lie on either side of the report: the clause's tense decides that, as below.
  if (FOR_DAY.test(before) && WEEKDAY.test(text.slice(at.start, at.end)) && !isOwnedDay(text, at.end) && !calledOff(text, at.end)) return PAST_PERFECT.test(before.slice(-REACH / 2)) ? 'past' : 'future';
  const sentenceStart = from + Math.max(before.search(/[.!?]\s+[^.!?]*$/) + 1, before.lastIndexOf('\n') + 1, 0);
  const after = text.slice(at.end, at.end + REACH);
  const stop = after.search(/[.!?](?:\s|$)|\n/);
  const sentenceEnd = at.end + (stop < 0 ? after.length : stop);
  const sentence = text.slice(sentenceStart, sentenceEnd);
  /** A cue marked `before` speaks only for an expression after it. */
  const nearest = (cues: [RegExp, Direction, 'before'?][], reach = CLOSE) => {
    let best: { distance: number; direction: Direction } | undefined;
    for (const [pattern, direction, only] of cues) {
      for (const m of sentence.matchAll(pattern)) {
        const start = sentenceStart + m.index;
        if (start >= at.start && start < at.end) continue; // the expression's own words ("last", "next") are its hint
        if (only === 'before' && start > at.start) continue;
        if (direction === 'past' && PASSIVE.test(text.slice(Math.max(0, start - 12), start))) continue;
        // "Had been due to", "had been scheduled for": a plan of the past, looked back on.
        const looked = direction === 'future' && /\bhad\s+been\s+$/i.test(text.slice(Math.max(0, start - 12), start)) ? 'past' : direction;
        const distance = start < at.start ? at.start - (start + m[0].length) : start - at.end;
        if (distance <= reach && (!best || distance < best.distance)) best = { distance, direction: looked };
      }
    }
    return best?.direction;
  };
  // A plan looks ahead only to what follows it: in "On Friday, the ministry planned to pay", Friday is the planning's day.
  // A modal further back in the clause still governs it: "would not be allowed to take on new staff
  // from Jan. 1" looks ahead, though eight words lie between; so does a plan ("aims to close the
  // crossing to lorries from Sunday evening").
  return nearest([[FUTURE, 'future'], [PAST, 'past'], [PLANNED, 'future', 'before']]) ?? nearest([[WEAK_PAST, 'past']]) ?? nearest([[MODAL, 'future', 'before'], [INTENT, 'future', 'before']], MODAL_REACH) ?? 'neutral';
}
