/**
 * Text as a regular expression that matches it literally: every character with a meaning in a
 * pattern is escaped.
 * @example new RegExp(escapeRegExp('U.N. (Geneva)')).test('the U.N. (Geneva) office') // true
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
