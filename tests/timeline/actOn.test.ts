import { describe, expect, test } from 'vitest';
import { actOn, type ActionTarget } from '../../src/client/timeline/actOn.ts';
import type { KeyAction } from '../../src/client/timeline/keyMap.ts';
import type { TimelineCanvas } from '../../src/client/timeline/TimelineCanvas.ts';
import type { TimelineEvent } from '../../src/client/timeline/timelineEvent.ts';

const event = (id: string): TimelineEvent => ({ id, start: 0, end: 1, point: true, approximate: false, kind: 'talks', status: 'occurred', actors: [], sources: [], title: id, text: id, index: 0 });

/** A target that records what it was asked to do. */
function target(selected?: string) {
  const calls: string[] = [];
  const canvas = {
    viewport: { focus: () => calls.push('focus viewport') },
    zoomBy: (factor: number, at?: number) => calls.push(`zoom ${factor.toFixed(2)} at ${at}`),
    panBy: (fraction: number) => calls.push(`pan ${fraction}`),
    showRange: (from?: number, to?: number) => calls.push(`show ${from}–${to}`),
    markPosition: (id: string) => (id === 'b' ? { x: 120, y: 30 } : undefined),
  } as unknown as TimelineCanvas;
  const t: ActionTarget = {
    selected, visible: [event('a'), event('b'), event('c')], canvas,
    select: (id, options) => calls.push(`select ${id}${options?.focus ? ' focus' : ''}`),
    moved: () => calls.push('moved'),
    storyLine: (id) => ({ focus: () => calls.push(`focus line ${id}`) }) as unknown as HTMLElement,
  };
  return { t, calls };
}

describe('actOn', () => {
  test.each<[KeyAction, string | undefined, 'timeline' | 'vertical', string[]]>([
    ['next', 'b', 'timeline', ['select c']],
    ['previous', undefined, 'timeline', ['select c']],
    ['first', 'b', 'vertical', ['select a focus']],
    ['zoom-in', 'b', 'timeline', ['zoom 1.50 at 120', 'moved']],
    ['zoom-out', undefined, 'timeline', ['zoom 0.67 at undefined', 'moved']],
    ['pan-left', undefined, 'timeline', ['pan -0.2', 'moved']],
    ['fit', 'a', 'timeline', ['show undefined–undefined']],
    ['open', 'b', 'timeline', ['select b focus']],
    ['open', undefined, 'timeline', ['select a']],
    ['close', 'b', 'vertical', ['select undefined', 'focus line b']],
    ['close', 'b', 'timeline', ['select undefined', 'focus viewport']],
  ])('%s with %s selected, from the %s view', (action, selected, from, expected) => {
    const { t, calls } = target(selected);
    actOn(t, action, from);
    expect(calls).toEqual(expected);
  });
});
