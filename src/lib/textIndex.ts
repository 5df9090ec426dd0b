/** Substring queries on one text, each answered without reading the whole text again. */
export interface TextIndex {
  /** Offset of the first occurrence of `pattern`, or -1; like `indexOf`. */
  indexOf(pattern: string): number;
  /** Length of the longest prefix of `pattern` that occurs somewhere in the text. */
  longestPrefix(pattern: string): number;
}

/**
 * The suffix array of a text: its suffixes' start offsets in sorted order (by UTF-16 code unit),
 * by prefix doubling with radix sorts, O(n log n) time in the worst case (a text of one repeated
 * letter) and a few typed arrays of n entries.
 */
function suffixArray(text: string): Int32Array {
  const n = text.length;
  let rank = new Int32Array(n);
  let next = new Int32Array(n);
  const sa = new Int32Array(n);
  const order = new Int32Array(n);
  // Ranks start as the code units themselves, compressed to 0..k-1.
  const seen = new Int32Array(65536);
  for (let i = 0; i < n; i++) seen[text.charCodeAt(i)] = 1;
  for (let c = 0, k = 0; c < 65536; c++) if (seen[c]) seen[c] = k++;
  for (let i = 0; i < n; i++) rank[i] = seen[text.charCodeAt(i)]!;
  let count = new Int32Array(Math.max(n, 65536) + 1);
  // Counting sort of the suffixes by their first code unit.
  for (let i = 0; i < n; i++) count[rank[i]! + 1]! ++;
  for (let r = 1; r < count.length; r++) count[r]! += count[r - 1]!;
  for (let i = 0; i < n; i++) sa[count[rank[i]!]!++] = i;
  count = new Int32Array(n + 1);
  for (let k = 1; k < n; k <<= 1) {
    // Sorted by the second half (rank at i + k): suffixes too short to have one come first.
    let p = 0;
    for (let i = n - k; i < n; i++) order[p++] = i;
    for (let j = 0; j < n; j++) if (sa[j]! >= k) order[p++] = sa[j]! - k;
    // Then stably by the first half.
    count.fill(0);
    for (let i = 0; i < n; i++) count[rank[i]! + 1]! ++;
    for (let r = 1; r <= n; r++) count[r]! += count[r - 1]!;
    for (let j = 0; j < n; j++) {
      const i = order[j]!;
      sa[count[rank[i]!]!++] = i;
    }
    next[sa[0]!] = 0;
    let classes = 1;
    for (let j = 1; j < n; j++) {
      const a = sa[j - 1]!;
      const b = sa[j]!;
      const same = rank[a] === rank[b] && (a + k < n ? rank[a + k] : -1) === (b + k < n ? rank[b + k] : -1);
      next[b] = same ? classes - 1 : classes++;
    }
    [rank, next] = [next, rank];
    if (classes === n) break;
  }
  return sa;
}

export interface TextIndexOptions {
  /**
   * How many times over the text plain searches may read before the index is built: few quotes
   * of an article are cheaper to find by `indexOf` than by building its suffix array (which costs
   * some twelve bytes a character while the text is in use), and the budget keeps many quotes
   * linear. 0 builds the index on the first query.
   */
  scansBeforeIndexing?: number;
}

/**
 * An index of `text` for many substring queries: each costs about the pattern's length times
 * the logarithm of the text's, however long the text, so checking thousands of quotes against one
 * large article stays linear in what is read. The first queries are plain searches, until they
 * have read the text `scansBeforeIndexing` times over; the suffix array is built then.
 * @example textIndex('the border talks').indexOf('border') // 4
 */
export function textIndex(text: string, { scansBeforeIndexing = 32 }: TextIndexOptions = {}): TextIndex {
  const n = text.length;
  // What plain searches may still read, in characters: each counts as a full pass, its worst case.
  let budget = scansBeforeIndexing * n;
  let sa: Int32Array | undefined;
  // A segment tree of minima over the suffix array, for the first occurrence among many.
  let least: Int32Array | undefined;
  const build = () => {
    sa = suffixArray(text);
    least = new Int32Array(2 * n);
    least.set(sa, n);
    for (let i = n - 1; i > 0; i--) least[i] = Math.min(least[2 * i]!, least[2 * i + 1]!);
  };

  /** Common prefix of `pattern` (from `from`) and the suffix at `start`, and which sorts first. */
  const compare = (pattern: string, start: number, from: number): { common: number; order: number } => {
    let i = from;
    const m = pattern.length;
    while (i < m && start + i < n && pattern.charCodeAt(i) === text.charCodeAt(start + i)) i++;
    if (i === m) return { common: i, order: 0 };
    if (start + i === n) return { common: i, order: 1 };
    return { common: i, order: pattern.charCodeAt(i) < text.charCodeAt(start + i) ? -1 : 1 };
  };

  /**
   * First position in the suffix array whose suffix sorts after `pattern` (`strict`) or at or
   * after it; a suffix that starts with `pattern` counts as equal. The common prefixes with both
   * ends of the range bound where each comparison can start (Manber and Myers).
   */
  const bound = (pattern: string, strict: boolean): number => {
    let lo = 0;
    let hi = n;
    let commonLo = 0;
    let commonHi = 0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const { common, order } = compare(pattern, sa![mid]!, Math.min(commonLo, commonHi));
      if (order > 0 || (strict && order === 0)) {
        lo = mid + 1;
        commonLo = common;
      } else {
        hi = mid;
        commonHi = common;
      }
    }
    return lo;
  };

  const minimum = (from: number, to: number): number => {
    let best = n;
    for (let l = from + n, r = to + n; l < r; l >>= 1, r >>= 1) {
      if (l & 1) best = Math.min(best, least![l++]!);
      if (r & 1) best = Math.min(best, least![--r]!);
    }
    return best;
  };

  return {
    indexOf(pattern) {
      if (pattern === '') return 0;
      if (n === 0) return -1;
      if (!sa && budget >= n) {
        budget -= n;
        return text.indexOf(pattern);
      }
      if (!sa) build();
      const from = bound(pattern, false);
      if (from === n || compare(pattern, sa![from]!, 0).order !== 0) return -1;
      return minimum(from, bound(pattern, true));
    },
    longestPrefix(pattern) {
      if (n === 0 || pattern === '') return 0;
      if (!sa) build();
      // The suffixes sharing the longest prefix with the pattern sort beside where it would go.
      const at = bound(pattern, false);
      const before = at > 0 ? compare(pattern, sa![at - 1]!, 0).common : 0;
      const after = at < n ? compare(pattern, sa![at]!, 0).common : 0;
      return Math.max(before, after);
    },
  };
}
