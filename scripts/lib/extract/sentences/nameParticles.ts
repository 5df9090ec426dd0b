/**
 * The lower-case words that may stand inside a name: "Tomas del Arro", "Ana de la Cruz",
 * "Marco di Velmora", "Ahmed ben Salah".
 */
export const NAME_PARTICLE_WORDS: readonly string[] = ['de', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'ben', 'al', 'el', 'abu'];

/**
 * Lower-case particles inside a name, as a regex source: any number of them, each with the space
 * after it, which run a name on to the capitalised word after them ("Tomas del Arro", "Ana de
 * la Cruz"). Shared by the readers of names, so that what counts as one name is one rule.
 * @example new RegExp(`^Ana ${NAME_PARTICLES}Cruz$`, 'u').test('Ana de la Cruz') // true
 */
export const NAME_PARTICLES = String.raw`(?:(?:${NAME_PARTICLE_WORDS.join('|')})\s+)*`;

/**
 * An article or a patronymic that a hyphen joins to the name it opens, as an optional regex source:
 * "Karim al-Velmani", "bin-Ondri".
 * @example new RegExp(`^${NAME_PREFIX}Velmani$`, 'u').test('al-Velmani') // true
 */
export const NAME_PREFIX = String.raw`(?:(?:al|el|ad|ash|as|at|az|ar|an|bin|ibn)-)?`;
