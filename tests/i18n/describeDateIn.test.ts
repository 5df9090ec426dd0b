import { describe, expect, test } from 'vitest';
import { describeDateIn, shortDateIn } from '../../src/i18n/describeDateIn.ts';
import { describeDate } from '../../src/lib/describeDate.ts';
import { shortDate } from '../../src/lib/shortDate.ts';

describe('describeDateIn', () => {
  test.each([
    [{ date: '2025-12-07', approximate: false }],
    [{ date: '2025-07', approximate: false }],
    [{ date: '2025-12-22', endDate: '2025-12-23', approximate: false }],
    [{ date: '2025-12-20', endDate: '2025-12-24', approximate: true }],
  ])('writes English as the pages did before the editions: %o', (event) => {
    expect(describeDateIn(event, 'en')).toEqual(describeDate(event, 'en-GB'));
  });

  test('translates the month-only wording, not only the month', () => {
    expect(describeDateIn({ date: '2025-07', approximate: false }, 'th')).toEqual({ text: 'กรกฎาคม 2568', certainty: 'ทราบเพียงเดือน' });
    expect(describeDateIn({ date: '2025-07', approximate: false }, 'km')).toEqual({ text: 'កក្កដា ២០២៥', certainty: 'ដឹងត្រឹមខែ' });
  });

  test('translates the approximate wording around the window’s ends', () => {
    expect(describeDateIn({ date: '2025-12-20', endDate: '2025-12-24', approximate: true }, 'th')).toEqual({
      text: 'ระหว่าง 20 ธันวาคม 2568 ถึง 24 ธันวาคม 2568',
      certainty: 'โดยประมาณ: ช่วงใดช่วงหนึ่งในระยะนี้',
    });
    expect(describeDateIn({ date: '2025-12-20', endDate: '2025-12-24', approximate: true }, 'km').text).toBe('ចន្លោះ ២០ ធ្នូ ២០២៥ និង ២៤ ធ្នូ ២០២៥');
  });
});

describe('shortDateIn', () => {
  test.each([
    ['2025-12-07', undefined],
    ['2025-12-22', '2025-12-23'],
    ['2025-07', undefined],
    ['2025-11-30', '2025-12-02'],
  ])('writes English as the vertical timeline did: %s–%s', (date, end) => {
    expect(shortDateIn(date, end, 'en')).toBe(shortDate(date, end, 'en-GB'));
  });
  test.each([
    ['2025-12-22', '2025-12-23', 'th', '22–23 ธ.ค.'],
    ['2025-12-22', '2025-12-23', 'km', '២២–២៣ ធ្នូ'],
    ['2025-07', undefined, 'th', 'ก.ค.'],
  ] as const)('writes %s–%s in %s as %s', (date, end, locale, expected) => {
    expect(shortDateIn(date, end, locale)).toBe(expected);
  });
});
