import type { ArticleAnalysis } from '../sentences/analyseArticle.ts';

/**
 * The places a sentence names, by their gazetteer names, countries and provinces left out: a
 * region is no one happening's, so two reports that share only a country do not share a place.
 * @example placesOf(sentenceNamingHalvaneInBorea) // Set { 'Halvane crossing' }
 */
export const placesOf = (s: ArticleAnalysis['sentences'][number]): ReadonlySet<string> =>
  new Set(s.places.filter((p) => p.kind !== 'country' && p.kind !== 'province').map((p) => p.name));
