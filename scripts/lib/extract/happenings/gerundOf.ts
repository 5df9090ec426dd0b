/**
 * The "-ing" form of a verb phrase's first word, for saying what someone is accused of: "fire on"
 * → "firing on", "shell" → "shelling", "hit" → "hitting". English spelling rules: a silent final
 * "e" goes ("fire", not "free"), "ie" becomes "y", and a short word that ends in one vowel and one
 * consonant doubles it ("hit", "bomb" does not).
 * @example gerundOf('fire on') // 'firing on'
 */
export function gerundOf(phrase: string): string {
  const [verb = '', ...rest] = phrase.split(' ');
  const form = verb.endsWith('ing')
    ? verb
    : verb.endsWith('ie')
      ? `${verb.slice(0, -2)}ying`
      : /[^e]e$/.test(verb) && verb !== 'be'
        ? `${verb.slice(0, -1)}ing`
        : /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)
          ? `${verb}${verb.at(-1)}ing`
          : `${verb}ing`;
  return [form, ...rest].join(' ');
}
