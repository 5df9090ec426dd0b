import { baseForms } from './baseForms.ts';
import type { Token } from './tagText.ts';

// Military aircraft designations: a maker's or role's letters, a hyphen and a number ("F-16s", "MiG-29", "Su-25", "Mi-24", "J-10C", "MQ-9").
const AIRCRAFT_MODEL = /^(?:F|FA|MiG|Su|J|JF|Mi|Ka|Tu|B|MQ|RQ|AH|UH|CH|Yak|Il|An)-\d{1,3}[A-Z]?s?$/;
// A capitalised plural of a nation's people: "Boreans", "Castelians", "Tarvanis", "Orks"; and "-ese" ("Arlandese") alone.
const PEOPLE_NAME = /^\p{Lu}\p{Ll}+(?:ians|ans|is|ese)$/u;
// Month names that are also words the rules list.
const MONTHS = new Set(['march', 'may']);

/**
 * The forms under which a token is looked up in word lists: its lower case, its lemma and, when
 * the tagger left the word as it is (as it does with a verb it took for a noun, or a plural at the
 * start of a sentence), the forms it may inflect. Capitalised words inside a sentence are names
 * and keep their own form: "United" must not read as "unit". A capitalised "March" or "May" is a
 * month and matches nothing. An irregular past form the tagger left as it is ("shot", which it
 * takes for a noun) also gives its base ("shoot").
 * @example tokenKeys(tagText('Militants attacked.'))[0] // ['militants', 'militant', …]
 */
export function tokenKeys(tokens: readonly Token[], irregular: ReadonlyMap<string, string> = new Map()): string[][] {
  return tokens.map((t, i) => {
    const first = i === 0 || tokens[i - 1]!.sentence !== t.sentence || /^["“‘'(\[]$/.test(tokens[i - 1]!.text);
    const name = !first && /^\p{Lu}/u.test(t.text);
    // "March 3", "in May": a month, not a protest march or a modal verb.
    if (MONTHS.has(t.lower) && (name || tokens[i + 1]?.pos === 'NUM')) return ['(month)'];
    const keys = new Set([t.lower, t.lemma]);
    // "released 12", "freed all three": a number stands for what it counts, which a class may name as "(number)".
    if (t.pos === 'NUM') keys.add('(number)');
    // "two F-16s", "a MiG-21", "Su-25 jets": a military aircraft's model designation, "(aircraft-model)".
    if (AIRCRAFT_MODEL.test(t.text)) keys.add('(aircraft-model)');
    // "shot at Boreans", "detained 12 Tarvanis": people named by their nation, "(people-name)".
    if (name && PEOPLE_NAME.test(t.text)) keys.add('(people-name)');
    if (t.lemma === t.lower && !name && /^\p{L}[\p{L}-]*$/u.test(t.lower)) for (const f of baseForms(t.lower)) keys.add(f);
    const base = name ? undefined : irregular.get(t.lower);
    if (base) keys.add(base);
    return [...keys];
  });
}
