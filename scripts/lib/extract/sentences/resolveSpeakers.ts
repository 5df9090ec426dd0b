import type { SentenceAnalysis } from './analyseSentence.ts';
import { INSTITUTION, SIDES } from './speakerOf.ts';
import { SPEECH_KINDS } from './speechKinds.ts';

// "he", or a role named as already known: "The minister blamed …" after "Arland's information
// minister, Omar Said, said …" is that minister.
const PRONOUN = /^(?:it|he|she|they|the\s+(?:(?:foreign|defen[cs]e|information|interior|prime)\s+)?(?:minister|spokes(?:man|woman|person)|envoy|ambassador|president|premier))$/i;
const BEFORE = /\b(?:it|he|she|they|the\s+(?:(?:foreign|defen[cs]e|information|interior|prime)\s+)?(?:minister|spokes(?:man|woman|person)|envoy|ambassador|president|premier))\s+(?:\p{L}+\s+)?$/iu;

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
export function resolveSpeakers(sentences: readonly SentenceAnalysis[], countries: ReadonlySet<string> = new Set()): SentenceAnalysis[] {
  const sides = sidesOf(sentences, countries);
  return sentences.map((sentence, i) => {
    const previous = sentences[i - 1]?.tellers.at(-1);
    if (!previous && !sides) return sentence;
    let changed = false;
    const about = new Map(
      [...sentence.about].map(([trigger, facts]) => {
        const h = trigger.happening;
        const said = h.speaker ?? h.told?.by;
        if (facts.speaker || !SPEECH_KINDS.has(trigger.value)) return [trigger, facts];
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
        const pronoun = said ? PRONOUN.test(said.text.trim()) : h.pos === 'verb' && BEFORE.test(sentence.span.text.slice(0, trigger.start));
        // Not the party the words accuse: an "it" that tells of its own side's act is not made that side's accuser; the charge keeps no speaker.
        if (!previous || !pronoun || (trigger.value === 'accusation' && facts.addressee === previous)) return [trigger, facts];
        changed = true;
        return [trigger, { ...facts, speaker: previous }];
      }),
    );
    return changed ? { ...sentence, about } : sentence;
  });
}
