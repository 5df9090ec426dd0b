import { describe, expect, test } from 'vitest';
import { tagTimexes } from '../../scripts/lib/timeml/tagTimexes.ts';

const tags = (text: string, dct = '2025-12-24') => tagTimexes(text, dct).map((t) => [text.slice(t.start, t.end), t.type, t.value]);

describe('tagTimexes', () => {
  test('reads each expression with the tense of its own clause', () => {
    expect(tags('The army said on Monday that talks will resume on Friday.')).toEqual([
      ['Monday', 'DATE', '2025-12-22'],
      ['Friday', 'DATE', '2025-12-26'],
    ]);
  });

  test('counts "a year earlier" from the date last named, and "a year ago" in a report of a quarter from that quarter', () => {
    expect(tags('Profit rose in the third quarter of 2024 from a year ago. Sales fell on March 2, 2025, from a year earlier.')).toEqual([
      ['the third quarter of 2024', 'DATE', '2024-Q3'],
      ['a year ago', 'DATE', '2023-Q3'],
      ['March 2, 2025', 'DATE', '2025-03-02'],
      ['a year earlier', 'DATE', '2024-03-02'],
    ]);
  });

  test('puts a time of day on the day the text speaks of', () => {
    expect(tags('Shelling began on December 20 at 10 p.m.')).toEqual([
      ['December 20', 'DATE', '2025-12-20'],
      ['10 p.m.', 'TIME', '2025-12-20T22:00'],
    ]);
  });
});
