/**
 * Widths, in SVG units, each chart is drawn at. A phone gets its own drawing rather than a
 * shrunken desktop one, so labels stay readable; charts.css shows one of the two by viewport width.
 */
export const CHART_WIDTHS = { wide: 640, narrow: 340 } as const;
