import type { HappeningRules } from './compileHappenings.ts';
import { findHappenings, type Happening } from './findHappenings.ts';
import type { Token } from './tagText.ts';

/**
 * A reader of happenings that reads each text once and answers a text met again with a copy of
 * what it read: for the sentences an article repeats word for word (a refrain, a caption, a pasted
 * block), which cost as much each time as a sentence of their own. The copy is deep, so that no
 * two sentences share a happening, as they share none when each is read.
 * @example const read = happeningsOnce(); read(text, rules, tokens); read(text, rules, tokens) // read once
 */
export function happeningsOnce(): (text: string, rules: HappeningRules, tagged: readonly Token[]) => Happening[] {
  const read = new Map<string, { rules: HappeningRules; happenings: Happening[] }>();
  return (text, rules, tagged) => {
    const known = read.get(text);
    if (known?.rules === rules) return structuredClone(known.happenings);
    const happenings = findHappenings(text, rules, tagged);
    read.set(text, { rules, happenings: structuredClone(happenings) });
    return happenings;
  };
}
