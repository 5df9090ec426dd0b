import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { inferPublication } from '../../../scripts/lib/extract/time/inferPublication.ts';
import { weekdaysAgree } from '../../../scripts/lib/extract/time/retoldFloor.ts';
import type { Article } from '../../../src/lib/parseArticle.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

const now = DateTime.fromISO('2026-11-22', { zone: 'UTC+7' });
const infer = (articles: Article[]) =>
  inferPublication(
    articles.map((a) => analyseArticle(a, invented)),
    new Map(),
    now,
  );

// 12 March 2026 was a Thursday; the 14th a Saturday.
const dated = article('detained.txt', 'Ondrian coastguards detained eleven Borean fishermen off the Halvane crossing on March 12, 2026.', '2026-03-13');

describe('retoldFloor', () => {
  test('dates a report told only by weekdays from the detention it retells, which another report dates', () => {
    const body = 'Borea protests to Ondria\n\nBorea summoned the Ondrian envoy on Saturday. Kael Orvan said the coastguards detained the fishermen as they hauled in their nets.';
    const { publications } = infer([dated, article('protest.txt', body)]);
    expect(publications.get('protest.txt')).toEqual({
      published: '2026-03-14',
      inferred: true,
      from: 'text',
    });
  });

  test('takes no bound from a detention the report only expects', () => {
    const body = 'Borea warns Ondria\n\nBorea summoned the Ondrian envoy on Saturday. Kael Orvan said the coastguards would detain the fishermen if they came back.';
    const { publications, problems } = infer([dated, article('warning.txt', body)]);
    expect(publications.has('warning.txt')).toBe(false);
    expect(problems.map((p) => p.file)).toEqual(['warning.txt']);
  });

  test('takes no bound from a recap at a month’s precision, which may be of an earlier detention', () => {
    const body = 'Borea protests to Ondria\n\nBorea summoned the Ondrian envoy on Saturday. Last month the coastguards detained the fishermen off the Halvane crossing.';
    expect(infer([dated, article('recap.txt', body)]).publications.has('recap.txt')).toBe(false);
  });

  test('leaves undated a report whose weekdays do not all follow the detention, and says so', () => {
    // Friday the 13th is the nearest day, but its Wednesday, the 11th, lies before the detention.
    const body =
      'Borea protests to Ondria\n\nBorea summoned the Ondrian envoy on Friday. Its navy had put to sea on Wednesday. Kael Orvan said the coastguards detained the fishermen as they hauled in their nets.';
    const { publications, problems } = infer([dated, article('late.txt', body)]);
    expect(publications.has('late.txt')).toBe(false);
    expect(problems.map((p) => p.message)).toEqual([
      'expected a publication date, found none: "Friday" and 1 other date count from the day the article appeared, which nothing in it gives, nor any dated article of the run through a happening they share; it retells a happening another report dates 2026-03-12, but its weekdays do not all fall in the week from that day',
    ]);
    expect(problems.map((p) => p.hint)).toEqual(['add front matter with `published: YYYY-MM-DD` at the top of the article']);
  });

  test.each([
    // Saturday the 14th, from a Thursday's detention: the weekday is that week's.
    ['2026-03-14', '2026-03-12', [6], true],
    // Counted back from Saturday the 14th, a Wednesday is the 11th, before the detention.
    ['2026-03-14', '2026-03-12', [3, 6], false],
  ])('weekdaysAgree(%s, %s, %j) is %s', (day, floor, weekdays, agree) => {
    expect(weekdaysAgree(DateTime.fromISO(day), DateTime.fromISO(floor), weekdays)).toBe(agree);
  });
});
