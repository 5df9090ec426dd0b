import { endsOnContentNoun } from './endsOnContentNoun.ts';

// What a verb of saying says, read whole from the words after it, in the form a headline gives it.
// One rule for tense throughout: a reported clause is put back in the present as headlines do
// ("that its troops had laid mines" → "its troops laid mines", "it was ready" → "it is ready",
// "it would respond" → "it will respond"); a clause that would need its own tense moved as well
// ("if Borean troops crossed", "until Arland withdrew") is cut before its conjunction.

// Where a thought is cut: a mark, a quotation, or a clause of its own.
// A comma or stop inside a number ("200,000", "1.5") is none.
const MARK = /[;:!?"“”()]|[.,](?!\d)/;
const SUBORDINATE = /^(?:if|until|unless|because|although|though|after|before|when|whenever|while|once|since|whereas|so|as|where|which|who|whom|whose)$/i;
// "only if", "even though": the adverb belongs to the clause it leads.
const LEADS_CLAUSE = /^(?:only|even|just)$/i;
// Words a headline does not end on.
const DANGLING = /^(?:the|a|an|its|their|his|her|our|it|them|of|to|in|on|at|for|with|across|into|from|by|and|or|but|that|this|these|those|was|were|is|are|be|been|being|had|has|have|would|will|could|should|might|may|must|can|did|does|do|not|any|some|all|both|each|new|near|against|over|under|along|between|without|now|also|then|still|only|even|just)$/i;
// A preposition a long phrase may be cut before: "of using cluster munitions | against villages in Ondria".
const CUT_BEFORE = /^(?:in|on|at|near|from|against|along|across|into|over|with|without|by|during|after|before|between|around|inside|outside|since|of|to|and|or)$/i;
// Particles a phrase may end on when the sentence ends it there: "the work they had put in".
const PARTICLE = /^(?:in|on|out|off|up|down|back|over|away|through|ahead)$/i;
// Verbs whose "that" clause is a bare wish, with no tense to find: "proposed that both sides withdraw".
const MANDATIVE = /^(?:propos|suggest|demand|insist|urg|ask|request|recommend)/i;
const MAX_WORDS = 9;
const MIN_WORDS = 2;
// A finite verb, which makes words after a verb of saying a clause of their own: "it was ready".
const FINITE = /^(?:was|were|is|are|had|has|have|would|will|could|can|did|does|do|should|must|may|might)$/i;
// Participles a clause's "had" or "was" leads: their past is the same word ("had laid" → "laid").
const IRREGULAR_PAST = /^(?:won|laid|made|sent|shot|fought|built|held|left|lost|hit|kept|put|set|struck|led|fled|seized|met|sold|bought|brought|caught|told|said|paid|found|cut|burnt|spent|lit)$/i;
const PARTICIPLE = /^(?:\p{L}+ed|\p{L}+en|\p{L}+wn|laid|made|sent|shot|fought|built|held|left|lost|hit|kept|put|set|struck|led|fled|met|sold|bought|brought|caught|told|said|paid|found|cut|burnt|spent|lit|done|gone|born)$/iu;
// Whom an appeal is made to before its "to …", when no addressee was read: "both sides to protect civilians".
const WHOM = /^(?:(?:the|both|all|each)\s+)?(?:[\p{Lu}][\p{L}'’-]*|sides?|parties|countries|governments|nations|armies|neighbours|neighbors|sides)(?:\s+(?:and\s+)?[\p{Lu}][\p{L}'’-]*){0,3}$/u;

/** Up to the first mark, with the spaces of a blanked day closed. */
function firstPhrase(text: string): string {
  const cut = text.search(MARK);
  return (cut >= 0 ? text.slice(0, cut) : text).replace(/\s+/g, ' ').trim();
}

/**
 * At most MAX_WORDS, cut before the last preposition or conjunction that keeps it so where the
 * phrase is longer; never on a dangling word. Undefined when no such boundary is found: a cut
 * inside a noun phrase ("send home all 200") is no thought.
 */
function trim(words: readonly string[]): string | undefined {
  let list = [...words];
  const cut = list.length > MAX_WORDS;
  if (cut) {
    // Not between an infinitive's verb and its preposition: "to deal | with" is no boundary.
    const at = list.findLastIndex((w, i) => i >= 3 && i <= MAX_WORDS && CUT_BEFORE.test(w) && !/^to$/i.test(list[i - 2] ?? ''));
    if (at < 0) return undefined;
    list = list.slice(0, at);
  }
  // A particle after its verb ends a thought ("the operations are over", "the work they had put in").
  const ends = (i: number) => PARTICLE.test(list[i]!) && (!cut || (i > 0 && isFinite(list[i - 1]!)));
  while (list.length > 0 && DANGLING.test(list.at(-1)!) && !ends(list.length - 1)) list.pop();
  return list.length >= MIN_WORDS ? list.join(' ') : undefined;
}

/** A reported clause's verbs in a headline's present: "had laid" → "laid", "was ready" → "is ready", "would" → "will". */
export function toPresent(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const next = words[i + 1] ?? '';
    const lower = word.toLowerCase();
    // "had not laid" stays, having no simple past without the verb's base.
    if (lower === 'had' && (/ed$/i.test(next) || IRREGULAR_PAST.test(next))) continue;
    if (lower === 'would') out.push(word === 'Would' ? 'Will' : 'will');
    // "was ready" → "is ready", but "was killed" stays past: a passive tells a done deed.
    else if ((lower === 'was' || lower === 'were') && !PARTICIPLE.test(next) && !/^(?:not|being)$/i.test(next)) out.push(lower === 'was' ? 'is' : 'are');
    else out.push(word);
  }
  return out;
}

/** A reported clause in the present as a headline has it, cut before a clause of its own. */
export function headlineClause(clause: string): string | undefined {
  return trim(toPresent(ownClause(clause.split(' ').filter(Boolean))));
}

/** Words up to a clause of their own: "firing any missile | after the truce came into force". */
function ownClause(words: readonly string[]): readonly string[] {
  const at = words.findIndex((w, i) => i > 0 && SUBORDINATE.test(w));
  const end = at > 1 && LEADS_CLAUSE.test(words[at - 1]!) ? at - 1 : at;
  return end > 0 ? words.slice(0, end) : words;
}

function isFinite(w: string): boolean {
  return FINITE.test(w) || IRREGULAR_PAST.test(w) || /^\p{Ll}+ed$/u.test(w);
}
const hasFinite = (words: readonly string[]) => words.slice(1, 5).some(isFinite);
/** A reported clause that kept its verb: "its troops laid mines", not "Mali's case against Algeria". */
const told = (clause: string | undefined, verb: string) =>
  clause !== undefined && (MANDATIVE.test(verb) ? clause.split(' ').length >= 3 : clause.split(' ').slice(1).some(isFinite)) ? clause : undefined;

/** Which complements a verb's title may take: what it accuses of, what was said, what it asks for. */
export type Head = 'of' | 'for' | 'to' | 'that' | 'clause' | 'gerund';

/**
 * What a verb of saying says, from the words right after it (the day it was said already blanked):
 * whom it was said to skipped where it was read, then its "of …", "for …", "that …" or "to …"
 * complement, or a reported clause after "said" or "warned". Undefined when none reads whole.
 * @example complementOf(' Borea of using cluster munitions.', { addressee: 'Borea', heads: ['of'] }) // 'of using cluster munitions'
 */
export function complementOf(after: string, { addressee, verb = '', heads }: { addressee?: string | undefined; verb?: string; heads: readonly Head[] }): string | undefined {
  let phrase = firstPhrase(after);
  if (addressee && phrase.toLowerCase().startsWith(`${addressee.toLowerCase()} `)) phrase = phrase.slice(addressee.length + 1);
  const words = phrase.split(' ').filter(Boolean);
  const [first = ''] = words;
  const head = first.toLowerCase();
  if (head === 'that' && heads.includes('that')) {
    const clause = told(headlineClause(words.slice(1).join(' ')), verb);
    // "a claim that …": the noun the trigger ended on takes the clause, "that" and all.
    return clause && endsOnContentNoun(verb) ? `that ${clause}` : clause;
  }
  if ((head === 'of' || head === 'for' || head === 'to') && heads.includes(head)) return trim(words);
  // "denied losing any helicopter": the deed denied, by its gerund.
  if (heads.includes('gerund') && /^\p{Ll}+ing$/u.test(first)) return trim(ownClause(words));
  // "both sides to protect civilians": whom, then what it was asked of them.
  const to = words.findIndex((w) => /^to$/i.test(w));
  if (heads.includes('to') && to > 0 && to <= 4 && WHOM.test(words.slice(0, to).join(' '))) {
    const rest = trim(words.slice(to));
    return rest ? `${words.slice(0, to).join(' ')} ${rest}` : undefined;
  }
  // "said it was ready to hold talks": a clause with no "that".
  if (heads.includes('clause') && hasFinite(words) && !words.slice(0, 5).some((w) => /^that$/i.test(w))) return told(headlineClause(words.join(' ')), verb);
  return undefined;
}
