import type { Kind } from './eventSchema.ts';
import { KIND_STYLES } from './kindStyles.ts';
import { shapePath } from './shapePath.ts';

const drawn = new Map<number, readonly (readonly [Kind, string])[]>();

/**
 * Each kind's outline at radius `r`, in the order of KIND_STYLES, drawn once per radius: the kind
 * icons' clip paths in KindIcon.css are made from these (kindIconClip), so the icons, the legend
 * and the timeline's marks share one drawing of each shape.
 * @example kindSymbolPaths(5)[0] // ['fighting', 'M…Z']
 */
export function kindSymbolPaths(r: number): readonly (readonly [Kind, string])[] {
  let paths = drawn.get(r);
  if (!paths) drawn.set(r, (paths = (Object.keys(KIND_STYLES) as Kind[]).map((kind) => [kind, shapePath(KIND_STYLES[kind].shape, r)] as const)));
  return paths;
}
