import { describe, expect, test } from 'vitest';
import { markRun } from '../../src/i18n/markRun.ts';
import { splitRuns } from '../../src/i18n/splitRuns.ts';

describe('splitRuns', () => {
  test.each([
    ['a text with no marked run is plain text, with no runs', 'การปะทะที่สุรินทร์', { text: 'การปะทะที่สุรินทร์' }],
    ['a marked English name inside Thai is its own run', `ลงนาม${markRun('Kuala Lumpur Accord', 'en')}แล้ว`, {
      text: 'ลงนามKuala Lumpur Accordแล้ว',
      runs: [{ text: 'ลงนาม', lang: 'th' }, { text: 'Kuala Lumpur Accord', lang: 'en' }, { text: 'แล้ว', lang: 'th' }],
    }],
    ['a run at the start or the end leaves no empty run beside it', markRun('ASEAN', 'en'), { text: 'ASEAN', runs: [{ text: 'ASEAN', lang: 'en' }] }],
    ['two English runs side by side are joined', `${markRun('Ban', 'en')}${markRun(' Nong', 'en')} ที่`, {
      text: 'Ban Nong ที่', runs: [{ text: 'Ban Nong', lang: 'en' }, { text: ' ที่', lang: 'th' }],
    }],
    ['a run marked in the page’s own language is no foreign run', `ที่${markRun('สุรินทร์', 'th')}`, { text: 'ที่สุรินทร์' }],
  ])('%s', (_, marked, expected) => {
    expect(splitRuns(marked, 'th')).toEqual(expected);
  });

  test('fence characters inside the marked text cannot open or close a run', () => {
    const hostile = `A\uE002B\uE000en\uE001C`;
    expect(splitRuns(`ที่${markRun(hostile, 'en')}`, 'th')).toEqual({ text: 'ที่ABenC', runs: [{ text: 'ที่', lang: 'th' }, { text: 'ABenC', lang: 'en' }] });
  });
});
