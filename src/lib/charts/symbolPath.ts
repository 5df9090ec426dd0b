import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye } from 'd3';
import type { SeriesSymbol } from './seriesStyle.ts';

// The d3 symbol types Plot draws for these names, so a legend or table matches the marks.
const TYPES = { circle: symbolCircle, square: symbolSquare, triangle: symbolTriangle, diamond: symbolDiamond, star: symbolStar, cross: symbolCross, wye: symbolWye };

/**
 * An SVG path of a Plot symbol centred on 0,0, for legends drawn outside the chart.
 * @example symbolPath('square', 4.5) // 'M-3.988,-3.988h7.976v7.976h-7.976Z'
 */
export function symbolPath(name: SeriesSymbol, radius: number): string {
  return symbol(TYPES[name], Math.PI * radius * radius)()!;
}
