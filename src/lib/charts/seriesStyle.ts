/** Colours (CSS variables `--series-<n>`, defined in charts.css) and Plot symbols for the sources of a chart. */
const COLOURS = 6;
const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye'] as const;

export type SeriesSymbol = (typeof SYMBOLS)[number];

/**
 * How the n-th source is drawn; colour and shape both change, so no source is told by colour alone.
 * @example seriesStyle(1) // { colour: 'var(--series-1)', className: 'series-1', symbol: 'square' }
 */
export function seriesStyle(n: number): { colour: string; className: string; symbol: SeriesSymbol } {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`expected a series number ≥ 0, found ${n}`);
  return { colour: `var(--series-${n % COLOURS})`, className: `series-${n % COLOURS}`, symbol: SYMBOLS[n % SYMBOLS.length]! };
}
