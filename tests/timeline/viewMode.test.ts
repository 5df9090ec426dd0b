import { describe, expect, test } from 'vitest';
import { VERTICAL_BELOW, viewMode } from '../../src/client/timeline/viewMode.ts';

describe('viewMode', () => {
  test.each([
    ['nothing asked, a desktop width', undefined, 1280, 'timeline'],
    ['nothing asked, a phone width', undefined, 390, 'vertical'],
    ['nothing asked, just below the limit', undefined, VERTICAL_BELOW - 1, 'vertical'],
    ['nothing asked, at the limit', undefined, VERTICAL_BELOW, 'timeline'],
    ['nothing asked, the width not read yet', undefined, -1, 'vertical'],
    ['vertical asked at a desktop width', 'vertical', 1280, 'vertical'],
    ['the timeline asked at a phone width', 'timeline', 360, 'timeline'],
    ['an unknown view asked at a phone width', 'sideways', 360, 'vertical'],
  ])('with %s shows the %s view', (_, asked, width, mode) => {
    expect(viewMode(asked, width)).toBe(mode);
  });
});
