import { describe, expect, test } from 'vitest';
import { findFigureDates } from '../../../scripts/lib/extract/time/findFigureDates.ts';

describe('findFigureDates', () => {
  test.each([
    ['14/03/2024', { year: 2024, month: 3, day: 14 }, undefined],
    ['03/14/2024', { year: 2024, month: 3, day: 14 }, undefined],
    ['08-05-2023', { year: 2023, month: 5, day: 8 }, { year: 2023, month: 8, day: 5 }],
    ['05.05.2023', { year: 2023, month: 5, day: 5 }, undefined],
    ['08.05.23', { year: 2023, month: 5, day: 8 }, { year: 2023, month: 8, day: 5 }],
    ['2024-03-14T09:20:00+05:00', { year: 2024, month: 3, day: 14 }, undefined],
    ['2015.08.25 09:01', { year: 2015, month: 8, day: 25 }, undefined],
  ])('reads %j day first unless a number above 12 says otherwise', (text, spec, other) => {
    const [found] = findFigureDates(text);
    expect([found?.spec, found?.otherReading]).toEqual([{ type: 'calendar', ...spec }, other && { type: 'calendar', ...other }]);
  });

  test.each(['13/13/2023', '1.2.3.2023', '14:05', '2023-13-40', 'version 10/2023'])('reads no day from %j', (text) => {
    expect(findFigureDates(text)).toEqual([]);
  });

  test('gives where each date stands', () => {
    expect(findFigureDates('Posted 14/03/2024, updated 15/03/2024').map((f) => [f.start, f.end])).toEqual([
      [7, 17],
      [27, 37],
    ]);
  });
});
