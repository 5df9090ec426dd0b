import { describe, expect, test } from 'vitest';
import { escapeRegExp } from '../src/lib/escapeRegExp.ts';

describe('escapeRegExp makes text a pattern that matches only itself', () => {
  test.each(['U.N.', 'a+b', '(Geneva)', '[1]', 'x|y', '$5', 'c:\\path', 'a*b?', '^top', '{2}'])('%s', (text) => {
    const pattern = new RegExp(`^${escapeRegExp(text)}$`);
    expect(pattern.test(text)).toBe(true);
    // A character the unescaped pattern would have let through, or the text one character short.
    expect(pattern.test(`${text}!`)).toBe(false);
    expect(pattern.test(text.replace(/[^\w\s]/, 'x'))).toBe(false);
  });
});
