import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../scripts/lib/extract/sentences/analyseArticle.ts';
import { findNamedToday } from '../../scripts/lib/extract/time/findNamedToday.ts';
import { article } from '../helpers/article.ts';
import { compiled } from '../helpers/lexicon.ts';

const named = (body: string) => {
  const found = findNamedToday(analyseArticle(article('a.txt', body), compiled));
  return found && { month: found.month, day: found.day, toPublication: found.toPublication };
};

describe('findNamedToday', () => {
  test.each([
    ['A shell landed near the market today (14 March), officials said.', { month: 3, day: 14, toPublication: 0 }],
    ['Yesterday (13 March), two farmers were hurt by gunfire.', { month: 3, day: 13, toPublication: 1 }],
    ['The talks open tomorrow (15 March) in the capital.', { month: 3, day: 15, toPublication: -1 }],
    ['Guards took in nine more men today, 14 March, the spokesman said.', { month: 3, day: 14, toPublication: 0 }],
  ])('reads the day of publication a report names by its date: %j', (body, expected) => {
    expect(named(body)).toEqual(expected);
  });

  test.each([
    // A second date, not the name of the first.
    'A shell landed today, a week after the clashes of 7 March.',
    // A date with its year names a day of its own, not the report's.
    'A shell landed today (14 March 2021) near the market.',
    // Counted from the date last spoken of, not from the report's day.
    'The talks of 2 March ended the next day (3 March).',
    'Two farmers were hurt on Monday (13 March).',
  ])('names no day of publication in %j', (body) => {
    expect(named(body)).toBeUndefined();
  });
});
