const CSS_VARIABLE = /^var\(--([a-z0-9-]+)\)$/;

/**
 * A map drawn by Plot, as SVG markup a strict Content Security Policy accepts: Plot's `<style>`
 * and every `style` attribute removed, paints given as CSS variables turned into classes (as
 * svgMarkup does for the charts). Unlike a chart, a map holds links: the SVG is a named group,
 * each link keeps the name Plot gave it, and every mark without a link is hidden from assistive
 * technology, so a screen reader meets the places and nothing else.
 * @example mapMarkup(Plot.plot({ document, marks }), 'Map of where events happened')
 */
export function mapMarkup(svg: Element, label: string): string {
  if (svg.tagName.toLowerCase() !== 'svg') throw new TypeError(`expected an <svg>, found <${svg.tagName}>`);
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  // Plot names the shape inside a link; the link itself must carry the name to be announced.
  for (const link of svg.querySelectorAll('a')) {
    const named = link.querySelector('[aria-label]');
    if (named && !link.hasAttribute('aria-label')) link.setAttribute('aria-label', named.getAttribute('aria-label')!);
  }
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    element.removeAttribute('style');
    if (element.tagName.toLowerCase() !== 'a') for (const aria of ['aria-label', 'aria-description']) element.removeAttribute(aria);
    for (const paint of ['fill', 'stroke']) {
      const variable = CSS_VARIABLE.exec(element.getAttribute(paint) ?? '');
      if (!variable) continue;
      element.removeAttribute(paint);
      element.classList.add(`${paint}-${variable[1]}`);
    }
  }
  // A tenth of a unit is finer than any screen shows the map at; three decimals were a third of its bytes.
  for (const element of svg.querySelectorAll('path[d], [transform]')) {
    for (const name of ['d', 'transform']) {
      const value = element.getAttribute(name);
      if (value) element.setAttribute(name, value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)));
    }
  }
  for (const group of svg.children) {
    if (!group.querySelector('a')) group.setAttribute('aria-hidden', 'true');
    else group.removeAttribute('aria-hidden');
  }
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.removeAttribute('font-family');
  svg.removeAttribute('font-size');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', label);
  return svg.outerHTML;
}
