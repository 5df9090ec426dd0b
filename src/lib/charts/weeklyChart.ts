import * as Plot from '@observablehq/plot';
import { dayRange } from '../dayRange.ts';
import { KIND_LABELS, KINDS, type Kind } from '../ontology.ts';
import type { WeeklyCounts } from '../weeklyCounts.ts';
import { chartDocument, svgMarkup } from './svgMarkup.ts';
import { DAY_MS } from '../dayMs.ts';

export interface WeeklyChartOptions {
  /** One-sentence summary read out in place of the picture. */
  label: string;
  /** Formats the Monday of a week on the x axis. */
  formatWeek: (week: string) => string;
  width?: number;
  /** Each row's name and the x axis's, in the page's language; English by default. */
  kindLabel?: (kind: Kind) => string;
  axisLabel?: string;
}

const WEEK = 7 * DAY_MS;
const TICK_SPACING = 64;
/** Height of one kind's row: its name above, its bars below. */
const ROW = 46;
const LABEL = 16;
const MARGIN = { top: 8, right: 32, bottom: 36, left: 20 };

/**
 * Events per week as SVG: one row of bars per kind that has any, in the ontology's order, each
 * row named in words and drawn in its kind's colour (`--kind-<kind>`). Twelve kinds share eight
 * colours, so a row's name, not its colour, says which kind it is; weeks with no events stay gaps.
 * @example weeklyChart(weeklyCounts(events), { label: 'Events per week…', formatWeek }) // '<svg …>'
 */
export function weeklyChart({ weeks, counts }: WeeklyCounts, options: WeeklyChartOptions): string {
  if (weeks.length === 0) throw new RangeError('no weeks to chart; say so in text instead');
  const { label, formatWeek, width = 640, kindLabel = (k: Kind) => KIND_LABELS[k], axisLabel = 'Week beginning (Monday, Indochina Time)' } = options;
  const monday = (week: string) => dayRange(week)[0];
  const kinds: Kind[] = KINDS.filter((k) => counts.some((c) => c.kind === k));
  const tallest = Math.max(...counts.map((c) => c.count));
  const every = Math.ceil(weeks.length / Math.floor(width / TICK_SPACING));
  // Bars as wide as a week allows: gaps and outlines only where a week is wide enough to keep its colour.
  const weekWidth = (width - MARGIN.left - MARGIN.right) / (weeks.length + 1);
  const gap = weekWidth > 8 ? 1.5 : 0;
  const svg = Plot.plot({
    document: chartDocument(),
    width,
    height: MARGIN.top + MARGIN.bottom + kinds.length * ROW,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    fy: { domain: kinds, axis: null, padding: 0.12 },
    x: {
      type: 'utc',
      domain: [monday(weeks[0]!), monday(weeks.at(-1)!) + WEEK],
      ticks: weeks.filter((_, i) => i % every === 0).map(monday),
      tickFormat: (d: Date) => formatWeek(new Date(d).toISOString().slice(0, 10)),
      label: axisLabel,
      labelAnchor: 'left',
      labelArrow: 'none',
    },
    // Each row's scale is read off its top line: the most events any kind had in one week.
    y: {
      domain: [0, tallest],
      insetTop: LABEL,
      axis: 'right',
      ticks: [tallest],
      tickFormat: 'd',
      label: null,
      grid: true,
    },
    marks: [
      Plot.rectY(counts, {
        x: (c) => monday(c.week),
        interval: 'monday',
        y: 'count',
        fy: 'kind',
        fill: (c) => `var(--kind-${c.kind})`,
        ...(weekWidth > 8 ? { stroke: 'var(--text)', strokeWidth: 0.75 } : {}),
        insetLeft: gap,
        insetRight: gap,
      }),
      Plot.ruleY([0]),
      Plot.text(kinds, {
        fy: (k: Kind) => k,
        text: kindLabel,
        frameAnchor: 'top-left',
        textAnchor: 'start',
        lineAnchor: 'top',
        dx: -MARGIN.left + 4,
        fill: 'var(--text)',
        fontWeight: 600,
      }),
    ],
  });
  return svgMarkup(svg as unknown as Element, label);
}
