const ELLIPSIS = '…';

/**
 * The title as it fits in `room` pixels: whole if it can be, else cut after the last whole word
 * that leaves room for an ellipsis, else nothing. Never cut inside a word: a reader can guess a
 * missing end of a title, not a word's.
 * @example fitLabel('Border talks begin', 80, (t) => t.length * 6) // 'Border…'
 */
export function fitLabel(title: string, room: number, measure: (text: string) => number, breaks?: readonly number[]): string {
  if (measure(title) <= room) return title;
  // Word ends, in order: a cut may fall after any of them. Thai and Khmer put no spaces between
  // words; their pages give the word ends (`breaks`) the build found.
  const ends: number[] = breaks ? [...breaks] : [];
  if (!breaks) {
    for (const match of title.matchAll(/\S+/g)) ends.push(match.index + match[0].length);
    ends.pop();
  }
  let lo = 0;
  let hi = ends.length;
  // The most words whose text and ellipsis fit; measure grows with the words kept.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(shortened(title, ends[mid - 1]!)) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : shortened(title, ends[lo - 1]!);
}

// A trailing comma or colon before the ellipsis reads as a typo.
const shortened = (title: string, end: number) => `${title.slice(0, end).replace(/[,;:–—-]+$/, '')}${ELLIPSIS}`;
