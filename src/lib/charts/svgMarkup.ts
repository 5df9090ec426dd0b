import { parseHTML } from 'linkedom';

/** A DOM for Observable Plot to draw into at build time; nothing runs in the reader's browser. */
export function chartDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

const CSS_VARIABLE = /^var\(--([a-z0-9-]+)\)$/;

/**
 * A chart drawn by Plot, as SVG markup that a strict Content Security Policy accepts and the
 * site's stylesheet colours: Plot's `<style>` element and every `style` attribute are removed, a
 * paint given as a CSS variable (`fill="var(--kind-talks)"`) becomes a class (`fill-kind-talks`),
 * since presentation attributes do not reliably resolve variables, and the SVG is labelled as one
 * image, its parts unnamed.
 * @example svgMarkup(Plot.plot({ document, marks }), 'Reported deaths, July to December 2025')
 */
export function svgMarkup(svg: Element, label: string): string {
  if (svg.tagName.toLowerCase() !== 'svg') throw new TypeError(`expected an <svg>, found <${svg.tagName}>`);
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    element.removeAttribute('style');
    // Plot names each mark for screen readers; inside one image those names are not allowed.
    if (element !== svg) for (const aria of ['aria-label', 'aria-description', 'aria-hidden']) element.removeAttribute(aria);
    for (const paint of ['fill', 'stroke']) {
      const variable = CSS_VARIABLE.exec(element.getAttribute(paint) ?? '');
      if (!variable) continue;
      element.removeAttribute(paint);
      element.classList.add(`${paint}-${variable[1]}`);
    }
  }
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.removeAttribute('font-family');
  svg.removeAttribute('font-size');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  return svg.outerHTML;
}
