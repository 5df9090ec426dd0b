import { laneY, type Geometry } from './geometry.ts';
import type { Cluster, Mark } from './layoutMarks.ts';

/** How far from a mark's edge a pointer still counts as on it: fingers are wider than cursors. */
const SLOP = 6;

/**
 * What is under a point of the canvas: the nearest mark within reach, else a cluster's count.
 * A span is hit anywhere along its length.
 * @example hitTest(marks, clusters, g, 120, 24).mark?.event.id
 */
export function hitTest(marks: readonly Mark[], clusters: readonly Cluster[], g: Geometry, px: number, py: number): { mark?: Mark; cluster?: Cluster } {
  let best: Mark | undefined;
  let bestDistance = g.radius + SLOP;
  for (const mark of marks) {
    const dx = px < mark.x0 ? mark.x0 - px : px > mark.x1 ? px - mark.x1 : 0;
    const d = Math.hypot(dx, py - laneY(g, mark.lane));
    if (d < bestDistance) [best, bestDistance] = [mark, d];
  }
  if (best) return { mark: best };
  const cluster = Math.abs(py - g.clusterY) < 12 ? clusters.find((c) => Math.abs(c.x - px) < 16) : undefined;
  return cluster ? { cluster } : {};
}
