import { describe, expect, test } from 'vitest';
import { writeDay } from '../../src/i18n/writeDay.ts';
import { writeDigits } from '../../src/i18n/writeDigits.ts';
import { formatNumber } from '../../src/i18n/formatNumber.ts';

describe('writeDay', () => {
  test.each([
    ['2025-12-25', 'en', 'day', '25 December 2025'],
    ['2025-12-25', 'th', 'day', '25 ธันวาคม 2568'],
    ['2025-12-25', 'km', 'day', '២៥ ធ្នូ ២០២៥'],
    ['2025-07', 'th', 'month', 'กรกฎาคม 2568'],
    ['2025-07', 'km', 'month', 'កក្កដា ២០២៥'],
    ['2025-12-07', 'th', 'dayShort', '7 ธ.ค.'],
    ['2025-12-07', 'km', 'dayShort', '៧ ធ្នូ'],
    ['2025-01-01', 'th', 'year', '2568'],
    ['2024-02-29', 'km', 'dayNumber', '២៩'],
  ] as const)('writes %s in %s as a %s: %s', (iso, locale, form, expected) => {
    expect(writeDay(iso, locale, form)).toBe(expected);
  });

  test('writes the Buddhist era from the first of January, as Thailand has counted it since 1941', () => {
    expect(writeDay('2026-01-01', 'th', 'day')).toBe('1 มกราคม 2569');
  });

  test('a day is a calendar day: the machine’s zone never moves it', () => {
    // TZ is set west of UTC for every test (tests/setup/zones.ts).
    expect(writeDay('2025-12-01', 'th', 'day')).toBe('1 ธันวาคม 2568');
  });

  test('refuses what is not a calendar date', () => {
    expect(() => writeDay('2025-13-01', 'th', 'day')).toThrow('not a calendar date: 2025-13-01');
  });
});

describe('writeDigits and formatNumber', () => {
  test('writeDigits replaces every Latin digit and nothing else', () => {
    expect(writeDigits('7–23 Dec 2025', '០១២៣៤៥៦៧៨៩')).toBe('៧–២៣ Dec ២០២៥');
  });
  test.each([
    [1200, 'en', '1,200'],
    [1200, 'th', '1,200'],
    [1200, 'km', '១,២០០'],
    [7, 'km', '៧'],
  ] as const)('formatNumber writes %d in %s as %s', (n, locale, expected) => {
    expect(formatNumber(n, locale)).toBe(expected);
  });
  test('formatNumber keeps each edition\'s grouping when editions alternate, as a build\'s pages do', () => {
    expect(['km', 'en', 'th', 'km', 'en'].map((locale) => formatNumber(1234.56, locale as 'en' | 'th' | 'km'))).toEqual(['១,២៣៤.៦', '1,234.6', '1,234.6', '១,២៣៤.៦', '1,234.6']);
  });
});

describe('formatFigureIn', async () => {
  const { formatFigureIn } = await import('../../src/i18n/formatFigureIn.ts');
  test.each([
    [{ min: 24, max: 99, qualifier: 'vague', unit: 'people' }, 'km', '២៤–៩៩'],
    [{ min: 1200, qualifier: 'at-least', unit: 'people' }, 'th', '≥1,200'],
    [{ min: 3, max: 3, qualifier: 'exactly', unit: 'days' }, 'km', '៣ ថ្ងៃ'],
    [{ min: 1, max: 1, qualifier: 'exactly', unit: 'days' }, 'th', '1 วัน'],
    [{ min: 817, max: 817, qualifier: 'about', unit: 'km' }, 'th', '≈817 กม.'],
  ] as const)('writes %o in %s as %s', (figure, locale, expected) => {
    expect(formatFigureIn(figure, locale)).toBe(expected);
  });
});

describe('wordEnds', async () => {
  const { wordEnds } = await import('../../src/i18n/wordEnds.ts');
  test('finds the words of a Thai title, which has no spaces between them', () => {
    const title = 'การปะทะด้วยอาวุธระหว่างไทยและกัมพูชา';
    expect(wordEnds(title, 'th').map((end) => title.slice(0, end))).toEqual([
      'การ', 'การปะทะ', 'การปะทะด้วย', 'การปะทะด้วยอาวุธ', 'การปะทะด้วยอาวุธระหว่าง', 'การปะทะด้วยอาวุธระหว่างไทย', 'การปะทะด้วยอาวุธระหว่างไทยและ',
    ]);
  });
  test('never ends a word inside a compound it is told to keep whole', () => {
    const title = 'การปะทะด้วยอาวุธระหว่างไทยและกัมพูชา';
    expect(wordEnds(title, 'th', ['การปะทะด้วยอาวุธ']).map((end) => title.slice(0, end))).toEqual([
      'การปะทะด้วยอาวุธ', 'การปะทะด้วยอาวุธระหว่าง', 'การปะทะด้วยอาวุธระหว่างไทย', 'การปะทะด้วยอาวุธระหว่างไทยและ',
    ]);
  });
  test('finds the words of a Khmer title, and never cuts inside one', () => {
    const title = 'កិច្ចចរចា ឬកិច្ចប្រជុំ';
    const pieces = wordEnds(title, 'km').map((end) => title.slice(0, end));
    expect(pieces).toContain('កិច្ចចរចា');
    // Never inside a written syllable: every cut is a grapheme boundary.
    const graphemes = new Set([...new Intl.Segmenter('km', { granularity: 'grapheme' }).segment(title)].map((g) => g.index));
    expect(wordEnds(title, 'km').every((end) => graphemes.has(end))).toBe(true);
  });
});
