import type { Place } from '../../../../src/lib/eventSchema.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';

const LOCATIVE = /(?:\b(?:in|at|near|along|across|from|to|into|outside|around|inside|towards?|within)\s+(?:the\s+)?|['’]s\s+)$/i;

/**
 * Actors and places named in a text, in order of first mention, each once.
 * A capital stands for its government only when it is not where something happens
 * ("Velmora said…" names Borea; "talks in Velmora" does not). A place counts only where a
 * preposition of place or a possessive comes before it.
 * @example findEntities('Talks in Velmora, Arland said.', lexicon) // { actors: ['Arland'], places: [{ name: 'Velmora', … }] }
 */
export function findEntities(text: string, lexicon: CompiledLexicon): { actors: string[]; places: Place[] } {
  // A preposition is looked for in the few words before a name only, whatever the text's length.
  const actors: string[] = [];
  for (const m of lexicon.actors(text)) {
    if (m.value.metonym && LOCATIVE.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    for (const name of [m.value.name, m.value.country]) if (name && !actors.includes(name)) actors.push(name);
  }
  const places: Place[] = [];
  for (const m of lexicon.places(text)) {
    if (!LOCATIVE.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    // "in Borea's Sevrin Province": the possessive names whose the next place is.
    if (/^['’]s\b/.test(text.slice(m.end, m.end + 3))) continue;
    if (!places.some((p) => p.name === m.value.name)) places.push(m.value);
  }
  return { actors, places };
}
