import type { Modality } from '../happeningsSchema.ts';
import { assertionOf, type Tense } from './assertionOf.ts';
import type { HappeningRules } from './compileHappenings.ts';
import { findAttributions, type Attribution } from './findAttributions.ts';
import { readStructure, type Chunk } from './readStructure.ts';
import { rolesOf } from './rolesOf.ts';
import { tagText, type Token } from './tagText.ts';
import { tokenKeys } from './tokenKeys.ts';
import { typeOf, type Occurs, type Typed } from './typeOf.ts';

/** A stretch of the text, by character offsets `[start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** One happening a text reports, and how it reports it. */
export interface Happening {
  /** Leaf type: an ontology type, or a non-conflict one (natural-disaster, man-made-disaster, organised-crime). */
  type: string;
  /** The ontology's reader-facing kind; none for a non-conflict type. */
  kind?: string;
  /** False for what a conflict timeline leaves out. */
  conflict: boolean;
  /** The words that report it. Offsets are into the text given. */
  trigger: TextSpan;
  /** Index of its sentence in the text. */
  sentence: number;
  /** Its clause: dates and places in it belong to it. */
  clause: TextSpan;
  /** Denied: "no clashes were reported", "did not attack", "without resistance". */
  negated: boolean;
  /** Not a plain fact: possible ("could"), feared, planned ("will", "scheduled"), threatened, demanded ("urged to"), attempted. */
  modality?: Modality;
  modalityWord?: string;
  /** As its own clause's verb group shows it. */
  tense?: Tense;
  /** Who did it and to whom, as the clause says. */
  agent?: TextSpan;
  patient?: TextSpan;
  /** Reported speech: who told it, to whom, and whether as a one-sided claim. */
  told?: { by?: TextSpan; to?: TextSpan; claim: boolean; frame: TextSpan };
  /** For statements, appeals, proposals, accusations, denials and claims: who spoke and to whom. */
  speaker?: TextSpan;
  addressee?: TextSpan;
  /** Harm named without its cause ("were killed"): it stands only when nothing more specific does. */
  casualty: boolean;
  /** The lexicon rule that typed it, e.g. "triggers[1].refine[8]". */
  rule: string;
}

const SPEECH_KINDS = new Set(['statement', 'accusation']);

/**
 * Finds the happenings a text reports, sentence by sentence and clause by clause: the words that
 * report each, its type by who did what to whom, and how it is asserted. A more specific
 * happening is not swallowed by the statement that frames it ("a ceasefire declared in a joint
 * statement" is a ceasefire); harm without a named cause is marked `casualty`.
 * @example findHappenings('Rebels shelled the town.', rules)[0].type // 'shelling'
 */
export function findHappenings(text: string, rules: HappeningRules): Happening[] {
  const tokens = tagText(text);
  const keys = tokenKeys(tokens);
  const span = (c: Chunk): TextSpan => ({ start: tokens[c.start]!.start, end: tokens[c.end - 1]!.end, text: text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end) });

  // Where each class occurs, once for the whole text.
  const hits = new Map<string, { start: number; end: number }[]>();
  for (const m of rules.findClasses.all(tokens, keys)) for (const c of m.values) hits.set(c, [...(hits.get(c) ?? []), { start: m.start, end: m.end }]);
  const occurs: Occurs = (value, run, startsAt) => {
    if (rules.classNames.has(value)) {
      return (hits.get(value) ?? []).some((h) => (startsAt ? h.start === run.start : h.start >= run.start && h.end <= run.end));
    }
    for (let i = run.start; i < (startsAt ? run.start + 1 : run.end); i++) if (keys[i]?.includes(value)) return true;
    return false;
  };

  const found: Happening[] = [];
  for (const [from, to] of sentenceRuns(tokens)) {
    const structure = readStructure(tokens, from, to);
    const attributions = findAttributions(tokens, keys, structure, rules);
    const inFrame = (a: number, b: number) => attributions.some((x) => a < x.frame.end && b > x.frame.start);
    const inSentence: Happening[] = [];
    for (const m of rules.findTriggers.longest(tokens, keys, from, to)) {
      if (inFrame(m.start, m.end)) continue;
      const roles = rolesOf(tokens, structure, m.start, m.end, rules.carriers);
      const typed = m.values
        .map((i) => typeOf(rules.triggers[i]!, roles, occurs))
        .filter((t): t is Typed => t !== undefined)
        .sort((a, b) => Number(b.refined) - Number(a.refined))[0];
      if (!typed?.type) continue;
      const info = rules.types.get(typed.type)!;
      const entry = rules.triggers[m.values.find((i) => typed.rule.startsWith(rules.triggers[i]!.id))!]!;
      const assertion = assertionOf(tokens, keys, structure, roles, m.start, m.end, rules);
      const told = innermost(attributions, m.start);
      const clause = structure.clauses[structure.clauseOf[m.start - from]!]!;
      const agent = roles.agent.find((c) => c.end <= m.start || c.start >= m.end);
      const patient = roles.patient[0];
      const speech = info.kind !== undefined && SPEECH_KINDS.has(info.kind);
      const speaker = speech ? (agent ?? told?.speaker) : undefined;
      const addressee = speech && roles.pos === 'verb' ? patient : undefined;
      inSentence.push({
        type: typed.type,
        ...(info.kind ? { kind: info.kind } : {}),
        conflict: info.conflict,
        trigger: span({ start: m.start, end: m.end }),
        sentence: tokens[m.start]!.sentence,
        clause: span(clause),
        negated: assertion.negated,
        ...(assertion.modality ? { modality: assertion.modality, modalityWord: assertion.modalityWord! } : {}),
        ...(assertion.tense ? { tense: assertion.tense } : {}),
        ...(agent ? { agent: span(agent) } : {}),
        ...(patient ? { patient: span(patient) } : {}),
        ...(told
          ? { told: { ...(told.speaker ? { by: span(told.speaker) } : {}), ...(told.addressee ? { to: span(told.addressee) } : {}), claim: told.claim, frame: span(told.frame) } }
          : {}),
        ...(speaker ? { speaker: span(speaker) } : {}),
        ...(addressee ? { addressee: span(addressee) } : {}),
        casualty: entry.casualty === true,
        rule: typed.rule,
      });
    }
    // "declared in a joint statement": a statement named in a phrase that frames another happening is its source, not a happening.
    const others = inSentence.filter((h) => h.kind !== 'statement');
    found.push(
      ...inSentence.filter((h) => {
        if (h.type !== 'statement' || others.length === 0) return true;
        const before = text.slice(Math.max(0, h.trigger.start - 20), h.trigger.start);
        return !/\b(?:in|via|through|under)\s+(?:a|an|the|its|their|his|her)?\s*(?:\S+\s+)?$/i.test(before);
      }),
    );
  }
  return found;
}

/** Token runs `[from, to)` of each sentence. */
function sentenceRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.sentence !== tokens[from]!.sentence) {
      runs.push([from, i]);
      from = i;
    }
  }
  return runs;
}

/** The narrowest reported span that holds token `i`. */
function innermost(attributions: readonly Attribution[], i: number): Attribution | undefined {
  return attributions.filter((a) => i >= a.scope.start && i < a.scope.end).sort((a, b) => a.scope.end - a.scope.start - (b.scope.end - b.scope.start))[0];
}
