import { describe, expect, test } from 'vitest';
import { isCleanTitle } from '../../../scripts/lib/extract/titles/isCleanTitle.ts';

describe('isCleanTitle: a title of something said reads as a sentence', () => {
  test.each([
    ['ASEAN urges restraint', 'ASEAN'],
    ['Borea accuses Arland of shelling the Halvane crossing', 'Borea'],
    ['Arland proposes both sides withdraw their troops', 'Arland'],
    ['ASEAN calls on Arland and Borea to return to talks', 'ASEAN'],
    ['Borea says armed men attacked a post', 'Borea'],
    ['The United States says it will respond', 'The United States'],
    ['Borea denies', 'Borea'],
  ])('%s', (title, speaker) => {
    expect(isCleanTitle(title, speaker)).toBe(true);
  });

  test.each([
    // a function word at its end
    ['Borea accuses Arland of', 'Borea'],
    ['Arland says the army would', 'Arland'],
    // a word twice in a row
    ['Arland condemns Borea Borea over the raids', 'Arland'],
    // a bare verb, or a past form, right after the speaker's verb
    ['Arland proposes withdraw their troops', 'Arland'],
    ['Arland warns crossed the border', 'Arland'],
    ['Kurti demands freed', 'Kurti'],
    ['ASEAN calls on return to talks', 'ASEAN'],
    // a name said twice after the verb
    ["Arland rejects Borea's claim Borea", 'Arland'],
  ])('not %s', (title, speaker) => {
    expect(isCleanTitle(title, speaker)).toBe(false);
  });
});
