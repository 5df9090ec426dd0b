import * as Plot from '@observablehq/plot';
import type { FigureRow } from '../figureSeries.ts';
import { seriesStyle } from './seriesStyle.ts';
import { chartDocument, svgMarkup } from './svgMarkup.ts';
import { DAY_MS } from '../dayMs.ts';

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
  /** Writes a month tick (UTC; `index` 0 the first) in the page's language; Plot's English by default. */
  formatMonth?: (month: Date, index: number) => string;
  /** The note over an event whose sources differ, in the page's language. */
  differ?: string;
}

const MONTH = 30.44 * DAY_MS;
/** Names the notes over disagreements while the chart is drawn; the markup does not keep it. */
const NOTE_CLASS = 'differ-note';
const TICK_SPACING = 56;

/** A month interval whose tick labels do not crowd at this width. @example monthTicks(halfYear, 340) // '2 months' */
const monthTicks = ([start, end]: [number, number], width: number) => {
  const every = Math.ceil((end - start) / MONTH / (width / TICK_SPACING));
  return every <= 1 ? 'month' : `${every} months`;
};
const DOT_RADIUS = 4.5;
const MARGIN = { top: 34, right: 24, bottom: 36, left: 56 };
/** Pixels between figures reported for one event, and at most between the outermost two. */
const SLOT = 10;
const MAX_SPREAD = 60;
const BOX_PADDING = 10;
/** How far the dashed box of a disagreement reaches above and below its figures. */
const BOX_INSET = 10;
/** Pixels between the bottom of a disagreement's note and the top of its box. */
const NOTE_GAP = 4;

/**
 * Reported counts over time as SVG: for each figure a symbol at each bound it gives, joined by a
 * rule (an arrow for open-ended figures such as "at least 80"), in its source's colour and shape,
 * the figures of one event side by side; a shaded band across the days of events dated only to the month; a dashed box and a note
 * where the sources of one event disagree.
 * @example figureChart(figureSeries(events, 'killed'), { yLabel: 'People killed', … }) // '<svg …>'
 */
export function figureChart(rows: readonly FigureRow[], options: FigureChartOptions): string {
  if (rows.length === 0) throw new RangeError('no figures to chart; say so in text instead');
  const { yLabel, domain, seriesOf, label, formatCount, width = 640, formatMonth, differ = 'Sources differ' } = options;
  const lo = (r: FigureRow) => r.figure.min ?? 0;
  const highest = Math.max(...rows.map((r) => r.figure.max ?? r.figure.min ?? 0));
  // Open-ended figures point up to the top of the chart, just above the highest stated bound.
  const top = highest * 1.25;
  const hi = (r: FigureRow) => r.figure.max ?? top;

  // Figures reported for one event stand side by side, a few pixels apart, grouped by source,
  // so that two sources (or two numbers in one article) never hide each other.
  const msPerPixel = (domain[1] - domain[0]) / (width - MARGIN.left - MARGIN.right);
  const slot = new Map<FigureRow, number>();
  const spread = new Map<string, number>();
  for (const id of new Set(rows.map((r) => r.event.id))) {
    const group = rows
      .filter((r) => r.event.id === id)
      .sort((a, b) => seriesOf(a.figure.citation.source) - seriesOf(b.figure.citation.source));
    const step = group.length > 1 ? Math.min(SLOT, MAX_SPREAD / (group.length - 1)) : 0;
    group.forEach((r, i) => slot.set(r, (i - (group.length - 1) / 2) * step));
    spread.set(id, ((group.length - 1) / 2) * step);
  }
  const x = (r: FigureRow) => (r.start + r.end) / 2 + slot.get(r)! * msPerPixel;

  const sources = [...new Set(rows.map((r) => r.figure.citation.source))];
  const perSource = sources.flatMap((source) => {
    const { colour, symbol } = seriesStyle(seriesOf(source));
    const mine = rows.filter((r) => r.figure.citation.source === source);
    const closed = mine.filter((r) => r.figure.max !== undefined);
    const open = mine.filter((r) => r.figure.max === undefined);
    const bounds = [
      ...mine.filter((r) => r.figure.min !== undefined).map((r) => ({ r, y: r.figure.min! })),
      ...closed.filter((r) => r.figure.max !== r.figure.min).map((r) => ({ r, y: r.figure.max! })),
    ];
    return [
      Plot.rect(mine.filter((r) => r.end - r.start > DAY_MS), { x1: 'start', x2: 'end', y1: lo, y2: hi, fill: colour, fillOpacity: 0.12 }),
      Plot.ruleX(closed, { x, y1: lo, y2: hi, stroke: colour, strokeWidth: 2 }),
      Plot.arrow(open, { x1: x, x2: x, y1: lo, y2: () => top, stroke: colour, strokeWidth: 2, headLength: 7 }),
      Plot.dot(bounds, { x: (b) => x(b.r), y: 'y', symbol, r: DOT_RADIUS, fill: colour, stroke: 'var(--bg)', strokeWidth: 1 }),
    ];
  });

  const disputed = [...new Map(rows.filter((r) => r.disputed).map((r) => [r.event.id, r])).values()].map((r) => {
    const group = rows.filter((g) => g.event.id === r.event.id);
    const pad = (spread.get(r.event.id)! + BOX_PADDING) * msPerPixel;
    const centre = (r.start + r.end) / 2;
    return {
      x1: Math.min(r.start, centre - pad),
      x2: Math.max(r.end, centre + pad),
      x: centre,
      y1: Math.min(...group.map(lo)),
      y2: Math.max(...group.map(hi)),
    };
  });
  const middle = (domain[0] + domain[1]) / 2;

  const svg = Plot.plot({
    document: chartDocument(),
    width,
    height: Math.max(260, Math.round(width * 0.55)),
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginTop: MARGIN.top,
    marginBottom: MARGIN.bottom,
    x: { type: 'utc', domain, label: null, ticks: monthTicks(domain, width), ...(formatMonth ? { tickFormat: formatMonth } : {}) },
    y: { domain: [0, top], nice: true, label: yLabel, grid: true, tickFormat: formatCount, labelArrow: 'up' },
    marks: [
      Plot.ruleY([0]),
      Plot.rect(disputed, {
        x1: 'x1',
        x2: 'x2',
        y1: 'y1',
        y2: 'y2',
        insetTop: -BOX_INSET,
        insetBottom: -BOX_INSET,
        fill: 'none',
        stroke: 'var(--warn-border)',
        strokeDasharray: '4 3',
        strokeWidth: 1.5,
      }),
      ...(['start', 'end'] as const).map((textAnchor) =>
        // A note near the right edge ends at its event, so that it stays inside the chart. Its
        // bottom stands above the box by the font's own descent (see NOTE_CLASS below), not by a
        // guess in ems: Khmer's subscripts reach far below the baseline, and touched the arrows.
        Plot.text(
          disputed.filter((d) => (d.x > middle) === (textAnchor === 'end')),
          { x: 'x', y: 'y2', dy: -(BOX_INSET + NOTE_GAP), lineAnchor: 'bottom', text: () => differ, textAnchor, fill: 'var(--text)', fontWeight: 'bold', className: NOTE_CLASS },
        ),
      ),
      ...perSource,
    ],
  });
  // The bottom of each note's line box, as the font measures it, at the note's y: below the
  // baseline by the font's descent, whatever the script.
  for (const note of (svg as unknown as Element).querySelectorAll(`.${NOTE_CLASS}`)) {
    note.setAttribute('dominant-baseline', 'text-after-edge');
    note.removeAttribute('class');
  }
  return svgMarkup(svg as unknown as Element, label);
}
