import { escapeRegExp } from '../../../../src/lib/escapeRegExp.ts';
import type { SentenceAnalysis } from './analyseSentence.ts';
import { frontedSetting } from './frontedSetting.ts';
import { FIRST_PERSON, QUOTED_BY } from './quotedBy.ts';
import { INSTITUTION, SIDES } from './speakerOf.ts';
import { SPEECH_KINDS } from './speechKinds.ts';
import type { Voice } from './voiceOf.ts';

// "he", or a role named as already known: "The minister blamed …" after "Arland's information
// minister, Omar Said, said …" is that minister.
const NAMED_BEFORE = String.raw`it|he|she|they|the\s+(?:(?:foreign|defen[cs]e|information|interior|prime)\s+)?(?:minister|spokes(?:man|woman|person)|envoy|ambassador|president|premier)`;
const PRONOUN = new RegExp(`^(?:${NAMED_BEFORE})$`, 'i');
const BEFORE = new RegExp(String.raw`\b(${NAMED_BEFORE})\s+(?:\p{L}+\s+)?$`, 'iu');

const PERSON = /^(?:he|she)$/i;
// "…, he said, and …": a "he" or "she" telling the words before, set off by commas.
const HE_SAID_BEFORE = /,\s*(?:he|she)\s+(?:said|says|added)\s*,/i;
const IT = /^(?:it|they)$/i;
// "…, which she called", "what he called": a pronoun naming something in a relative clause.
const RELATIVE_NAMING = /\b(?:which|what)\s+(?:he|she)\s+$/i;
/** Sentences back a "he" or "she" that speaks may find the person it is, when none spoke in the sentence before. */
const PERSON_REACH = 2;
// '"We demand their withdrawal," he said.': the quote's own "we" or "I" is the "he" that closes
// it, when the first quotation mark after the words is the one closing them.
const CLOSING_PRONOUN = /^(?:he|she|it|they)$/i;
/** The pronoun whose words the first quotation closed in `rest` are, if any: '…," he said' → "he". */
function closingTeller(rest: string): string | undefined {
  const m = QUOTED_BY.exec(rest);
  return m && !/["“”]/u.test(rest.slice(0, m.index)) && CLOSING_PRONOUN.test(m[1]!) ? m[1] : undefined;
}
/** A plain verb of saying: more words of a saying the sentence before told, no act of their own. */
const GOES_ON = /^(?:said|says|told|tells|added|adds|stated|wrote|went\s+on)$/i;
/** A verb of saying right after a name: "Ferrin said", "Ferrin told". */
const REPORTED_AFTER = /^\s+(?:said|says|told|tells|added|stated|wrote|confirmed)\b/i;

/**
 * "Prime Minister Lena Ferrin left trade out of her speech. Our frontier is our first defence,
 * she said. She again demanded …": when the sentence before has no one speak, a "he" or "she"
 * is the person named first, as a subject is, in the nearest of the last few sentences that names
 * one, and speaks for their side (`sides`, by surname), or by their name (`names`) where the
 * article says no side: "President Kael Orvan said … He urged …" is Orvan's appeal. Tellers
 * in a sentence between stop the search: theirs is the word. `speaks` says the person was named
 * speaking there ("Ferrin said"), whose words a "she said" after goes on with; `sided`, that the
 * name stands for a side, not for the person alone.
 */
function personBefore(
  sentences: readonly SentenceAnalysis[],
  i: number,
  sides: ReadonlyMap<string, string>,
  surnames: ReadonlyMap<string, RegExp>,
  names: ReadonlyMap<string, string>,
): { side: string; speaks: boolean; sided: boolean } | undefined {
  for (let j = i - 1; j >= Math.max(0, i - PERSON_REACH); j--) {
    const sentence = sentences[j]!;
    if (j < i - 1 && sentence.tellers.length > 0) return undefined;
    // A setting fronted before the subject ("Speaking beside Borea's president, X said") names
    // whom the subject stood with, not the subject.
    const fronted = frontedSetting(sentence.span.text);
    const named = [...surnames]
      .map(([surname, pattern]) => ({ surname, at: sentence.span.text.slice(fronted).search(pattern) }))
      .filter((p) => p.at >= 0)
      .map((p) => ({ ...p, at: p.at + fronted }))
      .sort((a, b) => a.at - b.at)[0];
    if (!named) continue;
    // "…," Ferrin said. She said …': words that go on with the quote the person was named
    // speaking in are that saying's, whose news the quote told (or did not), not a statement of their own.
    const speaks = REPORTED_AFTER.test(sentence.span.text.slice(named.at + named.surname.length));
    const side = sides.get(named.surname);
    if (side) return { side, speaks, sided: true };
    const name = names.get(named.surname);
    return name ? { side: name, speaks, sided: false } : undefined;
  }
  return undefined;
}

// "It said Borea remained committed to peace.": a sentence whose teller is a pronoun names none of its own.
const PRONOUN_TELLS = /^(?:it|they|he|she)\s+(?:\p{L}+ly\s+)?(?:said|says|added|adds|stated|told)\b/iu;
/**
 * The teller of the sentence before, or of the one before that when the sentence between is
 * told only by a pronoun: "Borea's ministry called the decision unfortunate. It said Borea
 * remained committed to peace. In its statement it accused Arland …" — every "it" is that ministry.
 */
function tellerBefore(sentences: readonly SentenceAnalysis[], i: number): string | undefined {
  const previous = sentences[i - 1];
  if (!previous) return undefined;
  if (previous.tellers.length > 0) return previous.tellers.at(-1);
  return PRONOUN_TELLS.test(previous.span.text.trim()) ? sentences[i - 2]?.tellers.at(-1) : undefined;
}

/** Whether a sentence names its teller bare before its verb of saying ("Borea said …"): a party, no person a "he" may be. */
function toldBare(sentence: SentenceAnalysis | undefined, teller: string): boolean {
  return sentence !== undefined && new RegExp(String.raw`(?:^|[^\p{L}'’-])${escapeRegExp(teller)}\s+(?:\p{L}+ly\s+)?(?:said|says|told|tells|added|adds|stated|announced)\b`, 'u').test(sentence.span.text);
}

/** The one voice a teller spoke in in a sentence, when its sayings there name one. */
function voiceIn(sentence: SentenceAnalysis, teller: string): Voice | undefined {
  const voices = [...sentence.about.values()].filter((f) => f.speaker === teller).map((f) => f.voice);
  const [first] = voices;
  return first && voices.every((v) => v?.office === first.office && v?.person === first.person) ? first : undefined;
}

/** The one voice, a person's, that the sayings of a sentence are in: whom a "he" after it is. */
function personSpoke(sentence: SentenceAnalysis | undefined): Voice | undefined {
  if (!sentence) return undefined;
  const voices = [...sentence.about].filter(([t, f]) => SPEECH_KINDS.has(t.value) && f.speaker).map(([, f]) => f.voice);
  const [first] = voices;
  return first?.person && voices.every((v) => v?.person === first.person) ? first : undefined;
}

/** The two countries an article names in the most sentences, in that order: its two sides. */
function sidesOf(sentences: readonly SentenceAnalysis[], countries: ReadonlySet<string>): readonly [string, string] | undefined {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const actor of new Set(s.actors)) if (countries.has(actor)) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  const [a, b] = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return a && b ? [a[0], b[0]] : undefined;
}

/**
 * Who an "it", "he", "she", "they" or "the minister" that speaks is: the party the sentence before named last as
 * speaking ("The capital says the ridge is its own. On Sunday it accused its neighbour…" → that capital's country);
 * "each side" or "both sides": the two `countries` the article names most ("… and each side
 * accused the other" → "A and B", whom titles show accusing each other); and "the army"
 * that accuses one of them: the other.
 * Returns new sentences; a speaker already named stays.
 * @example resolveSpeakers(sentences)[1].about.get(accused)?.speaker // 'Borea'
 */
export function resolveSpeakers(
  sentences: readonly SentenceAnalysis[],
  countries: ReadonlySet<string> = new Set(),
  sidesOfPeople: ReadonlyMap<string, string> = new Map(),
  namesOfPeople: ReadonlyMap<string, string> = new Map(),
): SentenceAnalysis[] {
  const sides = sidesOf(sentences, countries);
  // Each surname's pattern is built once per article, not once per sentence that looks back.
  const surnames = new Map([...new Set([...sidesOfPeople.keys(), ...namesOfPeople.keys()])].map((surname) => [surname, new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'u')]));
  return sentences.map((sentence, i) => {
    const teller = tellerBefore(sentences, i);
    // Only a "he" or "she" is a person found by name; an "it" or "the ministry" is no one's.
    const found = teller ? undefined : personBefore(sentences, i, sidesOfPeople, surnames, namesOfPeople);
    if (!teller && !found && !sides && !sentence.tellersAt?.length) return sentence;
    let changed = false;
    const about = new Map(
      [...sentence.about].map(([trigger, facts]) => {
        const h = trigger.happening;
        // "Borea demanded that Arland withdraw, she said": the teller speaks the words (see
        // speakerOf), so a "she" that tells them is who is to be found, not the subject inside.
        const said = h.told?.by !== undefined && PRONOUN.test(h.told.by.text.trim()) ? h.told.by : (h.speaker ?? h.told?.by);
        if (!SPEECH_KINDS.has(trigger.value)) return [trigger, facts];
        // '"This is grave," Defence Minister Ivo Marr told reporters. Borea protested to Arland, he
        // said': a side's saying told by a "he" who spoke just before is told in that speaker's
        // voice; it ties the person to the side, whose words of the day they are.
        if (facts.speaker) {
          const toldByHim = (h.told?.by !== undefined && PERSON.test(h.told.by.text.trim())) || HE_SAID_BEFORE.test(sentence.span.text.slice(0, trigger.start));
          const voice = !facts.voice && toldByHim ? personSpoke(sentences[i - 1]) : undefined;
          if (!voice?.person) return [trigger, facts];
          changed = true;
          return [trigger, { ...facts, voice }];
        }
        if (sides && said && SIDES.test(said.text.trim())) {
          changed = true;
          return [trigger, { ...facts, speaker: sides.join(' and ') }];
        }
        // "The army said B's forces had attacked the unit": the side other than the one accused.
        // The pair is kept apart, not split back out of its title: "Trinidad and Tobago" is one side.
        const other = sides?.filter((side) => side !== facts.addressee);
        if (facts.addressee && other?.length === 1 && said && INSTITUTION.test(said.text.trim())) {
          changed = true;
          return [trigger, { ...facts, speaker: other[0]! }];
        }
        // The pronoun may be the span the reading gives as speaker, or the word just before the verb ("On Sunday it accused").
        const quoted = said && FIRST_PERSON.test(said.text.trim()) ? closingTeller(sentence.span.text.slice(trigger.end)) : undefined;
        const word = quoted ?? (said ? said.text.trim() : h.pos === 'verb' ? BEFORE.exec(sentence.span.text.slice(0, trigger.start))?.[1] : undefined);
        const pronoun = word !== undefined && PRONOUN.test(word);
        // "X said on Wednesday, and it blamed B": an "it" after a teller in its own sentence is that teller.
        // So is a "she" or "he" naming something in a relative clause of that sentence: "According to
        // Ana Ruiz, … the assault, which she called a violation" is Ruiz's judgement.
        const naming = word !== undefined && PERSON.test(word) && RELATIVE_NAMING.test(sentence.span.text.slice(Math.max(0, trigger.start - 24), trigger.start));
        const within = pronoun && (IT.test(word!) || naming) ? sentence.tellersAt?.filter((t) => t.start < trigger.start).at(-1)?.name : undefined;
        // After "Ferrin said …", a "she" that says more goes on with those words; one that does
        // something else by speaking ("She thanked the hosts", "He demanded …") is an act of her own.
        // One the article gives no side is named by name, only as the subject of a verb of speech
        // that does more than say: a plain "he said", or a "he" telling words whose own subject
        // speaks, may go on with a saying already counted.
        const plain = GOES_ON.test(trigger.text) || (h.told?.by !== undefined && h.speaker !== undefined && h.speaker !== h.told.by);
        const person = found && (!found.speaks || !GOES_ON.test(trigger.text)) && (found.sided || !plain) ? found.side : undefined;
        // "Borea said it would free them. He urged …": a "he" or "she" is a person, never a party told bare.
        const spokeBare = teller !== undefined && countries.has(teller) && word !== undefined && PERSON.test(word) && toldBare(sentences[i - 1], teller);
        const previous = within ?? (spokeBare ? undefined : teller) ?? (word !== undefined && PERSON.test(word) ? person : undefined);
        // Not the party the words accuse: an "it" that tells of its own side's act is not made that side's accuser; the charge keeps no speaker.
        if (!previous || !pronoun || (trigger.value === 'accusation' && facts.addressee === previous)) return [trigger, facts];
        changed = true;
        // "He" goes on in the voice that spoke before: the president's words, not the army's.
        const voice = !within && teller && previous === teller ? voiceIn(sentences[i - 1]!, teller) : undefined;
        return [trigger, { ...facts, speaker: previous, ...(voice ? { voice } : {}) }];
      }),
    );
    return changed ? { ...sentence, about } : sentence;
  });
}
