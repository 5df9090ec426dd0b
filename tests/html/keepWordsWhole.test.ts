import { describe, expect, test } from 'vitest';
import { keepWordsWhole } from '../../src/lib/html/keepWordsWhole.ts';

const WORDS = ['คำเรียกร้อง', 'การหยุดยิง', 'หยุดยิง'];
const kept = (word: string) => `<span class="nobr">${word}</span>`;

describe('keepWordsWhole', () => {
  test.each([
    ['text in an element', '<p>คำเรียกร้องของ</p>', `<p>${kept('คำเรียกร้อง')}ของ</p>`],
    ['the longer of two words that overlap', '<b>การหยุดยิง</b>', `<b>${kept('การหยุดยิง')}</b>`],
    ['text after a self-closing tag', '<br/>หยุดยิง', `<br/>${kept('หยุดยิง')}`],
    ['every occurrence', 'หยุดยิง หยุดยิง', `${kept('หยุดยิง')} ${kept('หยุดยิง')}`],
  ])('wraps %s', (_, html, expected) => {
    expect(keepWordsWhole(html, WORDS)).toBe(expected);
  });

  test.each([
    ['attribute values, even with a > in them', '<p title="a > หยุดยิง" data-x=\'หยุดยิง\'>x</p>'],
    ['scripts, whatever tags their text holds', '<script>x = "<p>หยุดยิง</p>";</script>'],
    ['styles, titles, text areas and templates', '<style>/*หยุดยิง*/</style><title>หยุดยิง</title><textarea>หยุดยิง</textarea><template>หยุดยิง</template>'],
    ['SVG, where a span is not allowed', '<svg><text>หยุดยิง</text><g><text>หยุดยิง</text></g></svg>'],
    ['comments', '<!-- หยุดยิง -->'],
  ])('leaves alone %s', (_, html) => {
    expect(keepWordsWhole(html, WORDS)).toBe(html);
  });

  test('wraps text again after an element it left alone', () => {
    expect(keepWordsWhole('<svg><text>หยุดยิง</text></svg><p>หยุดยิง</p>', WORDS)).toBe(`<svg><text>หยุดยิง</text></svg><p>${kept('หยุดยิง')}</p>`);
  });

  test('returns the page as it is when no words are given', () => {
    expect(keepWordsWhole('<p>หยุดยิง</p>', [])).toBe('<p>หยุดยิง</p>');
  });
});
