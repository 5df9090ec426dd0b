import { isRealDay } from '../../../../src/lib/partialDate.ts';

/**
 * The day a news page's address gives, as most publishing systems write it into the path:
 * "/2024/03/14/", "/2024-03-14-", "…-20240314-…". A month alone ("/2024/03/") gives no day. The
 * day must be a real one, up to `latest` (YYYY-MM-DD): an eight-digit article number is
 * not a date. Returned as YYYY-MM-DD.
 * @example dayFromUrl('https://example.org/world/2024/03/14/border-clash', '2026-12-01') // '2024-03-14'
 */
export function dayFromUrl(url: string, latest: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  for (const m of path.matchAll(DAY_IN_PATH)) {
    const [y, mo, d] = [m[1] ?? m[4] ?? m[7], m[2] ?? m[5] ?? m[8], m[3] ?? m[6] ?? m[9]] as [string, string, string];
    const day = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
    if (isRealDay(day) && day <= latest) return day;
  }
  return undefined;
}

// "/2024/03/14/" (the day a segment of its own, or followed by the slug), "2024-03-14" or
// "2024_03_14" set off by separators, and "20240314" set off by separators.
const DAY_IN_PATH =
  /\/((?:19|20)\d\d)\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)|(?:^|[/_.-])((?:19|20)\d\d)[-_](0[1-9]|1[0-2])[-_](0[1-9]|[12]\d|3[01])(?=[/_.-]|$)|(?:^|[/_.-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/g;
