import { describe, expect, test } from 'vitest';
import { findDateline, findLedeDateline } from '../../../scripts/lib/extract/time/findDateline.ts';

// Invented pages of an invented border (Arland and Borea), pasted as a maintainer would paste them.
const headline = 'Arland and Borea trade fire across the river';
const lede = 'Soldiers of the two armies exchanged fire across the river on Tuesday, officials on both sides said, in the worst clash in months.';
const body = [lede, 'The shooting stopped by nightfall.', 'Both governments called in the other side’s envoy.'];
const page = (...lines: string[]) => lines.join('\n');
const day = (text: string) => {
  const found = findDateline(text);
  return found && [found.kind, found.spec.year, found.spec.month, found.spec.day];
};

describe('findDateline reads a stamp near the top of a page', () => {
  test.each([
    ['under the headline', page(headline, 'Published 09:20 AM GMT+5, Thu March 14, 2024', ...body), ['updated-line', 2024, 3, 14]],
    ['under a byline on a line of its own', page(headline, '', 'By Mira Quell', '', '14 March 2024', '', ...body), ['dateline', 2024, 3, 14]],
    ['under a subtitle that ends as a sentence', page(headline, 'Envoys are summoned in both capitals.', 'Mira Quell | Riverside Wire | 14/03/2024', ...body), ['dateline', 2024, 3, 14]],
    ['below a site menu, a word a line', page('Home', 'World', 'Asia', 'Politics', 'Video', 'Subscribe', 'Sign in', headline, 'Updated: March 14, 2024 at 2:05 p.m. ET', ...body), ['updated-line', 2024, 3, 14]],
    ['below the lede', page(headline, lede, 'Last Updated on 14 March 2024 by Desk', ...body.slice(1)), ['updated-line', 2024, 3, 14]],
    // A wire's place and day on a line of their own, without a year: the run or a stamp gives it.
    ['a place and a day on a line of their own, over the lede', page(headline, '', 'Port Vella, March 14', '', ...body), ['dateline', undefined, 3, 14]],
  ])('%s', (_, text, expected) => {
    expect(day(text)).toEqual(expected);
  });
});

describe('findDateline takes the day a page was first published over a later update', () => {
  test.each([
    ['an update over a by-line with its day', page(headline, 'Last update: June 21, 2025 23:23', 'By Mira Quell March 14, 2024', ...body), ['updated-line', 2024, 3, 14]],
    ['an update over a day on a line of its own', page(headline, 'Updated 2 May 2024', '14 March 2024', ...body), ['dateline', 2024, 3, 14]],
    // Two updates: the first printed stays.
    ['an update over an earlier update', page(headline, 'Updated 2 May 2024', 'Modified 14 March 2024', ...body), ['updated-line', 2024, 5, 2]],
    // A first stamp that is no update stays, whatever the others say.
    ['a by-line over an update', page(headline, 'By Mira Quell March 14, 2024', 'Last update: June 21, 2025', ...body), ['updated-line', 2024, 3, 14]],
  ])('%s', (_, text, expected) => {
    expect(day(text)).toEqual(expected);
  });
});

describe('findDateline reads a wire dateline that opens the lede', () => {
  test.each([
    ['PORT VELLA, March 14 (Riverside Wire) - Soldiers fired across the river.', [undefined, 3, 14]],
    ['Port Vella, Arland, 14 March 2024 (RW) — Soldiers fired across the river.', [2024, 3, 14]],
    // With no dash after the agency, or the date closed by a full stop.
    ['Port Vella, Mar 14 (RW) Soldiers fired across the river.', [undefined, 3, 14]],
    ['PORT VELLA, 14 Mar. Soldiers fired across the river.', [undefined, 3, 14]],
    ['PORT VELLA, March 14. /RW/. Soldiers fired across the river.', [undefined, 3, 14]],
    // The date first, its weekday before it, a plain hyphen or a colon after it.
    ['Thursday March 14, 2024 - Soldiers fired across the river for a second night.', [2024, 3, 14]],
    ['Port Vella/North Ridge, Mar 14: Soldiers fired across the river.', [undefined, 3, 14]],
    ['Mar. 14 -- Soldiers fired across the river.', [undefined, 3, 14]],
  ])('%j', (lede, expected) => {
    const spec = findDateline(page(headline, lede, ...body.slice(1)))?.spec;
    expect(spec && [spec.year, spec.month, spec.day]).toEqual(expected);
  });

  test('gives the offset of the date in the body', () => {
    const text = page(headline, 'PORT VELLA, March 14 (RW) - Soldiers fired across the river.');
    const found = findDateline(text)!;
    expect(text.slice(found.start, found.start + found.text.length)).toBe('March 14');
  });
});

describe('findDateline gives a wire dateline the year of the page’s own stamp', () => {
  const wire = 'PORT VELLA, March 14 (Riverside Wire) - Soldiers fired across the river.';
  test.each([
    ['a stamp under the lede', page(headline, wire, 'Mira Quell, Correspondent', 'Published 14 March 2024, 08:14 GMT', ...body.slice(1)), [2024, 3, 14]],
    ['a stamp a day later, in another zone', page(headline, wire, 'Updated March 15, 2024 1:02 AM UTC', ...body.slice(1)), [2024, 3, 14]],
    ['a stamp among the last lines', page(headline, wire, ...body.slice(1), 'Posted on March 14, 2019 by Mira Quell', 'Share'), [2019, 3, 14]],
    ['a stamp of 1 January for a dateline of 31 December', page(headline, 'PORT VELLA, Dec 31 (RW) - Soldiers fired across the river.', 'Updated 1 January 2025', ...body.slice(1)), [2024, 12, 31]],
    // A stamp weeks away is another day's (a related story, a later correction): the year stays open.
    ['no stamp near its day', page(headline, wire, 'Updated 2 June 2024', ...body.slice(1)), [undefined, 3, 14]],
    ['no stamp at all', page(headline, wire, ...body.slice(1)), [undefined, 3, 14]],
  ])('%s', (_, text, expected) => {
    const found = findDateline(text)!;
    expect(found.kind).toBe('dateline');
    expect([found.spec.year, found.spec.month, found.spec.day]).toEqual(expected);
    // The dateline stays where it was read: its words, not the stamp's, are the quoted day.
    expect(text.slice(found.start, found.start + found.text.length)).toMatch(/^(March 14|Dec 31)$/);
  });
});

describe('findDateline reads a stamp among the last lines of a page', () => {
  test.each([
    ['after the text', page(headline, ...body, 'Posted on March 14, 2024 by Mira Quell'), ['updated-line', 2024, 3, 14]],
    ['above tags, share buttons and a copyright line', page(headline, ...body, '', '14 March 2024', '', 'Tags:', 'Arland', 'Borea', 'border', 'Share', 'Facebook', '© 2024 Riverside Wire. All rights reserved.'), ['dateline', 2024, 3, 14]],
  ])('%s', (_, text, expected) => {
    expect(day(text)).toEqual(expected);
  });
});

describe('findDateline takes no stamp from the text', () => {
  test.each([
    ['a sentence of news that holds a date', page(headline, 'On 14 March 2024, troops crossed the river.', ...body)],
    ['a headline with a date', page('Ceasefire talks set for 14 March 2024 as shelling goes on', ...body)],
    ['a date in the text below its opening', page(headline, ...body, 'The talks went on.', 'Updated 14 March 2024', 'The talks ended.', 'Guns fell silent.', 'The border reopened.')],
    ['a related story at the foot, above the last paragraph', page(headline, ...body, 'Border Clash Ends | 4 March 2024', 'Both sides say they want talks.')],
    ['stories linked at the foot under a label', page(headline, ...body, 'More on this story', 'Border Clash Ends | 4 March 2024', 'Envoys Recalled | March 2, 2024', '© Riverside Wire')],
    ['a story linked under the headline', page(headline, 'Read more: Border Clash Ends | 4 March 2024', ...body)],
  ])('%s', (_, text) => {
    expect(findDateline(text)).toBeUndefined();
  });
});

describe('findLedeDateline reads the day a story was filed under a page stamp of its own', () => {
  const lede = (day: string) => `${day} -- Soldiers fired across the river for a second night.`;
  test.each([
    ['a morning paper of the next day', page('Saturday, March 16, 2024', headline, lede('PORT VELLA, March 15'), ...body.slice(1)), [2024, 3, 15]],
    ['a stamp and a dateline of one day', page(headline, '15 March 2024', lede('PORT VELLA, March 15'), ...body.slice(1)), [2024, 3, 15]],
    ['a stamp of New Year over a dateline of the last day of the year', page('1 January 2025', headline, lede('PORT VELLA, Dec 31'), ...body.slice(1)), [2024, 12, 31]],
    ['no dateline in the lede', page('Saturday, March 16, 2024', headline, lede('Mar. 15 and after'), ...body.slice(1)), undefined],
    ['a dateline with no stamp to give its year, returned without one', page(headline, lede('PORT VELLA, March 15'), ...body.slice(1)), [undefined, 3, 15]],
  ])('%s', (_, text, expected) => {
    const spec = findLedeDateline(text)?.spec;
    expect(spec && [spec.year, spec.month, spec.day]).toEqual(expected);
  });
});
