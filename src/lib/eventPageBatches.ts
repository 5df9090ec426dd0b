/** How many event pages one Astro page of a build renders (see src/integrations/eventPages.ts). */
export const EVENT_PAGES_PER_BATCH = 200;

/** A batch's route id; never an event's, whose ids are slugs of a–z, 0–9 and hyphens. @example batchId(3) // '_pages-3' */
export const batchId = (batch: number) => `_pages-${batch}`;

/**
 * The batches of a build's event pages, as indices into the timeline's events, in order. The
 * first batch renders the first event twice: the first copy carries the head that Astro writes
 * once per rendered page, the second is written as every other page of a batch is, and both
 * are checked against the first event's page as Astro renders it alone.
 * @example eventPageBatches(5, 2) // [[0, 0, 1], [2, 3], [4]]
 */
export function eventPageBatches(count: number, size = EVENT_PAGES_PER_BATCH): number[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`eventPageBatches: invalid size ${size} (expected a positive integer)`);
  const batches: number[][] = [];
  for (let start = 0; start < count; start += size) {
    batches.push(Array.from({ length: Math.min(size, count - start) }, (_, i) => start + i));
  }
  batches[0]?.unshift(0);
  return batches;
}
