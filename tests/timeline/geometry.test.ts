import { describe, expect, test } from 'vitest';
import { geometry, laneY } from '../../src/client/timeline/geometry.ts';

describe('geometry', () => {
  test('grows by one lane height for each lane, and keeps the width it is given', () => {
    const [two, five] = [geometry(800, 2), geometry(800, 5)];
    expect(five.height - two.height).toBe(3 * two.laneHeight);
    expect(five.width).toBe(800);
  });

  test('stacks the lanes from the top, then the row of cluster counts, then the axis, none overlapping', () => {
    const g = geometry(360, 4);
    const lastLaneBottom = laneY(g, g.lanes - 1) + g.laneHeight / 2;
    expect(laneY(g, 0) - g.laneHeight / 2).toBe(g.top);
    expect(lastLaneBottom).toBeLessThanOrEqual(g.clusterY - g.radius);
    expect(g.clusterY + g.radius).toBeLessThanOrEqual(g.axisY);
    expect(g.axisY).toBeLessThan(g.height);
  });

  test('gives each lane room for a mark: lanes are further apart than a mark is tall', () => {
    const g = geometry(800, 3);
    expect(laneY(g, 1) - laneY(g, 0)).toBe(g.laneHeight);
    expect(g.laneHeight).toBeGreaterThan(2 * g.radius);
  });
});
