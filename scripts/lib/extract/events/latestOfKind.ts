/**
 * The most recent of `items` of one of these kinds that had occurred by the day `by` (any day
 * when absent), by the first day `dayOf` gives; on a tie, the later item of the list. A happening
 * still scheduled or only claimed is not "what last happened".
 * @example latestOfKind(mentions, ['fighting'], (m) => m.time.date, { by: '2025-07-28' })?.time.date // '2025-07-25'
 */
export function latestOfKind<T extends { kind: string; status: string }>(
  items: readonly T[],
  kinds: readonly string[],
  dayOf: (item: T) => string,
  { by, where }: { by?: string; where?: (item: T) => boolean } = {},
): T | undefined {
  let best: T | undefined;
  let bestDay = '';
  for (const item of items) {
    if (!kinds.includes(item.kind) || item.status !== 'occurred' || (where && !where(item))) continue;
    const day = dayOf(item);
    if (by !== undefined && day > by) continue;
    if (best === undefined || day >= bestDay) {
      best = item;
      bestDay = day;
    }
  }
  return best;
}
