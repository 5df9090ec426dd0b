import { describe, expect, test } from 'vitest';
import { bareArticle } from '../../../scripts/lib/bench/events/bareArticle.ts';
import { findDateline } from '../../../scripts/lib/extract/time/findDateline.ts';

const lede = 'Troops of Arland and Borea traded fire near the Kelvask Pass on Tuesday, officials said.';
const rest = 'The shooting stopped by nightfall, after talks that had opened on 5 March.';

describe('bareArticle takes away every day the page prints of itself', () => {
  test.each([
    ['a stamp line under the headline', `Arland and Borea trade fire\n\nUpdated 14 March 2024, 17:40 GMT\n\n${lede}\n\n${rest}`, `Arland and Borea trade fire\n\n${lede}\n\n${rest}`],
    ['a published and an updated stamp', `Arland and Borea trade fire\nPublished 14 March 2024\nLast modified on March 15, 2024.\n${lede}\n${rest}`, `Arland and Borea trade fire\n${lede}\n${rest}`],
    ['a date line with its weekday', `Thursday, March 14, 2024\n\n${lede}\n\n${rest}`, `${lede}\n\n${rest}`],
    ['a wire dateline, whose place and agency stay', `VELMORA, March 14 (AW) - ${lede}\n\n${rest}`, `VELMORA (AW) - ${lede}\n\n${rest}`],
    ['a dateline with a colon', `Arlandia City, 14 March: ${lede}\n\n${rest}`, `Arlandia City: ${lede}\n\n${rest}`],
    ['a stamp at the foot of the page', `${lede}\n\n${rest}\n\nPage last updated at 09:12 GMT, Thursday, 14 March 2024`, `${lede}\n\n${rest}`],
  ])('%s', (_, body, bare) => {
    expect(findDateline(body)).toBeDefined();
    expect(bareArticle(body)).toBe(bare);
    expect(findDateline(bareArticle(body))).toBeUndefined();
  });

  test('leaves the dates the text tells of its happenings', () => {
    const body = `Arland and Borea trade fire\n\n${lede}\n\n${rest}`;
    expect(bareArticle(body)).toBe(body);
  });
});
