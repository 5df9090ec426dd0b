import type { Mention } from '../mentions/buildMentions.ts';

/**
 * Whether two measures one article tells are of different types, and so two measures: "Arland put
 * the country under martial law and called up its reservists on Sunday", and below, "its air
 * defences brought down two Borean drones". Across articles the types say less: one report's
 * "drills" is another's "deployment" of the same ships, and a retelling keeps its group.
 * @example otherMeasure({ kind: 'measure', type: 'decision', source: 'a.txt' }, { kind: 'measure', type: 'deployment', source: 'a.txt' }) // true
 */
export const otherMeasure = (a: Pick<Mention, 'kind' | 'type' | 'source'>, b: Pick<Mention, 'kind' | 'type' | 'source'>): boolean =>
  a.kind === 'measure' && b.kind === 'measure' && a.source === b.source && a.type !== undefined && b.type !== undefined && a.type !== b.type;
