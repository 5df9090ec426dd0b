import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import { chartDocument, svgMarkup } from '../src/lib/charts/svgMarkup.ts';

const plot = (marks: Plot.Markish[]) => Plot.plot({ document: chartDocument(), width: 200, height: 100, marks }) as unknown as Element;

describe('svgMarkup', () => {
  test('removes Plot’s style element and inline styles, and labels the SVG as one image', () => {
    const svg = plot([Plot.dot([1, 2, 3], { x: (d: number) => d, y: (d: number) => d })]);
    svg.setAttribute('style', 'color: red');
    const markup = svgMarkup(svg, 'Three dots');
    expect(markup).not.toMatch(/<style|style=/);
    expect(markup).toMatch(/^<svg [^>]*role="img"/);
    expect(markup).toContain('aria-label="Three dots"');
    expect(markup).toContain('viewBox="0 0 200 100"');
    expect(markup.match(/aria-/g)).toEqual(['aria-']);
    expect(markup).not.toMatch(/<svg [^>]*(?:width|height|font-size)=/);
  });

  test.each([
    { paint: 'fill', value: 'var(--kind-talks)', className: 'fill-kind-talks' },
    { paint: 'stroke', value: 'var(--series-1)', className: 'stroke-series-1' },
  ])('turns $paint="$value" into the class $className', ({ paint, value, className }) => {
    const markup = svgMarkup(plot([Plot.dot([1], { y: (d: number) => d, r: 3, [paint]: value })]), 'A dot');
    expect(markup).toContain(`class="${className}"`);
    expect(markup).not.toContain('var(--');
  });

  test('keeps paints that are not variables', () => {
    expect(svgMarkup(plot([Plot.ruleY([1], { stroke: 'currentColor' })]), 'A rule')).toContain('stroke="currentColor"');
  });

  test('refuses what is not an SVG element', () => {
    expect(() => svgMarkup(chartDocument().createElement('div'), 'x')).toThrow('expected an <svg>, found <');
  });
});
