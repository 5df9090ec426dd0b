/**
 * The lower-case words that may stand inside a name: "Albert del Rosario", "Ana de la Cruz",
 * "Leonardo di Caprio", "Ahmed ben Salah".
 */
export const NAME_PARTICLE_WORDS: readonly string[] = ['de', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'ben', 'al', 'el', 'abu'];

/**
 * Lower-case particles inside a name, as a regex source: any number of them, each with the space
 * after it, which run a name on to the capitalised word after them ("Albert del Rosario", "Ana de
 * la Cruz"). Shared by the readers of names, so that what counts as one name is one rule.
 * @example new RegExp(`^Ana ${NAME_PARTICLES}Cruz$`, 'u').test('Ana de la Cruz') // true
 */
export const NAME_PARTICLES = String.raw`(?:(?:${NAME_PARTICLE_WORDS.join('|')})\s+)*`;

/**
 * An article or a patronymic that a hyphen joins to the name it opens, as an optional regex source:
 * "Abdel Fattah al-Sisi", "bin-Salman".
 * @example new RegExp(`^${NAME_PREFIX}Sisi$`, 'u').test('al-Sisi') // true
 */
export const NAME_PREFIX = String.raw`(?:(?:al|el|ad|ash|as|at|az|ar|an|bin|ibn)-)?`;
