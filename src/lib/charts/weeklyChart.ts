import * as Plot from '@observablehq/plot';
import { dayRange } from '../dayRange.ts';
import { KINDS } from '../eventSchema.ts';
import type { WeeklyCounts } from '../weeklyCounts.ts';
import { chartDocument, svgMarkup } from './svgMarkup.ts';
import { DAY_MS } from '../dayMs.ts';

export interface WeeklyChartOptions {
  /** One-sentence summary read out in place of the picture. */
  label: string;
  /** Formats the Monday of a week on the x axis. */
  formatWeek: (week: string) => string;
  width?: number;
}

const WEEK = 7 * DAY_MS;
const TICK_SPACING = 64;

/**
 * Events per week as SVG bars stacked by kind, in the schema's order of kinds and each kind's
 * colour (`--kind-<kind>`); weeks with no events stay as gaps.
 * @example weeklyChart(weeklyCounts(events), { label: 'Events per week…', formatWeek }) // '<svg …>'
 */
export function weeklyChart({ weeks, counts }: WeeklyCounts, options: WeeklyChartOptions): string {
  if (weeks.length === 0) throw new RangeError('no weeks to chart; say so in text instead');
  const { label, formatWeek, width = 640 } = options;
  const monday = (week: string) => dayRange(week)[0];
  const tallest = Math.max(...weeks.map((w) => counts.filter((c) => c.week === w).reduce((sum, c) => sum + c.count, 0)));
  const every = Math.ceil(weeks.length / Math.floor(width / TICK_SPACING));
  const svg = Plot.plot({
    document: chartDocument(),
    width,
    height: Math.max(220, Math.round(width * 0.45)),
    marginLeft: 40,
    marginRight: 24,
    marginTop: 28,
    marginBottom: 36,
    x: {
      type: 'utc',
      domain: [monday(weeks[0]!), monday(weeks.at(-1)!) + WEEK],
      ticks: weeks.filter((_, i) => i % every === 0).map(monday),
      tickFormat: (d: Date) => formatWeek(new Date(d).toISOString().slice(0, 10)),
      label: 'Week beginning (Monday, Indochina Time)',
      labelAnchor: 'left',
      labelArrow: 'none',
    },
    y: {
      domain: [0, tallest],
      ticks: Array.from({ length: tallest + 1 }, (_, i) => i).filter((i) => i % Math.ceil(tallest / 6) === 0),
      tickFormat: 'd',
      label: 'Events',
      labelArrow: 'up',
      grid: true,
    },
    marks: [
      Plot.rectY(counts, {
        x: (c) => monday(c.week),
        interval: 'monday',
        y: 'count',
        z: 'kind',
        order: [...KINDS],
        fill: (c) => `var(--kind-${c.kind})`,
        stroke: 'var(--bg)',
        strokeWidth: 1,
        insetLeft: 2,
        insetRight: 2,
      }),
      Plot.ruleY([0]),
    ],
  });
  return svgMarkup(svg as unknown as Element, label);
}
