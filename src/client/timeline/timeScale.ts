/** A linear map from time (UTC ms) to pixels, as small as the timeline needs. */
export interface TimeScale {
  (time: number): number;
  invert(px: number): number;
  domain(): [number, number];
  range(): [number, number];
}

/**
 * A linear time scale. d3-scale's would bring d3-format and d3-array for tick formatting this
 * timeline does not use (its ticks come from d3-time and luxon), about 4 KB gzipped.
 * @example timeScale([0, 10], [0, 100])(5) // 50
 */
export function timeScale(domain: [number, number], range: [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0 || 1);
  const scale = ((time: number) => r0 + (time - d0) * k) as TimeScale;
  scale.invert = (px) => d0 + (px - r0) / k;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  return scale;
}

/**
 * The scale seen through a zoom transform, like d3-zoom's `transform.rescaleX`.
 * @example rescale(timeScale([0, 10], [0, 100]), { k: 2, x: 0 }).domain() // [0, 5]
 */
export function rescale(scale: TimeScale, transform: { k: number; x: number }): TimeScale {
  const [r0, r1] = scale.range();
  const domain: [number, number] = [scale.invert((r0 - transform.x) / transform.k), scale.invert((r1 - transform.x) / transform.k)];
  return timeScale(domain, [r0, r1]);
}
