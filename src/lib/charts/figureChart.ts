import * as Plot from '@observablehq/plot';
import type { FigureRow } from '../figureSeries.ts';
import { seriesStyle } from './seriesStyle.ts';
import { chartDocument, svgMarkup } from './svgMarkup.ts';

export interface FigureChartOptions {
  /** Label of the y axis. @example 'People killed (as reported)' */
  yLabel: string;
  /** The chart's time span, as UTC milliseconds of Indochina-Time calendar days (see dayRange). */
  domain: [number, number];
  /** Which series (colour and shape) a source file is drawn in, the same on every chart of a page. */
  seriesOf: (source: string) => number;
  /** One-sentence summary read out in place of the picture. */
  label: string;
  /** Formats a count on the y axis. */
  formatCount: (n: number) => string;
  width?: number;
}

const DAY = 86_400_000;
const MONTH = 30.44 * DAY;
const TICK_SPACING = 56;

/** A month interval whose tick labels do not crowd at this width. @example monthTicks(halfYear, 340) // '2 months' */
const monthTicks = ([start, end]: [number, number], width: number) => {
  const every = Math.ceil((end - start) / MONTH / (width / TICK_SPACING));
  return every <= 1 ? 'month' : `${every} months`;
};
const DOT_RADIUS = 4.5;

/**
 * Reported counts over time as SVG: for each figure a symbol at each bound it gives, joined by a
 * rule (an arrow for open-ended figures such as "at least 80"), in its source's colour and shape;
 * a shaded band across the days of events dated only to the month; a dashed box and a note
 * where the sources of one event disagree.
 * @example figureChart(figureSeries(events, 'killed'), { yLabel: 'People killed', … }) // '<svg …>'
 */
export function figureChart(rows: readonly FigureRow[], options: FigureChartOptions): string {
  if (rows.length === 0) throw new RangeError('no figures to chart; say so in text instead');
  const { yLabel, domain, seriesOf, label, formatCount, width = 640 } = options;
  const mid = (r: FigureRow) => (r.start + r.end) / 2;
  const lo = (r: FigureRow) => r.figure.min ?? 0;
  const highest = Math.max(...rows.map((r) => r.figure.max ?? r.figure.min ?? 0));
  // Open-ended figures point up to the top of the chart, just above the highest stated bound.
  const top = highest * 1.25;
  const hi = (r: FigureRow) => r.figure.max ?? top;

  const sources = [...new Set(rows.map((r) => r.figure.citation.source))];
  const step = Math.min(9, 54 / sources.length);
  const perSource = sources.flatMap((source, i) => {
    const { colour, symbol } = seriesStyle(seriesOf(source));
    const mine = rows.filter((r) => r.figure.citation.source === source);
    const dx = (i - (sources.length - 1) / 2) * step;
    const closed = mine.filter((r) => r.figure.max !== undefined);
    const open = mine.filter((r) => r.figure.max === undefined);
    const bounds = [
      ...mine.filter((r) => r.figure.min !== undefined).map((r) => ({ r, y: r.figure.min! })),
      ...closed.filter((r) => r.figure.max !== r.figure.min).map((r) => ({ r, y: r.figure.max! })),
    ];
    return [
      Plot.rect(mine.filter((r) => r.end - r.start > DAY), { x1: 'start', x2: 'end', y1: lo, y2: hi, fill: colour, fillOpacity: 0.12 }),
      Plot.ruleX(closed, { x: mid, y1: lo, y2: hi, dx, stroke: colour, strokeWidth: 2 }),
      Plot.arrow(open, { x1: mid, x2: mid, y1: lo, y2: () => top, dx, stroke: colour, strokeWidth: 2, headLength: 7 }),
      Plot.dot(bounds, { x: (b) => mid(b.r), y: 'y', dx, symbol, r: DOT_RADIUS, fill: colour, stroke: 'var(--bg)', strokeWidth: 1 }),
    ];
  });

  const disputed = [...new Map(rows.filter((r) => r.disputed).map((r) => [r.event.id, r])).values()].map((r) => {
    const group = rows.filter((g) => g.event.id === r.event.id);
    return { x1: r.start, x2: r.end, x: mid(r), y1: Math.min(...group.map(lo)), y2: Math.max(...group.map(hi)) };
  });
  const middle = (domain[0] + domain[1]) / 2;

  const svg = Plot.plot({
    document: chartDocument(),
    width,
    height: Math.max(260, Math.round(width * 0.55)),
    marginLeft: 56,
    marginRight: 24,
    marginTop: 34,
    marginBottom: 36,
    x: { type: 'utc', domain, label: null, ticks: monthTicks(domain, width) },
    y: { domain: [0, top], nice: true, label: yLabel, grid: true, tickFormat: formatCount, labelArrow: 'up' },
    marks: [
      Plot.ruleY([0]),
      Plot.rect(disputed, {
        x1: 'x1',
        x2: 'x2',
        y1: 'y1',
        y2: 'y2',
        insetLeft: -(step * sources.length) / 2 - 10,
        insetRight: -(step * sources.length) / 2 - 10,
        insetTop: -10,
        insetBottom: -10,
        fill: 'none',
        stroke: 'var(--warn-border)',
        strokeDasharray: '4 3',
        strokeWidth: 1.5,
      }),
      ...(['start', 'end'] as const).map((textAnchor) =>
        // A note near the right edge ends at its event, so that it stays inside the chart.
        Plot.text(
          disputed.filter((d) => (d.x > middle) === (textAnchor === 'end')),
          { x: 'x', y: 'y2', dy: -16, text: () => 'Sources differ', textAnchor, fill: 'var(--text)', fontWeight: 'bold' },
        ),
      ),
      ...perSource,
    ],
  });
  return svgMarkup(svg as unknown as Element, label);
}
