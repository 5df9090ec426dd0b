import { passageAnchor } from './urls.ts';

/** A cited stretch `[start, end)` of an article body and the events that cite it. */
export interface CitedPassage {
  start: number;
  end: number;
  eventIds: readonly string[];
}

/** A run of a paragraph that the same passages cover from end to end. */
export interface Segment {
  text: string;
  /** Offsets of the text in the body, `[start, end)`. */
  start: number;
  end: number;
  /** Anchors (`p-START-END`) of the passages whose text begins here, longest passage first. */
  anchors: string[];
  /** True when at least one passage covers this run. */
  marked: boolean;
  /** How many passages cover this run: more than one where citations overlap. */
  depth: number;
  /** Events citing the passages whose text ends here, each once. */
  eventIds: string[];
}

// Articles written with blank lines between paragraphs may wrap lines inside one; articles
// without any blank line (the seeds) put one paragraph on each line.
const BLANK_LINE = /\n[^\S\n]*\n/;
const BREAK_BETWEEN_PARAGRAPHS = /\n[^\S\n]*\n\s*/g;
const BREAK_BETWEEN_LINES = /\n\s*/g;

/** Offsets `[start, end)` of each paragraph's text, without the surrounding whitespace. */
function paragraphRanges(body: string): [number, number][] {
  const breaks = BLANK_LINE.test(body) ? BREAK_BETWEEN_PARAGRAPHS : BREAK_BETWEEN_LINES;
  const ranges: [number, number][] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const text = body.slice(start, end);
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    if (start + lead < end - trail) ranges.push([start + lead, end - trail]);
  };
  for (const match of body.matchAll(breaks)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, body.length);
  return ranges;
}

/** Same stretch cited twice becomes one passage citing the events of both. */
function mergeDuplicates(passages: readonly CitedPassage[]): CitedPassage[] {
  const byAnchor = new Map<string, { start: number; end: number; eventIds: Set<string> }>();
  for (const p of passages) {
    const key = passageAnchor(p.start, p.end);
    const seen = byAnchor.get(key);
    if (seen) p.eventIds.forEach((id) => seen.eventIds.add(id));
    else byAnchor.set(key, { start: p.start, end: p.end, eventIds: new Set(p.eventIds) });
  }
  // Outermost first: a run's anchors come out in this order.
  return [...byAnchor.values()].map((p) => ({ ...p, eventIds: [...p.eventIds] })).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Index of the first item of a sorted list for which `after` holds, or the list's length. */
function firstWhere<T>(items: readonly T[], after: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Splits an article body into paragraphs of segments, so that every cited passage can be
 * highlighted and anchored even where passages overlap, nest or cross a paragraph break.
 * Time and output grow with the number of passages and runs, never with their product: a run
 * says how many passages cover it, not which, so ten thousand nested citations stay small.
 * @example markPassages('Talks began.', [{ start: 0, end: 5, eventIds: ['talks'] }])
 * // [[{ text: 'Talks', start: 0, end: 5, anchors: ['p-0-5'], marked: true, depth: 1, eventIds: ['talks'] },
 * //   { text: ' began.', start: 5, end: 12, anchors: [], marked: false, depth: 0, eventIds: [] }]]
 */
export function markPassages(body: string, passages: readonly CitedPassage[]): Segment[][] {
  for (const p of passages) {
    if (!(Number.isInteger(p.start) && Number.isInteger(p.end) && 0 <= p.start && p.start < p.end && p.end <= body.length)) {
      throw new RangeError(`passage ${p.start}–${p.end} is empty or outside a body of ${body.length} characters`);
    }
  }
  const merged = mergeDuplicates(passages);
  const cuts = [...new Set(merged.flatMap((p) => [p.start, p.end]))].sort((a, b) => a - b);

  // Runs: each paragraph cut at every passage boundary inside it.
  const paragraphs = paragraphRanges(body).map(([from, to]) => {
    const points = [from];
    for (let i = firstWhere(cuts, (c) => c > from); i < cuts.length && cuts[i]! < to; i++) points.push(cuts[i]!);
    points.push(to);
    return points.slice(1).map((end, i) => ({ start: points[i]!, end, depth: 0, anchors: [] as string[], eventIds: new Set<string>() }));
  });
  const runs = paragraphs.flat();

  // A passage is anchored on the first run it covers and cited after the last one; no boundary
  // lies inside a run, so a passage covers exactly the runs from the first to the last.
  const depthChange = new Int32Array(runs.length + 1);
  for (const p of merged) {
    const first = firstWhere(runs, (run) => run.end > p.start);
    const last = firstWhere(runs, (run) => run.start >= p.end) - 1;
    if (first > last) throw new RangeError(`passage ${p.start}–${p.end} covers only the space between paragraphs`);
    runs[first]!.anchors.push(passageAnchor(p.start, p.end));
    p.eventIds.forEach((id) => runs[last]!.eventIds.add(id));
    depthChange[first]! += 1;
    depthChange[last + 1]! -= 1;
  }
  let depth = 0;
  runs.forEach((run, i) => {
    depth += depthChange[i]!;
    run.depth = depth;
  });

  return paragraphs.map((runsOfParagraph) =>
    runsOfParagraph.map((run) => ({
      text: body.slice(run.start, run.end),
      start: run.start,
      end: run.end,
      anchors: run.anchors,
      marked: run.depth > 0,
      depth: run.depth,
      eventIds: [...run.eventIds],
    })),
  );
}
