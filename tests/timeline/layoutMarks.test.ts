import { describe, expect, test } from 'vitest';
import { KINDS } from '../../src/lib/eventSchema.ts';
import { layoutMarks, type LayoutOptions } from '../../src/scripts/timeline/layoutMarks.ts';
import type { TimelineEvent } from '../../src/scripts/timeline/timelineEvent.ts';

/** An event from pixel `x0` to `x1` under the identity scale (time = pixels). */
const event = (id: string, x0: number, x1 = x0, point = x0 === x1): TimelineEvent => ({
  id, start: x0, end: x1, point, approximate: false, kind: KINDS[0]!, status: 'occurred',
  actors: [], sources: [], title: id, text: id, index: 0,
});

const OPTIONS: LayoutOptions = { x: (t) => t, width: 400, lanes: 2, radius: 5, clusterWidth: 20 };
const placed = (events: TimelineEvent[], options: Partial<LayoutOptions> = {}) => {
  const { marks, clusters } = layoutMarks(events, { ...OPTIONS, ...options });
  return {
    marks: marks.map((m) => `${m.event.id} lane ${m.lane} at ${m.x0}–${m.x1}, room ${m.room}`),
    clusters: clusters.map((c) => `${c.events.map((e) => e.id).join('+')} at ${c.x}`),
  };
};

describe('layoutMarks', () => {
  test('keeps marks far enough apart in the first lane, each with the room up to the next', () => {
    expect(placed([event('a', 100), event('b', 120), event('c', 200)]).marks).toEqual([
      'a lane 0 at 100–100, room 10',
      'b lane 0 at 120–120, room 70',
      'c lane 0 at 200–200, room 195',
    ]);
  });

  test('moves a mark that would touch the one before to the next lane', () => {
    // Two marks of radius 5 need 10 px between centres, and 2 px of gap besides.
    expect(placed([event('a', 100), event('b', 111), event('c', 112)]).marks).toEqual([
      'a lane 0 at 100–100, room 2',
      'b lane 1 at 111–111, room 284',
      'c lane 0 at 112–112, room 283',
    ]);
  });

  test('counts in a cluster, by column, the events no lane has room for', () => {
    expect(placed([event('a', 100), event('b', 101), event('c', 102), event('d', 103), event('e', 150)])).toEqual({
      marks: ['a lane 0 at 100–100, room 40', 'b lane 1 at 101–101, room 294', 'e lane 0 at 150–150, room 245'],
      clusters: ['c+d at 110'],
    });
  });

  test('draws a span wider than a mark from its start to its end, and a narrower one as a point at its middle', () => {
    expect(placed([event('wide', 100, 160), event('narrow', 200, 206, false)]).marks).toEqual([
      'wide lane 0 at 100–160, room 33',
      'narrow lane 0 at 203–203, room 192',
    ]);
  });

  test('leaves out events wholly outside the width, and keeps one whose mark reaches into it', () => {
    expect(placed([event('left', -6), event('edge', -4), event('right', 406), event('edge-right', 404)]).marks.map((m) => m.split(' ')[0])).toEqual(['edge', 'edge-right']);
  });
});
