import type { Chunk, Structure } from './readStructure.ts';

/**
 * The noun or verb chunk of a sentence's structure that the token at `i` belongs to; none for a
 * token outside the structure's sentence or in no chunk (a comma, a conjunction).
 * @example chunkAtToken(readStructure(tagText('Rebels shelled the town'), 0, 4), 3)?.start // 2
 */
export function chunkAtToken(s: Structure, i: number): Chunk | undefined {
  const k = i >= s.start && i < s.end ? s.chunkOf[i - s.start]! : -1;
  return k >= 0 ? s.chunks[k] : undefined;
}
