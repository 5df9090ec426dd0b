import type { Kind } from '../../../../src/lib/eventSchema.ts';
import type { Mention } from '../mentions/buildMentions.ts';
import { foldInto } from './foldInto.ts';
import { latestOfKind } from './latestOfKind.ts';
import { daysAfter } from '../time/dayArithmetic.ts';
import { ARMED_KINDS } from '../happenings/violentKinds.ts';
import { isAppeal } from './isAppeal.ts';

/**
 * Kinds a government's decision carries out in the same breath. Statements are not among them:
 * a minister calling the decision a mistake on a day of their own is a reaction an analyst codes
 * on its own; only a verdict told with the decision named as known folds (below).
 */
const ALONGSIDE = new Set<Kind>(['diplomacy']);
/** Measures that are acts on the ground, not decisions. */
const NOT_DECIDED = new Set(['disrupted-weapons', 'base-established', 'territory-transfer']);
/** Violence a capture may be part of: "soldiers were taken prisoner in the fighting". */
const VIOLENCE: ReadonlySet<Kind> = ARMED_KINDS;
/** Acts a speaker's words may be the announcement of: "announced the ceasefire", "protested by recalling its envoy". */
const ANNOUNCED = new Set<Kind>(['ceasefire', 'measure', 'diplomacy']);
/** Days before a statement's context day the act its words announced may lie: "announced the truce on Monday night", told on Tuesday. */
const ANNOUNCED_DAYS = 7;
/** Days before a capture's news day the violence it was taken in may lie: a round's tally told a few days on. */
const RETOLD_DAYS = 3;
/**
 * "Iraq decided on Wednesday to recall its envoy and to summon the ambassador": a decision told
 * only as the deciding, with the steps as what it decided ("decided to", "voted to", "resolved
 * to"), has no content of its own but those steps, each of which an analyst codes as the act it
 * is. A decision with a content of its own ("voted a call-up of reservists and broke off the talks")
 * still carries the steps told with it.
 */
const DECIDED_TO = /\b(?:decided|voted|resolved)\s+(?:(?:on|late|early)\s+(?:\p{L}+\s+){1,2})?to\s/iu;
const isDecidedStep = (decision: Mention) => decision.citations.some((c) => DECIDED_TO.test(c.quote));
/** The ISO day `days` days before an ISO day. */
/** Whether two reports name no different parties as the doer. */
const sameSide = (a: Mention, b: Mention) => !a.agent || !b.agent || a.agent === b.agent;

/**
 * Folds into one report the diplomatic steps one sentence tells of with a decision on the same day:
 * "parliament approved a mobilisation and halted negotiations". An analyst codes the decision once,
 * with what was broken off by it; counted apart, the step would be a second event of one happening.
 * A step another sentence tells stays its own, however it is dated: "police closed the two
 * crossings", told by the article's time beside "the president put off the vote on Saturday", is
 * a second act of that day, which an analyst codes apart (as is "a law halting the inspections",
 * beside the vote that passed it). So is a step that is all a decision decided ("decided to recall
 * its envoy"): see isDecidedStep. A decision one sentence tells beside a measure of the same day,
 * by the same side ("declared an emergency and sent two brigades"), is the deciding of that
 * measure, and folds into it; a step of that sentence then folds into the measure too.
 * Likewise a capture one sentence tells with a clash or a strike of the same day, by the same side
 * or an unnamed one, is part of that violence: "fighting went on into Wednesday, and several
 * soldiers were taken prisoner" is one happening, not a clash and an arrest. So is a capture an
 * article tells with no day of its own, placed on its news day only for want of another, when the
 * article dates violence by its own words to the few days before ("the fighting began on Tuesday";
 * told on Thursday, "troops have taken a hundred prisoners"): it is that violence's tally retold,
 * not an arrest of the news day. A capture of the same day as the violence is left to the sentence.
 * And a verdict on a decision its sentence names as already known, dated only by the article's
 * context ("the minister called the vote absurd"), is a reaction told with that decision, not a
 * statement of its own; an appeal ("urged the assembly to…") asks for something new and stays.
 * So is a statement left undated in a sentence that dates, by its own words, a truce, a measure
 * or a diplomatic step on another day ("the president announced the truce on Monday night", told
 * on Tuesday): the words announced that act, and the context's day is no day of theirs.
 * @example foldSentenceActs([decisionIn3, talksHaltedIn3]).length // 1
 */
export function foldSentenceActs(mentions: readonly Mention[]): Mention[] {
  const day = (m: Mention) => [m.source, m.time.date, m.time.endDate ?? '', m.status].join('|');
  const key = (m: Mention) => `${m.sentence}|${day(m)}`;
  const decisions = new Map<string, Mention>();
  for (const m of mentions) {
    // A decision or a mobilisation decided; a weapon stopped, a base set up or ground handed over
    // the same day ("drones brought down", "the town handed over") is a happening of its own.
    if (m.kind !== 'measure' || (m.type !== undefined && NOT_DECIDED.has(m.type))) continue;
    if (!decisions.has(key(m))) decisions.set(key(m), m);
  }
  // Violence each sentence tells of, by day: a capture told with it is part of it.
  const clashes = new Map<string, Mention>();
  for (const m of mentions) if (VIOLENCE.has(m.kind) && !m.background && !clashes.has(key(m))) clashes.set(key(m), m);
  // Violence each article dates to a day by its own words: a capture it leaves undated may be that violence's tally.
  const ownViolence = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (!VIOLENCE.has(m.kind) || m.background || m.dating === 'context' || m.time.date.length !== 10) continue;
    (ownViolence.get(m.source) ?? ownViolence.set(m.source, []).get(m.source)!).push(m);
  }
  const retold = (m: Mention) => {
    if (m.dating !== 'context' || m.time.date !== m.published) return undefined;
    const by = daysAfter(m.published, -1);
    const last = latestOfKind(ownViolence.get(m.source) ?? [], [...VIOLENCE], (c) => c.time.endDate ?? c.time.date, { by, where: (c) => sameSide(c, m) });
    return last && (last.time.endDate ?? last.time.date) >= daysAfter(m.published, -RETOLD_DAYS) ? last : undefined;
  };
  // Decisions each sentence names as known ("the vote"), by day: a statement told with one judges it.
  const known = new Map<string, Mention>();
  for (const m of mentions) if (m.anaphoric && m.type === 'decision' && !known.has(key(m))) known.set(key(m), m);
  // Acts each sentence dates by its own words, by sentence: a statement it leaves undated announced one.
  const announced = new Map<string, Mention>();
  for (const m of mentions) {
    const at = `${m.source}|${m.sentence}`;
    if (ANNOUNCED.has(m.kind) && m.dating !== 'context' && !announced.has(at)) announced.set(at, m);
  }
  // Only an act of the days just before the words can be what they announce: a treaty the sentence
  // recalls as signed months ago ("called the deal void, saying it overlapped the memorandum signed
  // last November") is the setting of the words, which stay that day's statement.
  const announcedIn = (m: Mention) =>
    [announced.get(`${m.source}|${m.sentence}`)].find((a) => a !== undefined && a.time.date !== m.time.date && (a.time.endDate ?? a.time.date) >= daysAfter(m.time.date, -ANNOUNCED_DAYS));
  // Measures each sentence tells as acts, not as a deciding, by day: a decision told beside one decided it.
  const acts = new Map<string, Mention>();
  for (const m of mentions) if (m.kind === 'measure' && m.type !== undefined && m.type !== 'decision' && !NOT_DECIDED.has(m.type) && !m.anaphoric && !acts.has(key(m))) acts.set(key(m), m);
  return foldInto(mentions, (m) => {
    // "Borea declared an emergency in Kelvask province and sent two brigades to the pass": a
    // decision one sentence tells with a measure of the same day, by the same side, is the
    // deciding of that measure, one happening an analyst codes once (as the act it decided).
    if (m.kind === 'measure' && m.type === 'decision' && !m.anaphoric) {
      const act = acts.get(key(m));
      if (act && sameSide(act, m)) return act;
    }
    // "militants stormed a jetty, took two machine guns and blew up a police boat": arms seized in
    // the same breath as the raid, by the same side, are part of the raid, as a capture is.
    // Not beside a strike: "shot down the drone" is the strike's other side, an interception.
    const seized = m.kind === 'measure' && m.type === 'disrupted-weapons' ? [clashes.get(key(m))].find((c) => c?.kind === 'fighting') : undefined;
    const clash = m.kind === 'detention' && m.type !== 'release' ? (clashes.get(key(m)) ?? retold(m)) : seized;
    // A clash is both sides' act: a capture its sentence tells with it is taken in it, by either
    // side ("Arland's boats opened fire on three Borean craft and then seized them", however the
    // capture's doer was read); a strike is one side's, and the other side's captures stay apart.
    const inClash = m.kind === 'detention' && clash !== undefined && clash.kind === 'fighting' && clash === clashes.get(key(m));
    const reacted = m.kind === 'statement' && m.dating === 'context' && !isAppeal(m.says) ? (known.get(key(m)) ?? announcedIn(m)) : undefined;
    if (ALONGSIDE.has(m.kind)) {
      // Into the act a decision of the sentence folds into, if there is one: the decision goes.
      const decision = acts.get(key(m)) ?? decisions.get(key(m));
      return decision && !isDecidedStep(decision) ? decision : undefined;
    }
    return clash && (sameSide(clash, m) || inClash) ? clash : reacted;
  });
}
