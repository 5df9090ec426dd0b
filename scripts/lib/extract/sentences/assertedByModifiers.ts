import type { Happening } from '../happenings/findHappenings.ts';
import type { At } from './nearestByWords.ts';
import type { Modifier } from './findModifiers.ts';

/**
 * A happening named by a noun that a modifier dates in the past is asserted by that modifier, not
 * by the verb that governs the noun: "would respect the ceasefire agreed on Sunday" tells of a
 * ceasefire that was agreed on Sunday, whatever "would" says of respecting it.
 * @example assertedByModifiers(happenings, modifiers, dates)[0].modality // undefined
 */
export function assertedByModifiers(happenings: readonly Happening[], modifiers: readonly Modifier[], dates: readonly At[]): Happening[] {
  const dated = modifiers.filter((m) => dates.some((d) => d.start >= m.start && d.end <= m.end));
  return happenings.map((h) => {
    if (h.pos !== 'noun' || h.modality === undefined) return h;
    if (!dated.some((m) => h.trigger.start < m.head.end && h.trigger.end > m.head.start)) return h;
    const { modality: _modality, modalityWord: _word, ...rest } = h;
    return { ...rest, tense: 'past' };
  });
}
