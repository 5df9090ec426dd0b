import { describe, expect, test } from 'vitest';
import { KINDS } from '../../src/lib/eventSchema.ts';
import { geometry, laneY } from '../../src/client/timeline/geometry.ts';
import { hitTest } from '../../src/client/timeline/hitTest.ts';
import type { Cluster, Mark } from '../../src/client/timeline/layoutMarks.ts';
import type { TimelineEvent } from '../../src/client/timeline/timelineEvent.ts';

const event = (id: string): TimelineEvent => ({ id, start: 0, end: 1, point: true, approximate: false, kind: KINDS[0]!, status: 'occurred', actors: [], sources: [], title: id, text: id, index: 0 });
const g = geometry(400, 3);
const marks: Mark[] = [
  { event: event('point'), x0: 100, x1: 100, cx: 100, lane: 0 },
  { event: event('near'), x0: 112, x1: 112, cx: 112, lane: 0 },
  { event: event('span'), x0: 200, x1: 300, cx: 209, lane: 1 },
];
const clusters: Cluster[] = [{ x: 50, count: 2, from: 0, to: 1, pending: false }];
const at = (x: number, y: number) => {
  const { mark, cluster } = hitTest(marks, clusters, g, x, y);
  return mark?.event.id ?? (cluster ? `cluster of ${cluster.count}` : 'nothing');
};

describe('hitTest', () => {
  test('finds the mark under the pointer, the nearer of two close ones', () => {
    expect(at(100, laneY(g, 0))).toBe('point');
    expect(at(107, laneY(g, 0))).toBe('near');
    expect(at(104, laneY(g, 0))).toBe('point');
  });

  test('finds a span anywhere along its length, not only at its shape', () => {
    expect(at(280, laneY(g, 1))).toBe('span');
  });

  test('reaches a little past a mark\'s edge, for fingers, but not into the next lane', () => {
    expect(at(300 + g.radius + 5, laneY(g, 1))).toBe('span');
    expect(at(300 + g.radius + 7, laneY(g, 1))).toBe('nothing');
    expect(at(100, laneY(g, 2))).toBe('nothing');
  });

  test('finds a cluster\'s count on the cluster row', () => {
    expect(at(55, g.clusterY)).toBe('cluster of 2');
    expect(at(55, laneY(g, 0))).toBe('nothing');
  });
});

describe('geometry', () => {
  test('stacks the lanes, then the cluster row, then the axis', () => {
    expect(laneY(g, 0)).toBeLessThan(laneY(g, 2));
    expect(laneY(g, 2) + g.laneHeight / 2).toBeLessThan(g.clusterY);
    expect(g.clusterY).toBeLessThan(g.axisY);
    expect(g.axisY).toBeLessThan(g.height);
    expect(geometry(400, 5).height - geometry(400, 3).height).toBe(2 * g.laneHeight);
  });
});
