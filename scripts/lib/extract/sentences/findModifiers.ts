import type { Token } from '../happenings/tagText.ts';
import { MONTHS, WEEKDAYS } from '../time/timeVocabulary.ts';
import type { At } from './nearestByWords.ts';

/**
 * A clause that tells of a noun what happened to it, inside a sentence that tells other news:
 * "the island struck by artillery on Tuesday", "the truce agreed on Sunday", "the declaration it
 * signed last month". Its verb is in the past: what it tells has happened. Offsets are into the sentence.
 */
export interface Modifier extends At {
  /** The noun it tells of: "island", "truce", "declaration". */
  head: At;
}

// Verbs whose participle after what they make says it was made: "the truce agreed on Sunday", "the
// talks held last week". With any other verb or noun, only an agent ("struck by artillery") marks
// the participle as a modifier: "(said) the two sides agreed on Sunday" and "the rebels attacked on
// Monday" are clauses of their own.
const MAKING = new Set(['agree', 'sign', 'reach', 'broker', 'strike', 'seal', 'conclude', 'announce', 'declare', 'negotiate', 'hold', 'initial', 'adopt']);
const MADE = new Set(['truce', 'truces', 'ceasefire', 'ceasefires', 'cease-fire', 'armistice', 'deal', 'deals', 'accord', 'accords', 'agreement',
  'agreements', 'pact', 'treaty', 'declaration', 'memorandum', 'protocol', 'plan', 'roadmap', 'arrangement', 'understanding', 'talks',
  'meeting', 'summit', 'statement', 'communique', 'communiqué', 'settlement', 'framework']);
// "the summit scheduled by ASEAN for Friday": a participle of planning looks ahead; what it dates is
// the plan's day, which the sentence reads as before.
const PLANNING = new Set(['schedule', 'plan', 'set', 'slate', 'expect', 'propose', 'call', 'arrange', 'fix', 'postpone', 'delay', 'move', 'reschedule']);
// "told reporters they agreed", "assured the council it had": after the one told, a pronoun opens what was told.
const TELLING = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'notify', 'promise', 'show', 'convince', 'advise']);
// Subjects of a relative clause without its "that": "the declaration it signed", "the truce they agreed".
const SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'both']);
const NOUNS = new Set(['NOUN', 'PROPN']);
const OBJECT = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);
// How something was done or said, not who did it: "said by telephone", "passed by a large majority".
const MEANS = new Set(['telephone', 'phone', 'video', 'videolink', 'radio', 'letter', 'email', 'e-mail', 'text', 'hand', 'far', 'land', 'sea', 'air',
  'road', 'helicopter', 'plane', 'boat', 'majority', 'vote', 'mistake', 'accident', 'chance', 'then', 'now', 'default']);
// A day or a time is no noun a clause tells of: "on Wednesday it said …" opens a clause after a date.
const TIME_WORDS = new Set([...Object.keys(WEEKDAYS), ...Object.keys(MONTHS), 'today', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening',
  'night', 'overnight', 'week', 'weekend', 'month', 'year', 'day', 'dawn', 'noon', 'midnight', 'time']);
// What ends the stretch of a sentence a clause's verb can be found in: a quotation's marks, a dash, a semicolon.
const STRETCH_END = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”']);
// What ends a modifier: a mark that closes its phrase.
const CLOSING = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”', '.', '!', '?']);

const isPastForm = (t: Token) => t.pos === 'VERB' && t.lower !== t.lemma && !t.lower.endsWith('ing') && !/[^s]s$/.test(t.lower);
/** A verb that can carry a clause's tense: not "to halt", not a gerund. */
const isFinite = (tokens: readonly Token[], i: number) => {
  const t = tokens[i]!;
  return (t.pos === 'AUX' || t.pos === 'VERB') && !t.lower.endsWith('ing') && tokens[i - 1]?.lower !== 'to';
};

/** An agent after "by": "struck by artillery"; not a means ("answered by announcing", "said by telephone"). */
const byAgent = (tokens: readonly Token[], by: number) => {
  const next = tokens[by + 1];
  return tokens[by]?.lower === 'by' && next !== undefined && !(next.pos === 'VERB' && next.lower.endsWith('ing')) && !MEANS.has(next.lower);
};

/** Whether the noun phrase ending at `head` is the one told something: "told reporters". */
const told = (tokens: readonly Token[], head: number) => {
  let k = head;
  while (k > 0 && NOUNS.has(tokens[k]!.pos)) k--;
  while (k > 0 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM')) k--;
  return TELLING.has(tokens[k]!.lemma);
};

/**
 * Finds the modifiers of a sentence's nouns that tell their own happening: a participle after a
 * noun with its agent ("the island struck by Borean artillery on Tuesday"), a participle of
 * making after a noun ("the ceasefire agreed on Sunday"), or a relative clause without its "that"
 * ("the declaration it signed last month"). Each runs to the next mark or verb of the sentence;
 * the sentence must have a verb of its own outside it, so that "The rebels attacked on Monday"
 * stays a clause.
 * @example findModifiers(tagText('Troops shelled the hill seized by rebels in March.')).map((m) => m.head.start) // [19]
 */
export function findModifiers(tokens: readonly Token[]): Modifier[] {
  const found: Modifier[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i - 1]!;
    if (!NOUNS.has(head.pos) || TIME_WORDS.has(head.lower) || /^\d/.test(head.text)) continue;
    let first = i;
    const t = tokens[i]!;
    // Set off by commas: "The truce, agreed on Tuesday, held on Thursday".
    const apposed = t.text === ',' && tokens[i + 1] !== undefined && isPastForm(tokens[i + 1]!) && MAKING.has(tokens[i + 1]!.lemma) && MADE.has(head.lower);
    if (apposed) {
      first = i + 1;
    } else if (SUBJECTS.has(t.lower) && t.pos === 'PRON' && tokens[i + 1] && isPastForm(tokens[i + 1]!)) {
      // The noun is the verb's missing object: "the policemen it arrested"; a verb with an object
      // of its own opens a clause ("in a post on Facebook he said the officers …").
      if (told(tokens, i - 1) || OBJECT.has(tokens[i + 2]?.pos ?? '')) continue;
      first = i + 1;
    } else if (!isPastForm(t) || !((MAKING.has(t.lemma) && MADE.has(head.lower)) || byAgent(tokens, i + 1))) continue;
    if (PLANNING.has(tokens[first]!.lemma)) continue;
    let end = first + 1;
    // It ends where another phrase is joined on: "agreed in March | and the border closure".
    while (end < tokens.length && !CLOSING.has(tokens[end]!.text) && !isFinite(tokens, end) && !(tokens[end]!.pos === 'CCONJ' && tokens[end + 1]?.pos === 'DET')) end++;
    // The sentence's own verb: before the noun's phrase, in the same stretch of the sentence (an
    // apposition after a comma hangs on the clause before it, a quotation is another's), or right
    // after the modifier ("the truce signed on 3 May collapsed"); not one after a comma ("Putin
    // spoke by telephone on Sunday, Velmora said" is a clause of its own).
    let from = i - 1;
    while (from > 0 && !STRETCH_END.has(tokens[from - 1]!.text)) from--;
    // A phrase the sentence opens with, a preposition first ("Under the accord they signed in May,
    // …"), ends at its comma, and the sentence's verb comes after it.
    const fronted = tokens[from]?.pos === 'ADP' && tokens.slice(from, i).every((_, k) => !isFinite(tokens, from + k)) && tokens[end]?.text === ',' && tokens.slice(end).some((_, k) => isFinite(tokens, end + k));
    const own = apposed
      ? tokens[end]?.text === ',' && isFinite(tokens, end + 1)
      : fronted || tokens.slice(from, i - 1).some((_, k) => isFinite(tokens, from + k)) || (end < tokens.length && isFinite(tokens, end));
    if (!own) continue;
    found.push({ start: tokens[apposed ? first : i]!.start, end: tokens[end - 1]!.end, head: { start: head.start, end: head.end } });
    i = end - 1;
  }
  return found;
}
