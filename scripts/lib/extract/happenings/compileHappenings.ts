import type { Happenings, TriggerEntry } from '../lexicon/happeningsSchema.ts';
import type { Ontology } from '../../ontologySchema.ts';
import { tagText } from './tagText.ts';
import { LONG_GAP, tokenPhrases, type PhraseWord } from './tokenPhrases.ts';

/** What the ontology and the non-conflict list say of one type. */
export interface TypeInfo {
  /** The reader-facing kind; none for a non-conflict type. */
  kind?: string;
  /** CASE 2021 label: the ontology's `case`, the happenings file's fallback, or OTHER. */
  caseLabel: string;
  /** False for the non-conflict types the extractor leaves out (disasters, organised crime). */
  conflict: boolean;
  /** Place in the priority list: lower is more specific. */
  rank: number;
}

/** A trigger entry with where it comes from, so that a happening can say which rule found it. */
export interface CompiledTrigger extends TriggerEntry {
  id: string;
  /** Every phrase the entry is found by: its words and their passives ("flag be take down"). */
  phrases: readonly string[];
  /** The words of those phrases, lower-cased: none of them is a marker of its clause. */
  own: ReadonlySet<string>;
}

/** The happenings file and the ontology compiled into finders over tagged text, built once per run. */
export interface HappeningRules {
  triggers: CompiledTrigger[];
  findTriggers: ReturnType<typeof tokenPhrases<number>>;
  findClasses: ReturnType<typeof tokenPhrases<string>>;
  classNames: ReadonlySet<string>;
  findModality: ReturnType<typeof tokenPhrases<string>>;
  findNegation: ReturnType<typeof tokenPhrases<true>>;
  findReporting: ReturnType<typeof tokenPhrases<'report' | 'claim'>>;
  carriers: ReadonlySet<string>;
  /** Irregular past forms to their base: "shot" → "shoot". */
  irregular: ReadonlyMap<string, string>;
  /** The irregular forms that are only ever verbs, with their base: the tagger is overruled on them. */
  verbOnly: ReadonlyMap<string, string>;
  types: ReadonlyMap<string, TypeInfo>;
  sentencePenalty: number;
}

/**
 * The names of the conflict being read, as two more classes the rules may test: `party` (its
 * countries, organisations and forces: "Arland", "Arlandese", "Arlandia City") and `place` (its places).
 */
export interface Gazetteer {
  party: readonly string[];
  place: readonly string[];
}

/** A phrase as the tagger splits it: "cease-fire" → cease, -, fire; `_` → a gap, `__` → a long gap. */
export function splitPhrase(phrase: string): PhraseWord[] {
  // "(month)", "(number)": a key tokenKeys gives a kind of token, one word, not a bracketed one.
  if (/^\([\p{L}-]+\)$/u.test(phrase.trim())) return [phrase.trim()];
  const parts = phrase.trim().split(/\s+(__?)\s+/);
  return parts
    .filter((_, i) => i % 2 === 0)
    .flatMap((part, i) => [
      ...(i > 0 ? [parts[2 * i - 1] === '__' ? LONG_GAP : null] : []),
      // Plain words split at spaces; anything with a mark in it is split by the tagger itself,
      // so that the phrase and the text are cut alike (most phrases are plain: this keeps compiling fast).
      ...(/^[\p{L}\s]+$/u.test(part) ? part.toLowerCase().split(/\s+/) : tagText(part).map((t) => t.lower)),
    ]);
}

const entries = <T>(list: Iterable<readonly [string, T]>) => [...list].map(([p, v]) => [splitPhrase(p), v] as const);

// A preposition that ends a phrase's first part: no verb and particle ("violation of _ airspace").
const PREPOSITION = /\s(?:of|for|to|in|into|on|at|with|by|from|over|across)$/;
// Nouns that say what the gap's object is made ("take _ hostage"), no object of their own.
const COMPLEMENT = /^(?:hostage|prisoner|captive)s?$/;
// A verb (and its particle), a gap, then its object: "take down _ flag", "recall _ ambassador".
const VERB_OBJECT = /^([\p{L}-]+(?: [\p{L}-]+)?) _ ([\p{L}-]+(?: [\p{L}-]+){0,2})$/u;

/**
 * The phrases a verb-object trigger takes in the passive, its object first: "take down _ flag" →
 * "flag be take down" ("the flag was taken down") and "flag have be take down" ("had been taken
 * down"). No gap: a modal or a "not" between them ("an agreement might be signed") is no part of
 * the trigger, and hedges or denies it as before. A phrase that is no verb and object never meets
 * "be" between its parts in a text, so it adds nothing.
 */
export function passiveOf(phrase: string): string[] {
  const m = VERB_OBJECT.exec(phrase.trim());
  // "violation of _ airspace", "fly into _ airspace": a preposition ends no verb and particle.
  // "take _ hostage": the gap holds the object, the noun says what it is made ("took nine
  // soldiers hostage"), and "the hostages were taken to a camp" is no passive of it.
  if (!m || PREPOSITION.test(m[1]!) || COMPLEMENT.test(m[2]!)) return [];
  return [`${m[2]} be ${m[1]}`, `${m[2]} have be ${m[1]}`];
}

/**
 * The phrases a refine rule's conditions name outright ("committed to", "shoot down", "patrol
 * boat"), each as a class of its own named by itself. A condition's word is looked up among the
 * keys of one token, so a phrase of several tokens never matched there: found as a class, it
 * matches as a rule's author meant, its words in a row, each in any of its forms.
 * @example conditionPhrases(triggers, new Set())['exchange of fire'] // ['exchange of fire']
 */
export function conditionPhrases(triggers: readonly TriggerEntry[], classNames: ReadonlySet<string>): Record<string, string[]> {
  const phrases: Record<string, string[]> = {};
  for (const t of triggers) {
    for (const rule of t.refine) {
      for (const [role, test] of Object.entries(rule.when)) {
        if (role === 'pos' || test === undefined) continue;
        for (const value of typeof test === 'string' ? [test] : test) {
          const phrase = value.replace(/^!/, '');
          if (classNames.has(phrase) || splitPhrase(phrase).length < 2) continue;
          phrases[phrase] = [phrase];
        }
      }
    }
  }
  return phrases;
}

/**
 * Compiles scripts/lexicon/happenings.yaml and ontology.yaml into the finders the classifier uses.
 * @example compileHappenings(lexicon.happenings, lexicon.ontology).types.get('shelling')?.caseLabel // 'ART_MISS_ATTACK'
 */
export function compileHappenings(happenings: Happenings, ontology: Ontology, gazetteer: Gazetteer = { party: [], place: [] }): HappeningRules {
  const compiled = (t: TriggerEntry, id: string): CompiledTrigger => {
    const phrases = t.words.flatMap((w) => [w, ...passiveOf(w)]);
    return { ...t, id, phrases, own: new Set(phrases.flatMap((w) => w.toLowerCase().split(/\s+/)).filter((w) => w !== '_' && w !== '__')) };
  };
  const triggers: CompiledTrigger[] = [
    ...happenings.triggers.map((t, i) => compiled(t, `triggers[${i}]`)),
    ...happenings.extraTriggers.map((t, i) => compiled(t, `extraTriggers[${i}]`)),
  ];
  const rank = new Map(happenings.priority.map((t, i) => [t, i]));
  const types = new Map<string, TypeInfo>();
  for (const [id, t] of Object.entries(ontology.types)) {
    types.set(id, { kind: t.kind, caseLabel: t.case ?? happenings.caseLabels[id] ?? 'OTHER', conflict: true, rank: rank.get(id) ?? rank.size });
  }
  for (const [id, t] of Object.entries(happenings.types)) types.set(id, { caseLabel: t.case, conflict: false, rank: rank.get(id) ?? rank.size });
  const classes = { ...happenings.classes, ...gazetteer, ...conditionPhrases(triggers, new Set(Object.keys({ ...happenings.classes, ...gazetteer }))) };
  return {
    triggers,
    findTriggers: tokenPhrases(entries(triggers.flatMap((t, i) => t.phrases.map((p) => [p, i] as const)))),
    findClasses: tokenPhrases(entries(Object.entries(classes).flatMap(([name, words]) => words.map((w) => [w, name] as const)))),
    classNames: new Set(Object.keys(classes)),
    findModality: tokenPhrases(entries(Object.entries(happenings.modality).flatMap(([m, words]) => words.map((w) => [w, m] as const)))),
    findNegation: tokenPhrases(entries(happenings.negation.map((w) => [w, true as const] as const))),
    findReporting: tokenPhrases(
      entries([
        ...happenings.reporting.report.map((w) => [w, 'report' as const] as const),
        ...happenings.reporting.claim.map((w) => [w, 'claim' as const] as const),
      ]),
    ),
    carriers: new Set(happenings.carriers.flatMap((w) => splitPhrase(w).filter((x): x is string => typeof x === 'string').slice(0, 1))),
    irregular: new Map(Object.entries(happenings.irregular)),
    verbOnly: new Map(happenings.verbOnly.map((form) => [form, happenings.irregular[form]!])),
    types,
    sentencePenalty: happenings.sentencePenalty,
  };
}
