import { isPrecedentTold } from './isPrecedentTold.ts';
import type { EventType, Kind } from '../../../../src/lib/eventSchema.ts';
import type { Happening } from '../happenings/findHappenings.ts';
import type { At } from './nearestByWords.ts';
import { isMeetingTopic } from '../happenings/isMeetingTopic.ts';
import { VIOLENT_KINDS } from '../happenings/violentKinds.ts';
import { isClaimedToll } from './isClaimedToll.ts';

/** The words that report a happening the timeline takes, as the kind it is shown as and, where known, its type. */
export interface Trigger {
  start: number;
  end: number;
  text: string;
  value: Kind;
  type?: EventType;
  /** The happening as the sentence reports it: its clause, tense, roles, who told it. */
  happening: Happening;
  /** Its clause: where both readings of the sentence agree ("the truce broke down, with shooting starting" is two). */
  clause: At;
  /** Its clause as punctuation and openers alone cut it, which keeps a list of names whole. */
  outer: At;
}

// Many happenings at once, or a kind of them, is no one happening: "several ceasefires", "repeated clashes".
const GENERIC_BEFORE = /\b(?:several|many|numerous|repeated|multiple|countless|frequent|recurring|sporadic|periodic)\s+(?:[\p{L}-]+\s+)?$/iu;
// What usually happens is no news: "clashes are frequent", "they usually die down quickly".
// So is what recurs by the clock: "cross the border every day", "sends observers twice a year".
const HABITUAL = /\b(?:usually|often|frequently|regularly|routinely|repeatedly|tend to|tends to|are (?:frequent|common|rare|routine|commonplace)|(?:several|many|countless|numerous) times|time and again|every (?:day|night|week|month|year|morning|evening|spring|summer|autumn|winter)|(?:once|twice|three times) a (?:day|week|month|year))\b/i;

// How often over a stretch of time, said after a clause cut at a determiner has ended: "has
// accused Borea of breaking that accord several times this year" (cut at "that"). Read only up
// to the next punctuation or joined clause: "… and said they had clashed repeatedly since March"
// is another happening's habit.
const OVER_TIME = /\b(?:(?:several|many|countless|numerous) times|repeatedly|time and again)\s+(?:this|last|in|over|since|during|throughout)\b/i;
const PHRASE_STOP = /[,;:.!?]|\s(?:and|but|or|while|whereas|which|who|whose|where|when)\s/i;
/** The happening's clause and the words after it up to the next punctuation or joined clause. */
const phraseOf = (text: string, h: Happening) => {
  const stop = text.slice(h.trigger.end).search(PHRASE_STOP);
  return text.slice(h.clause.start, stop < 0 ? text.length : h.trigger.end + stop);
};

// "raids on herders, cattle thefts and road ambushes are frequent": a list whose predicate
// says it is usual, read from its first item, which the list's commas cut from the predicate.
const LIST_ITEM = String.raw`(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+`;
const LISTED_HABIT = new RegExp(
  String.raw`^(?:\s+(?:for|of)\s+[\p{L}'’-]+)?(?:\s*,\s*${LIST_ITEM})*\s*,?\s+(?:and|or)\s+${LIST_ITEM}\s+(?:are|were|remain|remained)\s+(?:frequent|common|commonplace|routine|rife|rampant)\b`,
  'iu',
);

// "…, as they usually do in the dry season", "as it does every year": a clause that likens what it
// follows to what is usual makes it habitual too.
const AS_USUAL = /^\s*,?\s*as\s+(?:[\p{L}'’-]+\s+){1,3}?(?:(?:usually|always|often|normally|typically|routinely|regularly)\s+(?:do|does|did|happens?)\b|(?:do|does|did)\s+every\s+(?:year|season|spring|summer|winter|autumn|dry season))/iu;
// A question answered by yes or no asserts nothing it names: "Will the two sides hold talks next week?".
const YES_NO_QUESTION = /^\W*(?:will|would|shall|can|could|should|may|might|is|are|was|were|do|does|did|has|have|had)\b[^?]*\?\W*$/i;
// What goes on as a state is no happening of the day: "remained in custody", "remain displaced",
// "the curfew stayed in force".
const SINCE = /\bsince\b/i;
const STATE_BEFORE = /\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?)\s+$/i;
const STATE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:in\s+(?:force|place|effect)|closed|shut|open|unchanged)\b/iu;
const VIOLENCE: ReadonlySet<string> = VIOLENT_KINDS;
const WEAPON = /^(?:(?:land\s?)?mines?|bombs?|rockets?|missiles?|shells?|mortars?|grenades?|drones?|devices?|explosives?|artillery(?: (?:shells?|rounds?))?|mortar (?:shells?|rounds?))$/i;
// A predicate nominal: "were wooden-box mines", "is a guided missile"; not the agent of a passive
// ("was hit by a landmine", "were wounded by a mine"), which names what struck.
const PREDICATE = /\b(?:is|are|was|were|been|be)\s+(?:(?!by\s)(?:a|an|the|[\p{L}-]+)\s+){0,3}$/iu;
const WHOLE = /\b(?:[\p{L}\d]+-(?:day|week|month|year)(?:-long)?|brief|short-lived|short)\s+(?:(?:border|undeclared)\s+)?(?:war|conflict|fighting|clashes|battle|offensive|campaign)\b/iu;
// "was not the first time (that)": the clause after it, up to the trigger. ("It was the first
// time the two had met" tells the news again, and dates it: it stays.)
const FIRST_TIME = /\b(?:(?:is|was|were|are|'s|’s)\s+not|isn['’]t|wasn['’]t)\s+(?:the|its|their)\s+first\s+time\b[^,;.]*$/i;
/** A strike read from a weapon's name alone ("rockets", "shells"), not from an act ("attacks"). */
const munition = (h: Happening) => h.kind === 'strike' && h.pos === 'noun' && WEAPON.test(h.trigger.text);
// "called the Borean overflight a grave attack", "described the blast as an act of war": what a
// speaker names something is a judgement of it, no happening of its own.
// A verb with its particle ("called off a visit") names nothing.
const NAMED_AS = /\b(?:call(?:s|ed)?|brand(?:s|ed)?|label(?:s|l?ed)?|term(?:s|ed)?|describ(?:e|es|ed))\s+(?!(?:off|on|upon|for|up|in|out|back)\b)(?:[\p{L}'’-]+\s+){1,6}?(?:as\s+)?(?:a|an)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
const SETTING_OPENER = /^\W*(?:after|following|since|before|amid|despite|during)\b/i;
// What opens a clause that hangs on the one before it: after such a comma the setting goes on.
const DEPENDENT = /^\s*(?:which|who|whom|whose|where|when|as|while|that|and|but|or|in which|during which|with|including|among)\b/i;
const AFTER = /^\W*(?:after|following)\b/i;
// What names a part of a step told just before: "sanctions, including border closures", "such as", "among them".
// Between them at most a short object ("sanctions on Arland, including …"), no clause.
const PART_OF = /^[^,.;:]{0,30},?\s*(?:including|such\s+as|among\s+them)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** Kinds of steps a government takes, whose parts a sentence may list after them. */
const STEPS: ReadonlySet<string> = new Set(['diplomacy', 'measure']);
const CONSEQUENCE = /^\s*(?:leading to|causing|forcing|prompting|resulting in|triggering|sparking)\b/i;
// "Talks between the two capitals led to the embassy reopening that day": what a happening named as
// the subject led to is the news; the cause, told by a noun before its verb, is its setting.
const LED_TO = /^[^,;:.]{0,60}?\s(?:led|lead|leads|had led|has led|resulted|results|paved the way|culminated)\s+(?:to|in|for)\s+[^,;:.]*$/i;
const INSTRUMENT = /\b(?:with|using)\s+(?:[\p{L}-]+\s+)?$/iu;
const IN_THE_FIGHTING = /^\s+(?:in|during|by|amid)\s+the\s+(?:fighting|clashes|violence|shelling|war|bombardment|hostilities|conflict)\b/i;
const STOPPING = /\b(?:stop|stops|stopped|stopping|halt|halts|halted|halting|cease|ceased|end|ended|ending|suspend|suspended|call(?:s|ed|ing)?\s+off|abandon(?:s|ed|ing)?|scrap(?:s|ped|ping)?)\b/i;

/**
 * People "displaced" beside the violence a sentence tells of ("forty thousand villagers displaced",
 * "shelling has … displaced thousands of families"), and what a toll of it lists, are its counts;
 * an evacuation is otherwise an act of its own.
 */
const tollOf = (h: Happening, all: readonly Happening[], text: string) =>
  ((h.pos === 'verb' && h.lemma === 'displace') || TOLL.test(text.slice(0, h.trigger.start))) &&
  (all.some((o) => o !== h && o.kind !== undefined && VIOLENCE.has(o.kind) && !o.negated) || CASUALTIES.test(text));
// "12 people were killed and 3,000 displaced": a toll, counted with the violence that caused it.
const CASUALTIES = /\b(?:killed|wounded|injured|dead|died)\b/i;
// What a toll lists ("the raids have cost dearly: … dead, … displaced and whole towns emptied") are its counts.
const TOLL = /\btoll\b[^.;]*$/i;

/**
 * The happenings of a sentence that a conflict timeline takes: of the conflict, not denied, and
 * asserted, planned or possible ("will meet on Friday", "a possible summit on Friday");
 * one only feared, proposed, threatened, demanded or attempted is not; nor is a generic one
 * ("several ceasefires", "clashes are frequent", "they usually die down"). A toll without its
 * cause dates the fighting that caused it: its kind, not a type. Words inside a date are no trigger,
 * nor is a weapon named as the instrument of another happening ("a battle with rockets and rifles").
 * @example triggersOf(text, findHappenings(text, rules), [], clauses)[0].value // 'fighting'
 */
// The dead a toll's own clause names after it, unarmed or armed.
const UNARMED_DEAD = /\b(?:civilians?|women|children|villagers|residents|farmers|worshippers|passengers|schoolchildren)\b/i;
const ARMED_DEAD = /\b(?:soldiers?|troops?|fighters?|militants?|rebels?|police(?:men)?|guards?|officers?)\b/i;
/** Whether a toll of no read killer names its dead, after it in its clause, as unarmed only. */
const unarmedToll = (text: string, h: Happening) => {
  const dead = text.slice(h.trigger.end, h.clause.end);
  return h.type === 'attack-on-civilians' && h.agent === undefined && UNARMED_DEAD.test(dead) && !ARMED_DEAD.test(dead);
};
export function triggersOf(text: string, happenings: readonly Happening[], timeSpans: readonly At[], clauses: readonly At[]): Trigger[] {
  const timed = new Uint8Array(text.length);
  for (const t of timeSpans) timed.fill(1, t.start, t.end);
  const inTime = (h: Happening) => timed[h.trigger.start] === 1;
  // "Talks could resume next week after the army shelled the border on Wednesday", "officials fear
  // fighting could resume after troops clashed on Monday": when nothing else in the sentence is
  // told as done, what it says happened before, on a day of its own, is its news, not a setting.
  const asserted = happenings.some((h) => h.conflict && !h.background && !h.negated && h.modality === undefined && h.tense !== 'future');
  const ownDate = (h: Happening) => timeSpans.some((t) => t.start > h.trigger.end && t.end <= h.clause.start + h.clause.text.length);
  const dated = (h: Happening) => timeSpans.some((t) => t.start >= h.clause.start && t.end <= h.clause.start + h.clause.text.length);
  const afterDated = (h: Happening) => h.background && h.pos === 'verb' && h.modality === undefined && AFTER.test(h.clause.text) && ownDate(h);
  // "After talks ended on Monday, troops clashed near the pass": the setting a sentence opens with
  // ends at its comma, and the clause after it is the news.
  const mainAfterSetting = (h: Happening) => {
    if (!h.background || h.pos !== 'verb' || !SETTING_OPENER.test(h.clause.text)) return false;
    const before = text.slice(h.clause.start, h.trigger.start);
    const comma = before.lastIndexOf(',');
    return comma >= 0 && !DEPENDENT.test(before.slice(comma + 1));
  };
  if (YES_NO_QUESTION.test(text)) return [];
  return happenings
    .map((h) => (mainAfterSetting(h) ? { ...h, background: false } : h))
    .map((h) => (!asserted && afterDated(h) ? { ...h, background: false } : h))
    // What is only possible is no plan: "an agreement might be signed", "the clashes could spread".
    // A meeting named possible is one being arranged ("a possible summit on Friday").
    .filter((h) => h.conflict && h.kind !== undefined && !h.negated && (h.modality === undefined || h.modality === 'planned' || (h.modality === 'possible' && h.kind === 'talks')) && !inTime(h))
    // "has remained in custody since March" dates the holding it goes on from, as a span.
    .filter((h) => SINCE.test(h.clause.text) || (!STATE_BEFORE.test(text.slice(Math.max(0, h.trigger.start - 16), h.trigger.start)) && !STATE_AFTER.test(text.slice(h.trigger.end, h.trigger.end + 48))))
    // "several rockets landed", "fired multiple missiles": a count of munitions is one blow's, no many happenings.
    .filter((h) => (munition(h) || !GENERIC_BEFORE.test(text.slice(Math.max(0, h.trigger.start - 30), h.trigger.start))) && !HABITUAL.test(h.clause.text) && !OVER_TIME.test(phraseOf(text, h)) && !(h.pos === 'noun' && LISTED_HABIT.test(text.slice(h.trigger.end))) && !AS_USUAL.test(text.slice(h.clause.start + h.clause.text.length)))
    // "for Borea to stop bombing": violence a verb stops is not asserted.
    // The governing verb with its particle: "called off further strikes".
    .filter((h) => !((VIOLENCE.has(h.kind!) || h.kind === 'protest') && h.governor && STOPPING.test(text.slice(h.governor.start, h.trigger.start))))
    .filter((h) => !(h.pos === 'noun' && NAMED_AS.test(text.slice(Math.max(h.clause.start, h.trigger.start - 80), h.trigger.start))))
    // "the devices were wooden-box mines": a weapon named as what something is says nothing happened.
    .filter((h) => !(h.kind === 'strike' && h.pos === 'noun' && WEAPON.test(h.trigger.text) && PREDICATE.test(text.slice(Math.max(0, h.trigger.start - 40), h.trigger.start)) && !/\bthere\s+(?:is|are|was|were)\b/i.test(h.clause.text)))
    // "a battle with rockets and rifles": the rockets are the battle's, not a strike of their own.
    .filter((h, _, all) => !(h.kind === 'strike' && h.pos === 'noun' && INSTRUMENT.test(text.slice(Math.max(0, h.trigger.start - 20), h.trigger.start)) && all.some((o) => o !== h && o.trigger.end <= h.trigger.start && o.clause.start === h.clause.start)))
    // "imposed sanctions, including border closures": a step named as part of one the sentence told
    // before it, of the same kind, is that step's content, not a second step.
    .filter((h, _, all) => !(STEPS.has(h.kind!) && all.some((o) => o !== h && o.kind === h.kind && o.trigger.end <= h.trigger.start && PART_OF.test(text.slice(o.trigger.end, h.trigger.start)))))
    // "80,000 displaced in the fighting", "the raids have cost dearly: … forty thousand
    // villagers displaced": a count of the violence the sentence tells of, not a flight of its own.
    .filter((h, _, all) => !(h.kind === 'humanitarian' && (IN_THE_FIGHTING.test(h.clause.text.slice(Math.max(0, h.trigger.end - h.clause.start))) || tollOf(h, all, text))))
    // What may or is to happen is never a recap: "to arrange a possible summit" is ahead.
    // What a planned meeting is to be held on stays its topic ("will meet on the border clashes").
    .map((h) => (h.background && h.modality !== undefined && !isMeetingTopic(text, h.trigger.start) ? { ...h, background: false } : h))
    // A round told whole, by its length ("fought a five-day war", "a brief war over the temple"),
    // is over: with no date of its own it is a recap of a round, not the day's news.
    .map((h) => (!h.background && VIOLENCE.has(h.kind!) && !dated(h) && WHOLE.test(text.slice(Math.max(h.clause.start, h.trigger.start - 30), Math.min(h.clause.start + h.clause.text.length, h.trigger.end + 30))) ? { ...h, background: true } : h))
    .map((h, _, all) => (!h.background && h.pos === 'noun' && all.some((o) => o !== h && o.trigger.start > h.trigger.end && !o.background && LED_TO.test(text.slice(h.trigger.end, o.trigger.start))) ? { ...h, background: true } : h))
    // "It was not the first time a Borean post had been shelled": what a "not the first time"
    // compares the news with is other, earlier rounds, never news of its own.
    .map((h) => (!h.background && FIRST_TIME.test(text.slice(Math.max(h.clause.start - 80, 0), h.trigger.start)) ? { ...h, background: true } : h))
    // "Velmora has mediated between them before": an act told in the perfect as done before is
    // earlier occasions, never news of its own.
    .map((h) => (!h.background && h.perfect === 'present' && isPrecedentTold(text.slice(h.clause.start)) ? { ...h, background: true } : h))
    // What a recap led to is of the recap: "after shelling flared again last week, sending … thousands into camps".
    .map((h, _, all) => {
      if (h.background || !CONSEQUENCE.test(text.slice(h.clause.start, h.trigger.start))) return h;
      const cause = all.filter((o) => o.trigger.end <= h.clause.start).at(-1);
      return cause?.background ? { ...h, background: true } : h;
    })
    .map((h): Trigger => {
      // The structural reading's clause, cut to the punctuation-and-opener clause around the trigger.
      const outer = clauses.find((c) => h.trigger.start >= c.start && h.trigger.start < c.end) ?? h.clause;
      const clause = { start: Math.max(outer.start, h.clause.start), end: Math.min(outer.end, h.clause.end) };
      const at = { start: h.trigger.start, end: h.trigger.end, text: h.trigger.text, happening: h, clause, outer: { start: outer.start, end: outer.end } };
      // A toll whose killer the sentence names ("gunmen killed 26 people") is that attack.
      // So is a toll a claim tells ("the claim was of two shot dead"): the claim names the side it accuses.
      // So is a toll whose dead its own clause names as unarmed, and none as armed, though the
      // killer goes unread ("raiders struck at dawn and killed 14 people, among them
      // farmers and schoolchildren"): whoever killed them attacked civilians.
      const typed = !h.casualty || (h.agent !== undefined && h.rule.includes('.refine[')) || isClaimedToll(text, h) || unarmedToll(text, h);
      return typed ? { ...at, value: h.kind as Kind, type: h.type as EventType } : { ...at, value: 'fighting' };
    });
}
