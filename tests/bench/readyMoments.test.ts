import { expect, test } from 'vitest';
import { momentsText, readyCause, type ReadyMoments } from '../../scripts/lib/bench/readyMoments.ts';

const visit = (over: Partial<ReadyMoments>): ReadyMoments => ({
  responseEnd: 5, domInteractive: 40, drawn: 100, domContentLoaded: 101, load: 112, frames: [], ready: 112, ...over,
});

test.each([
  ['the load event, when it comes last and no frame runs long', visit({}), 'load'],
  ['the mark, when the timeline draws after the load event', visit({ drawn: 130, ready: 130 }), 'drawn'],
  ['a long frame, when the frame showing the page ends after both', visit({ frames: [[40, 150]], ready: 150 }), 'long frame'],
  ['not a long frame that ended before the mark', visit({ frames: [[10, 70]] }), 'load'],
] as const)('readyCause names %s', (_, moments, cause) => {
  expect(readyCause(moments)).toBe(cause);
});

test('momentsText gives the medians of each moment, the last long frame before ready, and what set ready how often', () => {
  const visits = [
    visit({ frames: [[10, 70], [40, 150]], ready: 150 }),
    visit({ frames: [[42, 160]], ready: 160 }),
    visit({ drawn: 120, ready: 120 }),
  ];
  expect(momentsText(visits)).toBe('response 5.0, parsed 40.0, drawn 100, DOMContentLoaded 101, load 112, last long frame 41.0–155; ready 150 (set by long frame 2 of 3, drawn 1 of 3)');
});

test('momentsText leaves out the mark on a page without a timeline, and says when no frame ran long', () => {
  const floor = { responseEnd: 4, domInteractive: 20, domContentLoaded: 21, load: 22, frames: [], ready: 22 };
  expect(momentsText([floor])).toBe('response 4.0, parsed 20.0, DOMContentLoaded 21.0, load 22.0, no long frame; ready 22.0 (set by load 1 of 1)');
});
