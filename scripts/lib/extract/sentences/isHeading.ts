// A line that ends on no closing punctuation.
const UNCLOSED = /[^.!?…"”’)]$/u;

/**
 * Whether a line heads what follows (a headline, a live blog's heading), by its want of closing
 * punctuation: it repeats what follows, it does not report.
 * @example isHeading('Border clashes resume') // true
 */
export function isHeading(text: string): boolean {
  return UNCLOSED.test(text);
}
