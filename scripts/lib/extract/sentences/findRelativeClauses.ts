import type { Token } from '../happenings/tagText.ts';
import { MONTHS, WEEKDAYS } from '../time/timeVocabulary.ts';
import type { Modifier } from './findModifiers.ts';

// The pronouns that hang a clause on the noun before them. Not "when" nor "in which": those open
// what happened at the time just named ("an incident on Tuesday in which …"), which a date before
// them dates.
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where', 'that']);
const NOUNS = new Set(['NOUN', 'PROPN']);
// "said on Monday that …": a day or a time is no noun a clause tells of.
const TIME_WORDS = new Set([...Object.keys(WEEKDAYS), ...Object.keys(MONTHS), 'today', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening',
  'night', 'overnight', 'week', 'weekend', 'month', 'year', 'day', 'dawn', 'noon', 'midnight', 'time']);
// What ends a clause hung on a noun: a mark that closes its phrase.
const CLOSING = new Set([',', ';', ':', '—', '–', '(', ')', '[', ']', '"', '“', '”', '.', '!', '?']);
// "…, planned on the sidelines for Thursday": a participle of planning set after a noun tells of
// that noun's day, as a relative clause does.
const PLANNING = new Set(['plan', 'schedule', 'set', 'slate', 'due']);
/** A second subject after "and" or "but" opens a clause of its own: "…, which Borea opened last month and Arland closed". */
const NEW_SUBJECT = new Set(['DET', 'PROPN', 'PRON']);

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PRON']);
/** Prepositions that join a phrase naming more of a noun's thing: "a visit to Istanbul", "talks on their disputes". */
const JOINING = new Set(['of', 'for', 'on', 'in', 'at', 'with', 'to', 'over', 'between']);
/** A capitalised word inside the sentence the tagger took for another part of speech: "the Kelvask Pass". */
const isName = (tokens: readonly Token[], t: Token) => t !== tokens[0] && /^\p{Lu}/u.test(t.text);
/** Relative pronouns that hang an aside on the noun before them. */
const ASIDE = new Set(['which', 'who', 'whom', 'whose']);
const isVerb = (t: Token | undefined) => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

/**
 * Finds the clauses of a sentence that tell something of a noun set before them: a relative
 * clause ("the base, which the president visited in December 2018", "the road that Borea opened
 * last month", "Velmora, where guards had sounded an alert on Wednesday") or a participle of
 * planning set off after a noun phrase ("a meeting with Ferrin, planned for Thursday"). Each runs
 * from its pronoun or participle to the next closing mark or the sentence's own verb, over what
 * goes on telling it (", killing 46 sailors", ", which killed hundreds"), and has a verb of its
 * own; its head is the noun phrase it tells of (for a participle, all the words back to the verb
 * before it). One with no comma that ends the sentence is left out: its time may be the main
 * verb's ("killed a shepherd who had crossed the line on Saturday"). A time
 * inside one is of what the clause tells, or of its head: not of the sentence's other acts.
 * Offsets are into the sentence.
 * @example findRelativeClauses(tagText('Troops hit the base, which Ferrin visited in 2018.')).map((c) => c.start) // [21]
 */
export function findRelativeClauses(tokens: readonly Token[]): Modifier[] {
  const found: Modifier[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const comma = tokens[i - 1]!.text === ',';
    const head = comma ? tokens[i - 2] : tokens[i - 1];
    if (!head || !(NOUNS.has(head.pos) || isName(tokens, head)) || TIME_WORDS.has(head.lower) || /^\d/.test(head.text)) continue;
    const planned = comma && t.pos === 'VERB' && PLANNING.has(t.lemma) && t.lower !== t.lemma && !t.lower.endsWith('ing');
    // "That" after a comma is no relative ("…, that is"); after a noun it may open one or what
    // the noun says ("the charge that Borea shelled the pass"): either way what it tells is its own.
    if (!planned && !(RELATIVE.has(t.lower) && !(t.lower === 'that' && comma))) continue;
    let end = clauseEnd(tokens, i);
    if (end === i + 1 || !(planned || tokens.slice(i + 1, end).some(isVerb))) continue;
    // "Borean guards killed a shepherd who had crossed the line on Saturday.": a time that ends both
    // a clause with no comma before it and the sentence may be the main verb's as well; it is left to it.
    if (!comma && tokens.slice(end).every((k) => CLOSING.has(k.text))) continue;
    // The noun phrase a participle tells of runs back to the verb that governs it: "canceled | a
    // meeting with his counterpart, Lena Ferrin, | planned for Thursday".
    let from = comma ? i - 2 : i - 1;
    if (planned) while (from > 0 && !isVerb(tokens[from - 1]) && !CLOSING.has(tokens[from - 1]!.text === ',' ? '' : tokens[from - 1]!.text)) from--;
    // "a trip to Velmora that was fixed for Friday": a noun phrase joined on by a
    // preposition leaves the clause's noun open to be the first one; "where" is the place's.
    else if (t.lower !== 'where') {
      for (;;) {
        while (from > 0 && NOMINAL.has(tokens[from - 1]!.pos)) from--;
        if (from < 2 || tokens[from - 1]!.pos !== 'ADP' || !JOINING.has(tokens[from - 1]!.lower) || !(NOUNS.has(tokens[from - 2]!.pos) || tokens[from - 2]!.pos === 'NUM')) break;
        from--;
      }
    }
    // "evidence that a torpedo broke the ship in half on March 26, killing 46 sailors", "a piece
    // that recalls the violence of June 2010, which killed hundreds": a participle set after a
    // clause "that" opens, or a relative hung on the clause's last noun, goes on telling it.
    let reach = end;
    for (;;) {
      const next = tokens[reach + 1];
      if (tokens[reach]?.text !== ',' || !next) break;
      const goesOn = (next.pos === 'VERB' && next.lower.endsWith('ing') && t.lower === 'that' && !comma) || (ASIDE.has(next.lower) && (NOUNS.has(tokens[reach - 1]!.pos) || tokens[reach - 1]!.pos === 'NUM'));
      if (!goesOn) break;
      reach = clauseEnd(tokens, reach + 1);
    }
    found.push({ start: t.start, end: tokens[reach - 1]!.end, head: { start: tokens[from]!.start, end: head.end } });
    i = end - 1;
  }
  return found;
}

/** A verb that carries a clause's tense: not "to halt", not a gerund. */
const isFinite = (tokens: readonly Token[], k: number) => isVerb(tokens[k]) && !tokens[k]!.lower.endsWith('ing') && tokens[k - 1]?.lower !== 'to';

/**
 * Where the clause opened at token `i` ends (exclusive): at a closing mark, at "and" or "but"
 * before a new subject, at another relative pronoun, or at a second verb after its first verb's
 * words ("families who fled the shelling | cooked rice": the sentence's own verb).
 */
function clauseEnd(tokens: readonly Token[], i: number): number {
  let end = i + 1;
  let verbDone = false;
  let inVerb = false;
  // "that eight of the bodies handed over on Friday | bore wounds": a lone past form right after a
  // noun may be a participle telling of it, and the verb after it the clause's own.
  let participle = false;
  for (; end < tokens.length; end++) {
    const k = tokens[end]!;
    if (CLOSING.has(k.text)) break;
    if (end > i + 1 && k.pos === 'CCONJ' && NEW_SUBJECT.has(tokens[end + 1]?.pos ?? '')) break;
    if (end > i + 1 && RELATIVE.has(k.lower) && k.lower !== 'that') break;
    if (isFinite(tokens, end)) {
      // "which killed and wounded hundreds": verbs joined by "and" share the clause.
      const joined = tokens[end - 1]?.pos === 'CCONJ';
      if (verbDone && !joined && !participle) break;
      participle = !verbDone && !inVerb && k.pos === 'VERB' && k.lower !== k.lemma && NOUNS.has(tokens[end - 1]?.pos ?? '');
      if (verbDone && !joined) participle = false;
      verbDone = false;
      inVerb = true;
    } else if (inVerb && !isVerb(k) && k.pos !== 'ADV' && k.pos !== 'PART' && k.pos !== 'CCONJ') {
      verbDone = true;
      inVerb = false;
    }
  }
  return end;
}
