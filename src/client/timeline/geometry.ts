/** Where things are drawn on the canvas, in CSS pixels. */
export interface Geometry {
  width: number;
  height: number;
  /** Top of the first lane. */
  top: number;
  laneHeight: number;
  lanes: number;
  /** Middle of the row of cluster counts, under the lanes. */
  clusterY: number;
  /** The time axis's line; tick labels hang under it. */
  axisY: number;
  /** Half the size of a mark. */
  radius: number;
}

const LANE_HEIGHT = 24;
const RADIUS = 7;
const TOP = 12;
const CLUSTER_ROW = 26;
const AXIS = 30;

/**
 * The drawing's layout for a width and a number of lanes.
 * @example geometry(800, 3).height // 12 + 3 × 24 + 26 + 30 = 140
 */
export function geometry(width: number, lanes: number): Geometry {
  const height = TOP + lanes * LANE_HEIGHT + CLUSTER_ROW + AXIS;
  return { width, height, top: TOP, laneHeight: LANE_HEIGHT, lanes, clusterY: TOP + lanes * LANE_HEIGHT + 12, axisY: height - AXIS, radius: RADIUS };
}

/**
 * The middle of a lane, where its marks and titles are drawn.
 * @example laneY(geometry(800, 3), 1) // 12 + 24 + 12 = 48
 */
export function laneY(g: Geometry, lane: number): number {
  return g.top + lane * g.laneHeight + g.laneHeight / 2;
}
