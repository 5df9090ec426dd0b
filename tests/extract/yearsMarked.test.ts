import { describe, expect, test } from 'vitest';
import { findDates } from '../../scripts/lib/extract/time/findDates.ts';
import { findTimeExpressions } from '../../scripts/lib/extract/time/findTimeExpressions.ts';
import { yearsMarked, yearsSince } from '../../scripts/lib/extract/time/yearsMarked.ts';

const marked = (text: string) => yearsMarked(text, findDates(text, findTimeExpressions(text).all)).map((d) => [d.text, d.spec.type === 'calendar' ? d.spec.yearShift : undefined]);

describe('yearsMarked: a date a report marks the years since', () => {
  test.each([
    ['As the capital marked a year since the fighting began on August 8, the president wrote to the envoy.', 1],
    ['It is two years since troops crossed the river.', 2],
    ['On the tenth anniversary of the accord, leaders met.', 10],
    ['Troops have held the ridge since August 8.', undefined],
    ['The Sevrin raid is three years old today.', 3],
    ['The war over the pass began a year ago today.', 1],
    ['A farmer, 45 years old, was shot near the ridge on August 8.', undefined],
  ])('%j marks %s years', (text, years) => {
    expect(yearsSince(text)?.years).toBe(years);
  });

  test('places the first date after the mark that many years before the report, and no other', () => {
    expect(marked('As the capital marked a year since the fighting began on August 8, the accord of August 12 still held.')).toEqual([
      ['August 8', -1],
      ['August 12', undefined],
    ]);
    // A date with its year keeps it.
    expect(marked('It is a year since the fighting began on August 8, 2008.')).toEqual([['August 8, 2008', undefined]]);
  });
});
