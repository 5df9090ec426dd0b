import { baseForms } from './baseForms.ts';
import type { Token } from './tagText.ts';

/**
 * The forms under which a token is looked up in word lists: its lower case, its lemma and, when
 * the tagger left the word as it is (as it does with a verb it took for a noun, or a plural at the
 * start of a sentence), the forms it may inflect. Capitalised words inside a sentence are names
 * and keep their own form: "United" must not read as "unit".
 * @example tokenKeys(tagText('Militants attacked.'))[0] // ['militants', 'militant', …]
 */
export function tokenKeys(tokens: readonly Token[]): string[][] {
  return tokens.map((t, i) => {
    const keys = new Set([t.lower, t.lemma]);
    const first = i === 0 || tokens[i - 1]!.sentence !== t.sentence || /^["“‘'(\[]$/.test(tokens[i - 1]!.text);
    const name = !first && /^\p{Lu}/u.test(t.text);
    if (t.lemma === t.lower && !name && /^\p{L}[\p{L}-]*$/u.test(t.lower)) for (const f of baseForms(t.lower)) keys.add(f);
    return [...keys];
  });
}
