// The shape of a benchmark result, as written to results/*.json.

/** Gzipped bytes (level 9) of the scripts and style sheets a page loads or holds inline. */
export interface AssetBytes {
  js: number;
  css: number;
}

/** Figures of one visit of a page. */
export interface RunFigures {
  /** From navigation to the events shown and the main thread idle, in ms. */
  readyMs: number;
  /** JS heap in use after a garbage collection, in bytes. */
  heapBytes: number;
  /** Main-thread work of one zoom step: handler, drawing, and style, layout and paint of its frame, in ms. */
  zoomMs?: number;
  /** From the zoom step's input until the frame showing it has been rendered, in ms; includes waiting for that frame. */
  zoomFrameMs?: number;
  /** Main-thread work of one pan step (a fifth of the width, after the zoom step), as for a zoom step, in ms. */
  panMs?: number;
  /** From the pan step's input until the frame showing it has been rendered, in ms. */
  panFrameMs?: number;
  /** Main-thread work of one filter change: handler, drawing, and style, layout and paint of its frame, in ms. */
  filterMs?: number;
  /** From the filter change until the frame showing it has been rendered, in ms. */
  filterFrameMs?: number;
}

/** One page at one size: the median of its runs, each run, or why it could not be measured. */
export interface PageResult {
  median?: RunFigures;
  runs: RunFigures[];
  assets?: AssetBytes;
  error?: string;
}

/** A page's weight: its bytes as served, and gzipped at level 9. */
export interface Weight {
  bytes: number;
  gzipBytes: number;
}

/** What the pages of a size weigh. */
export interface PageWeights {
  /** The reader page's HTML, `/`. */
  reader: Weight;
  /** The floor's HTML. */
  floor: Weight;
  /** Every file the embed fetches, HTML included, until the network is idle. */
  embedFirstLoad: Weight & { files: number };
}

export interface SizeResult {
  /** Number of events. */
  events: number;
  /** Whether the events were generated lean (as small as a real archive's) to fit the size limit. */
  lean: boolean;
  /** Wall-clock time of `astro build`, in seconds. */
  buildSeconds: number;
  /** The build process's peak resident memory, in bytes. */
  peakMemoryBytes: number;
  weights: PageWeights;
  /**
   * The reader page and the floor of this many events generated lean, when the archive the
   * growth budget compares it with had to be lean and this size was not: a growth factor means
   * something only between archives of the same shape (a lean event weighs less on the floor,
   * which is mostly quotes, than on the reader page, which is mostly markup).
   */
  leanWeights?: Pick<PageWeights, 'reader' | 'floor'>;
  /** Extraction over a generated corpus of as many articles as there are events; not at archive sizes. */
  extraction?: { articles: number; kilobytes: number; events: number; seconds: number };
  embedAssets: AssetBytes;
  /** Our reader page, the plain HTML floor, and the same events in TimelineJS3 and vis-timeline; not timed at archive sizes. */
  reader?: PageResult;
  floor?: PageResult;
  timelineJs?: PageResult;
  visTimeline?: PageResult;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  /** One-minute load average when the run began: other work on the machine makes figures noisy. */
  loadAverage: number;
}

export interface BenchResult {
  date: string;
  machine: Machine;
  runs: number;
  sizes: SizeResult[];
  budgets: BudgetLine[];
  durationSeconds: number;
}

/** One budget the benchmark checks: passed, missed, or not measured in this run (a size was left out). */
export interface BudgetLine {
  code: string;
  budget: string;
  measured: string;
  status: 'pass' | 'fail' | 'not measured';
}
