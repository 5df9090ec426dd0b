import type { Kind } from '../../../../src/lib/eventSchema.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import type { Duration } from '../time/findTimeExpressions.ts';
import { nearestByWords } from './nearestByWords.ts';
import type { Trigger } from './triggersOf.ts';

/**
 * A sentence's durations, each with the kind of happening it measures where one is found: the
 * kind named inside the length or just after its "of" ("five days of fighting"), else the kind of
 * the happening nearest it by words.
 * @example durationsMeasured('after five days of fighting', durations, [], lexicon)[0].about // 'fighting'
 */
export function durationsMeasured(text: string, durations: readonly Duration[], triggers: readonly Trigger[], lexicon: CompiledLexicon): (Duration & { about?: Kind })[] {
  return durations.map((d) => {
    const of = /^\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?/u.exec(text.slice(d.end, d.end + 40))?.[0] ?? '';
    const about = lexicon.kinds(d.text + of)[0]?.value ?? nearestByWords(text, triggers, d)?.value;
    return about ? { ...d, about } : d;
  });
}
