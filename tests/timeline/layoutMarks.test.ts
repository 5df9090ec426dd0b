import { describe, expect, test } from 'vitest';
import { KINDS } from '../../src/lib/eventSchema.ts';
import { layoutMarks, type LayoutOptions, type Mark } from '../../src/client/timeline/layoutMarks.ts';
import type { TimelineEvent } from '../../src/client/timeline/timelineEvent.ts';

/** An event from pixel `x0` to `x1` under the identity scale (time = pixels), titled with its id. */
const event = (id: string, x0: number, x1 = x0, point = x0 === x1): TimelineEvent => ({
  id, start: x0, end: x1, point, approximate: false, kind: KINDS[0]!, status: 'occurred',
  actors: [], sources: [], title: id, text: id, index: 0,
});

const OPTIONS: LayoutOptions = { x: (t) => t, width: 400, lanes: 2, radius: 5, clusterWidth: 20 };
/** Titles are 10 px per character. */
const WITH_LABELS: Partial<LayoutOptions> = { labelWidth: (e) => e.title.length * 10, minLabel: 20 };
const placed = (events: TimelineEvent[], options: Partial<LayoutOptions> = {}) => {
  const { marks, clusters } = layoutMarks(events, { ...OPTIONS, ...options });
  return {
    marks: marks.map((m) => `${m.event.id} lane ${m.lane} at ${m.x0}–${m.x1}`),
    clusters: clusters.map((c) => `${c.count} from ${c.from} to ${c.to} at ${c.x}`),
  };
};
const labelled = (events: TimelineEvent[], options: Partial<LayoutOptions> = {}) =>
  layoutMarks(events, { ...OPTIONS, ...WITH_LABELS, ...options }).marks.map((m: Mark) =>
    `${m.event.id} lane ${m.lane}: ${m.label ? `${m.label.side} from ${m.label.x}, room ${m.label.room}` : 'no label'}`);

/** The boxes titles of `width` px would take, for checking overlaps: [left, right, lane]. */
const boxes = (marks: Mark[], width: (m: Mark) => number) =>
  marks.filter((m) => m.label).map((m) => {
    const w = Math.min(width(m), m.label!.room);
    return m.label!.side === 'right' ? [m.label!.x, m.label!.x + w, m.lane] : [m.label!.x - w, m.label!.x, m.lane];
  });

describe('layoutMarks, marks only', () => {
  test('keeps marks far enough apart in the first lane', () => {
    expect(placed([event('a', 100), event('b', 120), event('c', 200)]).marks).toEqual(['a lane 0 at 100–100', 'b lane 0 at 120–120', 'c lane 0 at 200–200']);
  });

  test('moves a mark that would touch the one before to the next lane', () => {
    // Two marks of radius 5 need 10 px between centres, and 2 px of gap besides.
    expect(placed([event('a', 100), event('b', 111), event('c', 112)]).marks).toEqual(['a lane 0 at 100–100', 'b lane 1 at 111–111', 'c lane 0 at 112–112']);
  });

  test('counts in a cluster, by column, the events no lane has room for', () => {
    expect(placed([event('a', 100), event('b', 101), event('c', 102), event('d', 103), event('e', 150)])).toEqual({
      marks: ['a lane 0 at 100–100', 'b lane 1 at 101–101', 'e lane 0 at 150–150'],
      clusters: ['2 from 102 to 103 at 110'],
    });
  });

  test('draws a span wider than a mark from its start to its end, and a narrower one as a point at its middle', () => {
    expect(placed([event('wide', 100, 160), event('narrow', 200, 206, false)]).marks).toEqual(['wide lane 0 at 100–160', 'narrow lane 0 at 203–203']);
  });

  test('lays out only the run of events given as indices, as it would that run alone', () => {
    const events = [event('a', 100), event('b', 101), event('c', 102), event('d', 150), event('e', 200)];
    const run = layoutMarks(events, OPTIONS, [1, 4]);
    expect(run.marks.map((m) => m.event.id)).toEqual(['b', 'c', 'd']);
    expect(run).toEqual(layoutMarks(events.slice(1, 4), OPTIONS));
  });

  test('leaves out events wholly outside the width, and keeps one whose mark reaches into it', () => {
    expect(placed([event('left', -6), event('edge', -4), event('right', 406), event('edge-right', 404)]).marks.map((m) => m.split(' ')[0])).toEqual(['edge', 'edge-right']);
  });
});

describe('layoutMarks, with titles', () => {
  test('writes a title on the right of its mark, and sends the next mark to another lane rather than into the title', () => {
    // A title starts past its mark's ring (radius 5 + 4 + half a 3 px line) and 2 px more: 'aaaa' is
    // 40 px from 112.5, so the lane is taken up to 152.5, and 'b' at 130 goes to lane 1.
    expect(labelled([event('aaaa', 100), event('b', 130)])).toEqual(['aaaa lane 0: right from 112.5, room 287.5', 'b lane 1: right from 142.5, room 257.5']);
  });

  test('puts a mark back in a lane once the title there has ended, and bounds that title at the mark\'s ring', () => {
    // 'aaaa' ends at 152.5; 'b' at 165 has its ring from 154.5, 2 px clear of it.
    expect(labelled([event('aaaa', 100), event('b', 165)])).toEqual(['aaaa lane 0: right from 112.5, room 40', 'b lane 0: right from 177.5, room 222.5']);
  });

  test('writes a title on the left of its mark near the right edge, where the right has no room for it whole', () => {
    expect(labelled([event('title', 380)])).toEqual(['title lane 0: left from 367.5, room 367.5']);
  });

  test('starts a span\'s title inside it, after its shape', () => {
    // The shape stands at x0 + radius + 2; the title 2 px after its ring.
    expect(labelled([event('month', 100, 200)])).toEqual(['month lane 0: right from 119.5, room 280.5']);
  });

  test('shortens a title only when no lane has room for it whole, and then in the lane that leaves it most', () => {
    // Both lanes are taken by titles at 125; 'c' must cut one: the longer room is kept by 'aaaaaaaa'.
    const marks = labelled([event('aaaaaaaa', 100), event('bbbbbbbb', 112), event('c', 125)]);
    expect(marks).toEqual(['aaaaaaaa lane 0: no label', 'bbbbbbbb lane 1: no label', 'c lane 0: right from 137.5, room 262.5'].map((m, i) => (i === 1 ? 'bbbbbbbb lane 1: right from 124.5, room 275.5' : m)));
  });

  test('never lets two titles in a lane overlap, nor a title cross an edge, over many crowded events', () => {
    const events = Array.from({ length: 200 }, (_, i) => event(`event ${'x'.repeat(i % 9)}`.replace(/ /g, `${i}`), (i * 37) % 400)).sort((a, b) => a.start - b.start);
    const { marks } = layoutMarks(events, { ...OPTIONS, ...WITH_LABELS, lanes: 5 });
    const drawn = boxes(marks, (m) => m.event.title.length * 10);
    for (const [left, right] of drawn) expect(left! >= 0 && right! <= 400).toBe(true);
    for (const a of drawn) for (const b of drawn) {
      if (a === b || a[2] !== b[2]) continue;
      expect(a[1]! <= b[0]! || b[1]! <= a[0]!).toBe(true);
    }
    // …nor over another mark of its lane, nor the ring it has when selected (10.5 px from its centre).
    for (const [left, right, lane] of drawn) {
      for (const m of marks.filter((m) => m.lane === lane)) expect(m.x1 + 5 <= left! || m.x0 - 5 >= right!).toBe(true);
      for (const m of marks.filter((m) => m.lane === lane)) expect(m.cx + 10.5 <= left! || m.cx - 10.5 >= right!).toBe(true);
    }
  });

  test('writes more titles whole when zooming in gives them room', () => {
    // Twelve events 20 px apart with 60 px titles: crowded at first, three times wider zoomed in.
    const events = Array.from({ length: 12 }, (_, i) => event(`e${i}`.padEnd(6, 'x'), 10 + i * 20));
    const whole = (zoom: number) => layoutMarks(events, { ...OPTIONS, ...WITH_LABELS, lanes: 3, x: (t) => t * zoom })
      .marks.filter((m) => m.label && m.label.room >= m.event.title.length * 10).length;
    expect(whole(1)).toBeLessThan(12);
    expect(whole(3)).toBeGreaterThan(whole(1));
  });

  test('counts in a cluster the events whose marks no lane has room for, with titles as without', () => {
    // Two lanes taken by marks at 100 and 101: 102 and 103 have no lane; 150 has, once 100's title is bounded.
    const crowded = [event('a', 100), event('b', 101), event('c', 102), event('d', 103), event('e', 150)];
    expect(placed(crowded, WITH_LABELS)).toEqual(placed(crowded));
  });

  test('measures the title only of events that get a mark', () => {
    const measured: string[] = [];
    layoutMarks([event('a', 100), event('b', 101), event('c', 102), event('d', 150)], { ...OPTIONS, labelWidth: (e) => (measured.push(e.id), 10) });
    expect(measured).toEqual(['a', 'b', 'd']);
  });

  test('gives no label where the room left is under the least worth writing', () => {
    expect(labelled([event('aaaa', 100), event('b', 111), event('c', 118)], { minLabel: 20 })[0]).toBe('aaaa lane 0: no label');
  });
});
