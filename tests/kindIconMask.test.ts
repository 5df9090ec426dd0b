import { describe, expect, test } from 'vitest';
import { kindIconMask } from '../src/lib/kindIconMask.ts';

describe('kindIconMask', () => {
  test('kindIconMask fills the shape in a 14-unit box centred on it, as a data URL CSS can read', () => {
    expect(kindIconMask('M0,-5L5,5L-5,5Z')).toBe(`url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='-7 -7 14 14'%3E%3Cpath d='M0,-5L5,5L-5,5Z'/%3E%3C/svg%3E")`);
  });

  test('kindIconMask with a stroke width draws only the outline, the # of its colour escaped', () => {
    expect(kindIconMask('M0,-5L5,5L-5,5Z', 1.2)).toContain(`%3Cpath d='M0,-5L5,5L-5,5Z' fill='none' stroke='%23000' stroke-width='1.2'/%3E`);
  });

  test('kindIconMask leaves no character a CSS url() or a data URL would misread', () => {
    const url = kindIconMask('M0,-5.75L1.47,-2.02L-1.47,-2.02Z', 2);
    const inside = url.slice('url("'.length, -'")'.length);
    // A quote would end the url(), a # would start a fragment, < and > must be escaped in a URL.
    expect(inside).not.toMatch(/["#<>\n]/);
    expect(decodeURIComponent(inside.slice('data:image/svg+xml,'.length))).toMatch(/^<svg [^>]*><path [^>]*\/><\/svg>$/);
  });
});
