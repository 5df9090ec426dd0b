import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../scripts/lib/extract/sentences/analyseArticle.ts';
import { findDates } from '../../scripts/lib/extract/time/findDates.ts';
import { findTimeExpressions } from '../../scripts/lib/extract/time/findTimeExpressions.ts';
import { namedMonthYears, yearsCarried } from '../../scripts/lib/extract/time/yearsCarried.ts';
import { article } from '../helpers/article.ts';
import { compiled } from '../helpers/lexicon.ts';

const dates = (text: string) => findDates(text, findTimeExpressions(text).all);
const years = (text: string) => yearsCarried(dates(text), new Map([[1, 1996]])).map((d) => [d.text, d.spec.type === 'calendar' ? d.spec.year : undefined]);

describe('yearsCarried: a recap\'s days take the year its month was named with', () => {
  test('reads the months a sentence names with their year, and only those its words give', () => {
    expect([...namedMonthYears(dates('In January 1996 the island was claimed.'))]).toEqual([[1, 1996]]);
    expect([...namedMonthYears(dates('On January 30 the navy landed.'))]).toEqual([]);
  });

  test('gives a day of that month without a year that year; another month, or a day with a year of its own, keeps its own', () => {
    expect(years('Within a day, on January 30, the navy landed.')).toEqual([['January 30', 1996]]);
    expect(years('On February 2 the ships withdrew.')).toEqual([['February 2', undefined]]);
    expect(years('On January 30, 2016, jets crossed again.')).toEqual([['January 30, 2016', 2016]]);
  });

  test('carries the year over the next few sentences of an article, and no further', () => {
    const body = [
      'In January 1996 Borea claimed the islet.',
      'A mayor raised a flag there on January 26.',
      'Reporters flew in and took it down.',
      'Within a day, on January 30, the navy landed on the islet.',
      'Ferries ran as usual.',
      'Lawyers met again.',
      'Fishermen protested on January 12.',
    ].join(' ');
    const sentences = analyseArticle(article('a.txt', body), compiled).sentences;
    const yearOf = (day: string) => sentences.flatMap((s) => s.dates).find((d) => d.text === day)?.spec;
    expect(yearOf('January 26')).toMatchObject({ year: 1996 });
    expect(yearOf('January 30')).toMatchObject({ year: 1996 });
    // Three sentences on from the last that named the year: nothing carries it there.
    expect(yearOf('January 12')).not.toHaveProperty('year');
  });
});
