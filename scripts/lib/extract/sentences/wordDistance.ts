const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * How many words stand strictly between two spans of a text (0 when they touch or overlap).
 * @example wordDistance('talks on Wednesday', { start: 0, end: 5 }, { start: 6, end: 18 }) // 0
 */
export function wordDistance(text: string, a: { start: number; end: number }, b: { start: number; end: number }): number {
  const [left, right] = a.start <= b.start ? [a, b] : [b, a];
  if (right.start <= left.end) return 0;
  return text.slice(left.end, right.start).match(WORD)?.length ?? 0;
}
