/**
 * 1-based line and column of character offsets in one text, for many offsets: the line starts
 * are found once, then each offset by binary search, so locating thousands of problems in a
 * large file does not walk it from the start for each.
 * @example lineLocator('a\nbc')(3) // { line: 2, column: 2 }
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    // The last line start at or before the offset; a line feed belongs to the line it ends.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
