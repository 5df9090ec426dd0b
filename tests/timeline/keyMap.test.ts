import { describe, expect, test } from 'vitest';
import { keyAction } from '../../src/client/timeline/keyMap.ts';

describe('keyAction', () => {
  test.each([
    ['ArrowRight', {}, 'timeline', 'next'],
    ['ArrowLeft', {}, 'timeline', 'previous'],
    ['ArrowRight', { shiftKey: true }, 'timeline', 'pan-right'],
    ['ArrowLeft', { shiftKey: true }, 'timeline', 'pan-left'],
    ['+', {}, 'timeline', 'zoom-in'],
    ['=', {}, 'timeline', 'zoom-in'],
    ['-', {}, 'timeline', 'zoom-out'],
    ['0', {}, 'timeline', 'fit'],
    ['Home', {}, 'timeline', 'first'],
    ['End', {}, 'timeline', 'last'],
    ['Enter', {}, 'timeline', 'open'],
    ['Escape', {}, 'timeline', 'close'],
    ['ArrowDown', {}, 'timeline', undefined],
    ['ArrowDown', {}, 'vertical', 'next'],
    ['ArrowUp', {}, 'vertical', 'previous'],
    ['ArrowRight', { shiftKey: true }, 'vertical', 'next'],
    ['+', {}, 'vertical', undefined],
    ['ArrowRight', { ctrlKey: true }, 'timeline', undefined],
    ['ArrowLeft', { altKey: true }, 'timeline', undefined],
    ['r', { metaKey: true }, 'timeline', undefined],
    ['a', {}, 'timeline', undefined],
    ['constructor', {}, 'timeline', undefined],
  ] as const)('%s %o in the %s view does %s', (key, modifiers, view, expected) => {
    expect(keyAction({ key, ...modifiers }, view)).toBe(expected);
  });
});
