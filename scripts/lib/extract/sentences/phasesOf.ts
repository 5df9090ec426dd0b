import type { Phase } from '../lexicon/lexiconSchema.ts';
import type { PhraseMatch } from '../lexicon/phraseMatcher.ts';
import { clauseAt } from './clauseAt.ts';
import { rankByWords, type At } from './nearestByWords.ts';
import type { Trigger } from './triggersOf.ts';
import { wordDistance } from './wordDistance.ts';
import { UNREST_KINDS } from '../happenings/unrestKinds.ts';

/** Furthest a phase word may stand from the happening it is said of. */
const MAX_PHASE_DISTANCE = 12;
/** A phase word right after its subject ("the truce was agreed") belongs to it within this many words. */
const SUBJECT_DISTANCE = 3;
const VIOLENCE: ReadonlySet<string> = UNREST_KINDS;
/** Words that name a truce itself, not the violence a truce stops. */
const TRUCE = /\b(?:cease-?fire|cease fire|truce|armistice|cessation|accord|agreement|deal|pact|treaty|understanding)\b/i;
/** Words that open a subordinate clause. */
const SUBORDINATOR = /\b(?:after|before|following|when|since|as|while|because|until|once)\b/i;
/** A determiner right before a phase word makes it a participle describing the noun after it. */
const ATTRIBUTIVE = /\b(?:the|an?|its|their|this|that)\s+$/i;


/**
 * What each phase word of a sentence says of which happening: the nearest trigger in its clause,
 * so that in "a ceasefire after clashes reignited", "reignited" is said of the clashes. The
 * subject comes first: "the truce was agreed in talks" agrees the truce, so a trigger just before
 * the phase word wins over a nearer one after it.
 * @example phasesOf(text, triggers, phases, clauses).get(clashes) // 'resume'
 */
export function phasesOf(text: string, triggers: readonly Trigger[], phases: readonly PhraseMatch<Phase>[], clauses: readonly At[]): Map<Trigger, Phase> {
  const owned = new Map<Trigger, Phase>();
  // Clauses as punctuation and openers cut them: a phase word may lie past a list of names that
  // the structural reading takes for a new clause ("A truce mediated by … Qatar and Egypt soon broke down").
  const inClause = (t: Trigger, at: number) => clauseAt(clauses, t.start) === clauseAt(clauses, at);
  for (const phase of phases) {
    // "the extended deadline", "an ended war": a participle that describes a noun tells no news of it.
    if (ATTRIBUTIVE.test(text.slice(Math.max(0, phase.start - 12), phase.start)) && /^\s+[a-z]/.test(text.slice(phase.end, phase.end + 3)) && !triggers.some((t) => phase.start < t.end && phase.end > t.start)) continue;
    // "a closed-door meeting", "an open-ended truce", "behind closed doors": a phase word joined to
    // the word after it by a hyphen, or said of doors, describes; nothing closed or opened.
    if (/^(?:-\p{L}|\s+doors?\b)/u.test(text.slice(phase.end, phase.end + 7))) continue;
    // A trigger that is itself a phase word ("convened", "resumed") says its own phase.
    const itself = triggers.find((t) => phase.start < t.end && phase.end > t.start);
    if (itself) {
      // "ended two decades of deadlock", "declared the war over": a truce or accord read from
      // hostilities ended is that accord made, not a truce ending.
      if (phase.value === 'end' && itself.value === 'ceasefire' && !TRUCE.test(itself.text)) owned.set(itself, 'agree');
      else if (free(itself, phase.value)) owned.set(itself, phase.value);
      continue;
    }
    // A verb that turned violence into a truce is spent on that: "the agreement ends the exchanges
    // of fire" is the truce taking hold, not a truce ending.
    // Only a truce read from the violence its verb stops (a refined type) is so: "ended the truce" ends it.
    const governor = (t: Trigger) => t.happening.governor;
    const stopped = (t: Trigger) =>
      phase.value === 'end' && t.value === 'ceasefire' && /\.refine\[/.test(t.happening.rule) && governor(t) !== undefined && governor(t)!.end <= t.start &&
      phase.start < governor(t)!.end && phase.end > governor(t)!.start;
    // "Clashes ended on Saturday": the same, with the verb after its subject.
    const endedAfter = (t: Trigger) =>
      phase.value === 'end' && t.value === 'ceasefire' && /\.refine\[/.test(t.happening.rule) && !TRUCE.test(t.text) && t.end <= phase.start && wordDistance(text, t, phase) <= SUBJECT_DISTANCE;
    if (triggers.some(stopped) || triggers.some(endedAfter)) continue;
    // "fighting could resume after troops clashed": a phase word is not said of a happening that a
    // subordinate clause after it tells; that clause has its own verb.
    const across = (t: Trigger) => t.start >= phase.end && SUBORDINATOR.test(text.slice(phase.end, t.start));
    const candidates = triggers.filter((t) => inClause(t, phase.start) && (t.end <= phase.start || t.start >= phase.end) && !across(t));
    const before = candidates.filter((t) => t.end <= phase.start && wordDistance(text, t, phase) <= SUBJECT_DISTANCE);
    // On a tie the later trigger wins: it is the one the phase word follows.
    // A telling has no phase of its own ("the summit … has been put off, officials said on
    // Wednesday"): the phase word passes over it to what was told.
    const said = (t: Trigger) => (t.value === 'statement' || t.value === 'accusation') && phase.value !== 'resume';
    const owner = rankByWords(text, before.length > 0 ? before : candidates, phase, (t, words) => words - t.start / 1e6).find((t) => !said(t));
    if (owner && free(owner, phase.value) && wordDistance(text, owner, phase) <= MAX_PHASE_DISTANCE) owned.set(owner, phase.value);
  }
  return owned;

  /**
   * A trigger takes its first phase word, but "again" after "erupted" makes a beginning a
   * resumption. Only what is agreed can be agreed: "missiles struck", "fighters reached the town"
   * say nothing of an agreement.
   */
  function free(t: Trigger, value: Phase): boolean {
    if (value === 'agree' && VIOLENCE.has(t.value)) return false;
    // What was said has no phase of its own, save being said again: "said relations had reached a
    // low" neither agrees nor begins anything.
    if ((t.value === 'statement' || t.value === 'accusation') && value !== 'resume') return false;
    return !owned.has(t) || (owned.get(t) === 'begin' && value === 'resume');
  }
}
