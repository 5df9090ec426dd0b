import type { Lexicon } from './lexiconSchema.ts';

/**
 * The names of the gazetteer's actors that are countries: the parties a conflict is between, as
 * against the bodies, alliances and armed groups also named.
 * @example countryNames(lexicon).has('Arland') // true, where the gazetteer has Arland as a country
 */
export const countryNames = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.actors.filter((a) => a.type === 'country').map((a) => a.name));
