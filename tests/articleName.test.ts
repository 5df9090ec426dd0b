import { describe, expect, test } from 'vitest';
import { articleNameKey, checkArticleName } from '../src/lib/articleName.ts';

describe('checkArticleName', () => {
  test.each([
    ['What next?.txt', 'a name with "?", which cannot stand in a web address'],
    ['Talks #2.txt', 'a name with "#", which cannot stand in a web address'],
    ['100% sure.md', 'a name with "%", which cannot stand in a web address'],
    ['back\\slash.txt', 'a name with "\\", which cannot stand in a web address'],
    ['two\nlines.txt', 'a name with a control character (U+000A)'],
    ['\u001b[2J\u001b[Hok.txt', 'a name with a control character (U+001B)'],
    ['tab\there.txt', 'a name with a control character (U+0009)'],
    ['next\u0085line.txt', 'a name with a control character (U+0085)'],
    ['txt.\u202eexe.txt', 'a name with an invisible formatting character (U+202E)'],
    ['bad\ufffdbytes.txt', 'a name with bytes that are not valid UTF-8 (shown as U+FFFD)'],
    ['Cafe\u0301.txt', 'a name not in Unicode NFC form (letters and accents stored apart)'],
  ])('refuses %j: %s', (name, found) => {
    expect(checkArticleName(name)).toBe(found);
  });

  test.each([
    'a b.txt',
    'ข่าว ชายแดน.txt',
    'ព័ត៌មាន.txt',
    "a:b;c,d+e$f(g)h'i.txt",
    'Café.md',
    `${'long '.repeat(48)}name.txt`,
  ])('accepts %j', (name) => {
    expect(checkArticleName(name)).toBeUndefined();
  });

  test('names that differ only in capitals or compatibility form share a key; others do not', () => {
    expect(articleNameKey('Talks.TXT')).toBe(articleNameKey('talks.txt'));
    expect(articleNameKey('\ufb01le.txt')).toBe(articleNameKey('file.txt'));
    expect(articleNameKey('STRASSE.txt')).toBe(articleNameKey('straße.txt'));
    expect(articleNameKey('talks-1.txt')).not.toBe(articleNameKey('talks-2.txt'));
  });
});
