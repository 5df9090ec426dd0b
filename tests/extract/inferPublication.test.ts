import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../scripts/lib/extract/sentences/analyseArticle.ts';
import { inferPublication } from '../../scripts/lib/extract/time/inferPublication.ts';
import type { Article } from '../../src/lib/parseArticle.ts';
import { formatProblem } from '../../src/lib/problem.ts';
import { article } from '../helpers/article.ts';
import { compiled } from '../helpers/lexicon.ts';

const now = DateTime.fromISO('2026-11-22', { zone: 'Asia/Bangkok' });
const infer = (articles: Article[], given = new Map<string, string>(), at = now) =>
  inferPublication(articles.map((a) => analyseArticle(a, compiled)), given, at);

describe('inferPublication', () => {
  // 3 March 2024 was a Sunday; so was 3 March 2019 and 2013.
  const pinned = article('pinned.txt', 'Troops clashed on Sunday near the border.\nThe clashes began on March 3 near Surin.');

  test('fixes the year from a weekday and a date said of the same happening, taking the latest such year', () => {
    expect(infer([pinned]).publications.get('pinned.txt')).toEqual({ published: '2024-03-03', inferred: true });
  });

  test('only considers years up to today', () => {
    const then = DateTime.fromISO('2023-01-01', { zone: 'Asia/Bangkok' });
    expect(infer([pinned], new Map(), then).publications.get('pinned.txt')?.published).toBe('2019-03-03');
  });

  test('pins an article through a happening another article dates', () => {
    const dated = article('dated.txt', 'Foreign ministers will meet on June 14 in Jakarta.', '2024-06-10');
    const undated = article('undated.txt', 'Foreign ministers met on Friday to discuss the truce.');
    // 14 June 2024 was a Friday: the undated report of the meeting appeared that day or soon after.
    expect(infer([dated, undated]).publications.get('undated.txt')).toEqual({ published: '2024-06-14', inferred: true });
  });

  test('a weekday said of the future places the article before it', () => {
    const dated = article('dated.txt', 'The summit of defence ministers is scheduled for June 15.', '2024-06-10');
    const undated = article('undated.txt', 'Defence ministers will meet on Saturday.\nTalks between officers began on Wednesday.');
    // 15 June 2024 was a Saturday, so the article appeared in the six days before it.
    const published = infer([dated, undated]).publications.get('undated.txt')?.published;
    expect(published! >= '2024-06-09' && published! <= '2024-06-14').toBe(true);
  });

  test('uses a date with its year when nothing better is said', () => {
    expect(infer([article('a.txt', 'The accord was signed on 26 October 2025 in Kuala Lumpur.')]).publications.get('a.txt')).toEqual({
      published: '2025-10-26',
      inferred: true,
    });
  });

  test('keeps a date given from elsewhere as stated, not inferred', () => {
    expect(infer([pinned], new Map([['pinned.txt', '2013-03-04']])).publications.get('pinned.txt')).toEqual({ published: '2013-03-04', inferred: false });
  });

  test('asks for a publication date when the text does not pin one down', () => {
    const { publications, problems } = infer([article('vague.txt', 'Clashes erupted on Tuesday near the temple.')]);
    expect(publications.has('vague.txt')).toBe(false);
    expect(problems.map(formatProblem)).toEqual([
      'vague.txt:1:1  expected a publication date, found none: the text does not pin one down (add front matter with `published: YYYY-MM-DD` at the top of the article) [publication-unknown]',
    ]);
  });
});
