// Suffix rules, most specific first, that undo English inflection well enough to look a word up
// in a word list. They are candidates, not analyses: "shelled" gives "shell" and "shelle"; only a
// listed word is ever taken.
const RULES: readonly [suffix: string, replacements: readonly string[]][] = [
  ['ies', ['y']],
  ['ied', ['y']],
  ['ves', ['f', 'fe']],
  ['men', ['man']],
  ['ing', ['', 'e']],
  ['ed', ['', 'e']],
  ['es', ['', 'e']],
  ['s', ['']],
];

/**
 * The forms a word may be an inflection of, the word itself first: "shelled" → shelled, shell,
 * shelle; "abducting" → abducting, abduct, abducte; "militias" → militias, militia. A doubled final
 * consonant is undone too ("shipped" → ship). Used when the tagger's lemma is not in a word list,
 * as happens for a verb it took for a noun.
 * @example baseForms('bombings') // ['bombings', 'bombing', 'bomb', 'bombe']
 */
export function baseForms(word: string): string[] {
  const forms = [word];
  const add = (form: string) => {
    if (form.length >= 2 && !forms.includes(form)) forms.push(form);
  };
  for (const [suffix, replacements] of RULES) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
    const stem = word.slice(0, -suffix.length);
    for (const r of replacements) {
      add(stem + r);
      // "bombings" → "bombing" → "bomb": plural of a gerund.
      if (suffix === 's' && stem.endsWith('ing')) for (const f of baseForms(stem)) add(f);
    }
    if (r2(stem)) add(stem.slice(0, -1));
  }
  return forms;
}

/** A doubled final consonant, as in "shipp(ed)" or "plann(ing)". */
function r2(stem: string): boolean {
  const last = stem.at(-1)!;
  return stem.length >= 3 && last === stem.at(-2) && !'aeiouls'.includes(last);
}
