import { describe, expect, test } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { rescale, timeScale } from '../../src/client/timeline/timeScale.ts';

describe('timeScale', () => {
  test('maps time to pixels linearly and back', () => {
    const x = timeScale([1_000, 2_000], [10, 110]);
    expect([x(1_000), x(1_500), x(2_000), x(2_500)]).toEqual([10, 60, 110, 160]);
    expect(x.invert(60)).toBe(1_500);
    expect([x.domain(), x.range()]).toEqual([[1_000, 2_000], [10, 110]]);
  });

  test('maps an empty domain to the range’s start instead of dividing by zero', () => {
    expect(timeScale([5, 5], [0, 100])(5)).toBe(0);
  });
});

describe('rescale', () => {
  test('shows through a zoom transform the domain d3-zoom’s rescaleX would', () => {
    const x = timeScale([0, 1_000], [0, 500]);
    for (const transform of [zoomIdentity, zoomIdentity.scale(2), zoomIdentity.translate(-250, 0).scale(4)]) {
      const seen = rescale(x, transform);
      // A pixel of the zoomed view shows the time the base scale puts at the pixel before the transform.
      for (const px of [0, 125, 500]) expect(seen.invert(px)).toBeCloseTo(x.invert(transform.invertX(px)), 6);
    }
  });

  test('keeps the range: the view is as wide as before', () => {
    expect(rescale(timeScale([0, 10], [8, 792]), { k: 3, x: -100 }).range()).toEqual([8, 792]);
  });
});
