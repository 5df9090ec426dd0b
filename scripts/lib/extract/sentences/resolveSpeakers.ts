import type { SentenceAnalysis } from './analyseSentence.ts';

const PRONOUN = /^(?:it|he|she|they)$/i;
const BEFORE = /\b(?:it|he|she|they)\s+(?:\p{L}+\s+)?$/iu;
const SPEECH = new Set(['statement', 'accusation']);

/**
 * Who an "it", "he", "she" or "they" that speaks is: the party the sentence before named last as
 * speaking ("Juba says Heglig belongs to the south. On Sunday it accused Khartoum…" → South Sudan).
 * Returns new sentences; a speaker already named stays.
 * @example resolveSpeakers(sentences)[1].about.get(accused)?.speaker // 'South Sudan'
 */
export function resolveSpeakers(sentences: readonly SentenceAnalysis[]): SentenceAnalysis[] {
  return sentences.map((sentence, i) => {
    const previous = sentences[i - 1]?.tellers.at(-1);
    if (!previous) return sentence;
    let changed = false;
    const about = new Map(
      [...sentence.about].map(([trigger, facts]) => {
        const h = trigger.happening;
        const said = h.speaker ?? h.told?.by;
        // The pronoun may be the span the reading gives as speaker, or the word just before the verb ("On Sunday it accused").
        const pronoun = said ? PRONOUN.test(said.text.trim()) : h.pos === 'verb' && BEFORE.test(sentence.span.text.slice(0, trigger.start));
        if (facts.speaker || !SPEECH.has(trigger.value) || !pronoun) return [trigger, facts];
        changed = true;
        return [trigger, { ...facts, speaker: previous }];
      }),
    );
    return changed ? { ...sentence, about } : sentence;
  });
}
