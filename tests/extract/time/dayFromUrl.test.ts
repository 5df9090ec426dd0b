import { describe, expect, test } from 'vitest';
import { dayFromUrl } from '../../../scripts/lib/extract/time/dayFromUrl.ts';

const LATEST = '2026-12-01';

describe('dayFromUrl reads the day a news page’s address gives', () => {
  test.each([
    ['https://example.org/world/2024/03/14/border-clash', '2024-03-14'],
    ['https://example.org/2021/11/16/water-cannon-at-the-border', '2021-11-16'],
    ['https://example.org/news/2019-02-27-air-battle.html', '2019-02-27'],
    ['https://example.org/asia/border_2010_11_23_shelling', '2010-11-23'],
    ['https://example.org/story/20240314-talks-resume', '2024-03-14'],
    ['https://example.org/2024/3/4/talks', '2024-03-04'],
  ])('%s', (url, day) => {
    expect(dayFromUrl(url, LATEST)).toBe(day);
  });

  test.each([
    ['a month alone', 'https://example.org/2007/11/bakassi-killings.html'],
    ['an article number', 'https://example.org/world-news/talks-101738610150268.html'],
    ['eight digits that are no real day', 'https://example.org/story/20241345-talks'],
    ['a day after the latest allowed', 'https://example.org/2027/01/05/talks'],
    ['a date in the query, not the path', 'https://example.org/story?date=2024-03-14'],
    ['no address at all', 'not a url'],
  ])('gives nothing for %s', (_, url) => {
    expect(dayFromUrl(url, LATEST)).toBeUndefined();
  });
});
