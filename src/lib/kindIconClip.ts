import type { Kind } from './eventSchema.ts';
import { kindSymbolPaths } from './kindSymbolPaths.ts';

/** The radius KindIcon draws its shapes at, in its 14 px box (ICON_SIZE / 2 - 2). */
const RADIUS = 5;
/** The icon's box is the shape's outline: the shape grown by half an SVG stroke of 1.2. */
const OUTER = (RADIUS + 0.6) / RADIUS;
const SIZE = 14;

const percent = (v: number) => `${Number(((0.5 + (v * OUTER) / SIZE) * 100).toFixed(2))}%`;

/** The corners of a path of M, L, h, v and Z commands (every shape but the circle), in order. */
export function corners(path: string): [number, number][] {
  const points: [number, number][] = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of path.matchAll(/([MLhvZ])([^MLhvZ]*)/g)) {
    const n = args!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (command === 'M' || command === 'L') [x, y] = [n[0]!, n[1]!];
    else if (command === 'h') x += n[0]!;
    else if (command === 'v') y += n[0]!;
    else continue;
    points.push([x, y]);
  }
  return points;
}

/**
 * A CSS `clip-path` of one kind's shape (kindSymbolPaths at radius 5), in percentages of the box
 * it clips, which is the shape's outline: KindIcon.css paints an icon as an empty element in two
 * clipped layers, the outline colour in the icon's box and the fill in a box inset inside it, so
 * the same value draws both. No image: a CSS mask is an image that each page decodes before its
 * load event (a41cea6), and an inline SVG is two elements, twice an event in the list.
 * @example kindIconClip('M0,-5L5,5L-5,5Z') // 'polygon(50% 10%, 90% 90%, 10% 90%)'
 */
export function kindIconClip(path: string): string {
  if (path.includes('A')) {
    // The circle: its radius from the path's first point.
    const r = Math.abs(Number(/^M(-?[\d.]+)/.exec(path)![1]));
    return `circle(${Number((((r * OUTER) / SIZE) * 100).toFixed(2))}%)`;
  }
  return `polygon(${corners(path).map(([x, y]) => `${percent(x)} ${percent(y)}`).join(', ')})`;
}

/**
 * Each kind's line of KindIcon.css, as tests/kindStyles.test.ts expects to find it.
 * @example kindIconClipRules()[0] // '.kind-icon.kind-fighting { --shape: polygon(…); }'
 */
export function kindIconClipRules(): string[] {
  return kindSymbolPaths(RADIUS).map(([kind, path]: readonly [Kind, string]) => `.kind-icon.kind-${kind} { --shape: ${kindIconClip(path)}; }`);
}
