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
  /** Anchors of every passage covering this run, outermost first. */
  passages: string[];
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
  const byAnchor = new Map<string, CitedPassage>();
  for (const p of passages) {
    const key = passageAnchor(p.start, p.end);
    const seen = byAnchor.get(key);
    byAnchor.set(key, seen ? { ...seen, eventIds: [...new Set([...seen.eventIds, ...p.eventIds])] } : p);
  }
  // Outermost first: a run's anchors and covering passages come out in this order.
  return [...byAnchor.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Splits an article body into paragraphs of segments, so that every cited passage can be
 * highlighted and anchored even where passages overlap, nest or cross a paragraph break.
 * @example markPassages('Talks began.', [{ start: 0, end: 5, eventIds: ['talks'] }])
 * // [[{ text: 'Talks', start: 0, end: 5, anchors: ['p-0-5'], marked: true, passages: ['p-0-5'], eventIds: ['talks'] },
 * //   { text: ' began.', start: 5, end: 12, anchors: [], marked: false, passages: [], eventIds: [] }]]
 */
export function markPassages(body: string, passages: readonly CitedPassage[]): Segment[][] {
  for (const p of passages) {
    if (!(Number.isInteger(p.start) && Number.isInteger(p.end) && 0 <= p.start && p.start < p.end && p.end <= body.length)) {
      throw new RangeError(`passage ${p.start}–${p.end} is empty or outside a body of ${body.length} characters`);
    }
  }
  const merged = mergeDuplicates(passages);
  const cuts = [...new Set(merged.flatMap((p) => [p.start, p.end]))];

  const paragraphs = paragraphRanges(body).map(([from, to]) => {
    const points = [...new Set([from, to, ...cuts.filter((c) => from < c && c < to)])].sort((a, b) => a - b);
    return points.slice(1).map((end, i) => {
      const start = points[i]!;
      const covering = merged.filter((p) => p.start < end && start < p.end);
      return { start, end, covering };
    });
  });

  // A passage is anchored on the first run it covers and cited after the last one.
  const runs = paragraphs.flat();
  const first = new Map<CitedPassage, (typeof runs)[number]>();
  const last = new Map<CitedPassage, (typeof runs)[number]>();
  for (const run of runs) {
    for (const p of run.covering) {
      if (!first.has(p)) first.set(p, run);
      last.set(p, run);
    }
  }
  for (const p of merged) {
    if (!first.has(p)) throw new RangeError(`passage ${p.start}–${p.end} covers only the space between paragraphs`);
  }

  return paragraphs.map((runsOfParagraph) =>
    runsOfParagraph.map((run) => ({
      text: body.slice(run.start, run.end),
      start: run.start,
      end: run.end,
      anchors: run.covering.filter((p) => first.get(p) === run).map((p) => passageAnchor(p.start, p.end)),
      marked: run.covering.length > 0,
      passages: run.covering.map((p) => passageAnchor(p.start, p.end)),
      eventIds: [...new Set(run.covering.filter((p) => last.get(p) === run).flatMap((p) => p.eventIds))],
    })),
  );
}
