import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { KIND_LABELS, KINDS } from '../../src/lib/ontology.ts';
import { precisionOf } from '../../src/lib/partialDate.ts';
import { builtFile } from '../helpers/builtSites.ts';

const html = await readFile(builtFile('figures/index.html'), 'utf8');
const { document } = parseHTML(html);
const data = EventsFile.parse(JSON.parse(await readFile('data/events.json', 'utf8')));
const MEASURES = ['killed', 'displaced'] as const;

/** Each reported figure of a measure as one comparable line. */
const reported = (measure: string) =>
  data.events
    .flatMap((e) => e.figures.filter((f) => f.measure === measure && f.unit === 'people').map((f) => ({ e, f })))
    .map(({ e, f }) => [e.id, f.citation.source, f.min ?? '', f.max ?? '', f.qualifier, `“${f.text}”`].join(' | '))
    .sort();
const shown = (table: Element) =>
  [...table.querySelectorAll('tbody tr')]
    .map((tr) =>
      [
        tr.getAttribute('data-event'),
        tr.getAttribute('data-source'),
        tr.getAttribute('data-min') ?? '',
        tr.getAttribute('data-max') ?? '',
        tr.getAttribute('data-qualifier'),
        tr.querySelector('.as-written')!.textContent!.trim(),
      ].join(' | '),
    )
    .sort();

describe('the built figures page, as HTML', () => {
  test.each(MEASURES)('draws one chart of %s with a table of every figure the data reports', (measure) => {
    const figures = reported(measure);
    const charts = document.querySelectorAll(`figure.chart[data-measure="${measure}"]`);
    if (figures.length === 0) {
      expect(charts).toHaveLength(0);
      expect(document.querySelector(`#chart-${measure} .no-data`)!.textContent).toMatch(/No source/);
      return;
    }
    expect(charts).toHaveLength(1);
    const chart = charts[0]!;
    expect(chart.querySelector('figcaption')!.textContent!.trim()).not.toBe('');
    for (const svg of chart.querySelectorAll('svg[role="img"]')) {
      expect(svg.getAttribute('aria-label')).toMatch(new RegExp(`^${figures.length} reported figures? of `));
      expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
      expect(svg.hasAttribute('width')).toBe(false);
    }
    // The table follows the figure, in the same section, so it reads on its own too.
    const tables = document.getElementById(`chart-${measure}`)!.querySelectorAll('table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.querySelector('caption')!.textContent).toMatch(`${figures.length} reported`);
    expect(shown(tables[0]!)).toEqual(figures);
  });

  test('shows no empty chart: a measure without figures is said so in words', () => {
    for (const measure of MEASURES) {
      const section = document.getElementById(`chart-${measure}`)!;
      expect(section.querySelector('svg') !== null).toBe(reported(measure).length > 0);
    }
  });

  test('links every table row to its event and to the quoted passage of its source', () => {
    const rows = [...document.querySelectorAll('.chart-data tbody tr[data-source]')];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const file = row.getAttribute('data-source')!;
      const sourceLinks = [...row.querySelectorAll('a[href^="/sources/"]')].map((a) => a.getAttribute('href'));
      expect(sourceLinks).toHaveLength(1);
      expect(sourceLinks[0]).toMatch(new RegExp(`^/sources/${encodeURIComponent(file).replace(/\./g, '\\.')}/#p-\\d+-\\d+$`));
      expect(row.querySelector('th[scope="row"] a')!.getAttribute('href')).toBe(`/events/${row.getAttribute('data-event')}/`);
    }
    for (const a of document.querySelectorAll('main a[href*="/sources/"]')) {
      expect(a.getAttribute('href')).toMatch(/^\/sources\/[^/]+\/#p-\d+-\d+$/);
    }
  });

  test('counts every event dated to the day in the weekly chart, and names the others', () => {
    const chart = document.querySelector('figure.chart[data-chart="weekly"]')!;
    const totals = [...document.querySelectorAll('#chart-weekly .chart-data tbody td.total')].map((td) => Number(td.textContent));
    const byDay = data.events.filter((e) => precisionOf(e.date) === 'day');
    expect(totals.reduce((a, b) => a + b, 0)).toBe(byDay.length);
    const named = [...chart.querySelectorAll('figcaption a')].map((a) => a.getAttribute('href'));
    expect(named).toEqual(data.events.filter((e) => !byDay.includes(e)).map((e) => `/events/${e.id}/`));
    expect(chart.querySelectorAll('svg[role="img"] rect[class^="fill-kind-"]').length).toBeGreaterThan(0);
  });

  test('draws the weekly chart as one row for each kind counted, named in words, in the ontology\'s order', () => {
    const counted = KINDS.filter((k) => data.events.some((e) => e.kind === k && precisionOf(e.date) === 'day'));
    for (const svg of document.querySelectorAll('figure.chart[data-chart="weekly"] svg[role="img"]')) {
      const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
      expect(texts.filter((t) => (Object.values(KIND_LABELS) as string[]).includes(t!))).toEqual(counted.map((k) => KIND_LABELS[k]));
      expect(new Set([...svg.querySelectorAll('rect[class^="fill-kind-"]')].map((r) => r.getAttribute('class')!.split(' ')[0]))).toEqual(new Set(counted.map((k) => `fill-kind-${k}`)));
    }
  });

  test('gives every table a caption and scoped headers', () => {
    const tables = [...document.querySelectorAll('main table')];
    expect(tables.length).toBe(document.querySelectorAll('figure.chart').length);
    for (const table of tables) {
      expect(table.querySelector('caption')!.textContent!.trim()).not.toBe('');
      for (const th of table.querySelectorAll('th')) expect(['col', 'row']).toContain(th.getAttribute('scope'));
    }
  });

  test('ships no script, no inline style attributes and no style element inside the charts', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(document.querySelectorAll('[style]')).toHaveLength(0);
    expect(document.querySelectorAll('svg style')).toHaveLength(0);
  });

  test('colours charts from the stylesheet: no colour is written into the SVG', () => {
    for (const element of document.querySelectorAll('.chart-frame svg, .chart-frame svg *')) {
      for (const paint of ['fill', 'stroke']) {
        const value = element.getAttribute(paint);
        if (value !== null) expect(['currentColor', 'none']).toContain(value);
      }
    }
  });
});
