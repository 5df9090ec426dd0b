import type { Token } from '../happenings/tagText.ts';
import type { At } from './nearestByWords.ts';
import type { Modifier } from './findModifiers.ts';

// A determiner before a date makes it a word of the noun phrase it opens: "a 1973 treaty", "its
// 1974 agreement", "the September summit" ("the summer heat" carries its "the" in the date).
const DETERMINER = /(?:^|\s)(?:the|a|an|its|their|his|her|our|this|that)\s*$/i;
const DURING = /\b(?:during|throughout)\s+(?:(?:the|a|an|its|their)\s+)?$/i;
const OPENS_WITH_DETERMINER = /^(?:the|a|an)\s/i;
const PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
// "the winter weather", not "the winter, troops": a noun right after the date, not a day's part.
/** Prepositions that join a phrase naming more of the noun's thing: "deadline for a peace agreement", "killing of tourists". */
const JOINING = new Set(['of', 'for', 'on', 'in', 'at', 'with', 'to', 'against', 'over', 'between', 'by']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight', 'dawn', 'noon', 'midnight', 'time', 'hours']);

/**
 * The noun phrases a date stands inside, before their noun: "Thursday's attack", "last month's
 * killing", "a 1973 treaty", "the September summit", "the summer heat". Such a date tells when the
 * noun's thing was, and nothing of the sentence's acts. Each runs from the date to the phrase's
 * last noun, which is its head. Offsets are into the sentence.
 * @example datedNounPhrases(tagText('Arland broke a 1973 treaty.'), [{ start: 15, end: 19 }])[0].head // { start: 20, end: 26 }
 */
export function datedNounPhrases(tokens: readonly Token[], dates: readonly (At & { text: string })[], text: string): Modifier[] {
  const found: Modifier[] = [];
  for (const date of dates) {
    const next = tokens.findIndex((t) => t.start >= date.end);
    if (next < 0) continue;
    const possessive = /^['’]s$/.test(tokens[next]!.text);
    const first = possessive ? next + 1 : next;
    const opener = tokens[first];
    if (!opener || opener.start - (possessive ? tokens[next]!.end : date.end) > 1) continue;
    // "set up a post during the 1971 war": a phrase that is itself the time of its clause.
    if (DURING.test(text.slice(Math.max(0, date.start - 24), date.start))) continue;
    if (!possessive) {
      if (opener.pos !== 'NOUN' || DAY_PARTS.has(opener.lower) || /^\p{Lu}/u.test(opener.text)) continue;
      if (!OPENS_WITH_DETERMINER.test(date.text) && !DETERMINER.test(text.slice(Math.max(0, date.start - 8), date.start))) continue;
    }
    let last = -1;
    for (let k = first; k < tokens.length; k++) {
      const t = tokens[k]!;
      // "last month's killing of tourists": a gerund the possessive governs is the phrase's noun.
      const gerund = possessive && k === first && t.pos === 'VERB' && t.lower.endsWith('ing');
      // "Monday's deadline for a peace agreement in Doha": the phrases that go on naming the noun's thing.
      const joined = last >= 0 && t.pos === 'ADP' && JOINING.has(t.lower) && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(tokens[k + 1]?.pos ?? '');
      if (!PHRASE.has(t.pos) && !gerund && !joined && t.pos !== 'DET' && t.text !== '-') break;
      if (t.pos === 'DET' && tokens[k - 1]?.pos !== 'ADP') break;
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || gerund) last = k;
    }
    if (last < 0) continue;
    found.push({ start: date.start, end: tokens[last]!.end, head: { start: tokens[first]!.start, end: tokens[last]!.end } });
  }
  return found;
}
