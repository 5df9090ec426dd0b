import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { DAY_MS } from '../../lib/dayMs.ts';
import { canvasIsView } from './canvasIsView.ts';
import { drawTimeline, followPageFont, readPalette, type DrawnLabel, type DrawnRing, type Palette } from './drawTimeline.ts';
import { formatDay } from './formatDay.ts';
import { viewRange } from './viewRange.ts';
import { geometry, laneY, type Geometry } from './geometry.ts';
import { hitTest } from './hitTest.ts';
import { idleTask } from './idleTask.ts';
import { labelMeasure, type LabelMeasure } from './labelMeasure.ts';
import { layoutMarks, type Cluster, type LayoutOptions, type Mark } from './layoutMarks.ts';
import { ticks } from './ticks.ts';
import { rescale, timeScale, type TimeScale } from './timeScale.ts';
import type { TimelineEvent } from './timelineEvent.ts';
import type { PendingPiece } from './PieceLoader.ts';
import { clampRange, rangeTransform, revealRange } from './viewStep.ts';

const MIN_VISIBLE_DAYS = 3;
const MARGIN = 8;
const CLUSTER_WIDTH = 28;
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The horizontal timeline's canvas: its scale and zoom (d3-zoom: drag, wheel, pinch), its lanes,
 * and drawing a frame of marks, titles, clusters and ticks. It knows nothing of filters or
 * selection beyond what it is told to draw.
 */
export class TimelineCanvas {
  /** Per-frame draw times in ms, newest last; read by the benchmark. */
  readonly frameTimes: number[] = [];
  /** How many events the last frame accounted for: drawn marks plus clustered counts. */
  drawn = 0;
  marks: Mark[] = [];
  clusters: Cluster[] = [];
  labels: DrawnLabel[] = [];
  rings: DrawnRing[] = [];
  g: Geometry = geometry(240, 2);
  selected?: string;
  hovered?: string;
  /** Pieces of a large archive not loaded yet: drawn as counts where they fall. */
  pending: PendingPiece[] = [];

  #canvas: HTMLCanvasElement;
  #ctx: CanvasRenderingContext2D;
  #palette: Palette;
  #zoom: ZoomBehavior<HTMLCanvasElement, unknown>;
  #transform: ZoomTransform = zoomIdentity;
  #base: TimeScale = timeScale([0, 1], [0, 1]);
  #domain: [number, number] = [0, 1];
  #all: readonly TimelineEvent[] = [];
  #visible: readonly TimelineEvent[] = [];
  /**
   * The longest of all the events' spans: how far back a frame looks for events reaching into it.
   * Taken over all events, not the visible ones, so that a filter change need not go through them.
   */
  #longest = 0;
  readonly #measure: LabelMeasure;
  #probe?: { marks: Mark[]; clusters: Cluster[] };
  #frame = 0;
  #animation = 0;
  /** Makes the sprites of shapes a frame drew as paths, out of the start's way (see drawTimeline). */
  readonly #sprites = idleTask(500);

  readonly viewport: HTMLElement;

  /** `signal` aborts when the element leaves the page: the canvas then stops following the page's font. */
  constructor(viewport: HTMLElement, signal: AbortSignal, onZoom: () => void, onDrawn: (from: number, to: number) => void) {
    this.viewport = viewport;
    this.#canvas = viewport.querySelector('canvas')!;
    this.#ctx = this.#canvas.getContext('2d')!;
    this.#measure = labelMeasure(this.#ctx);
    this.#palette = readPalette(viewport);
    this.#onDrawn = onDrawn;
    this.#zoom = zoom<HTMLCanvasElement, unknown>().on('zoom', (event: { transform: ZoomTransform }) => {
      this.#transform = event.transform;
      this.schedule();
      onZoom();
    });
    select(this.#canvas).call(this.#zoom).on('dblclick.zoom', null);
    // Widths measured before the edition's web font arrived are the fallback's: measure again,
    // and lay out and draw again if the canvas is seen. Hidden (the vertical view, an embed's
    // list or map), the next frame measures anew, and the element resizes it when it shows: on a
    // phone, laying out and drawing the unseen canvas in the new font was a long task of its own.
    followPageFont(viewport, () => {
      this.#measure.forget();
      const element = viewport.closest<HTMLElement>('[data-mode]');
      if (!element || canvasIsView(element)) this.resize();
    }, signal);
  }

  #onDrawn: (from: number, to: number) => void;

  get canvas(): HTMLCanvasElement {
    return this.#canvas;
  }

  /**
   * Every event the timeline holds, in time order, and the span of the whole archive when some of
   * it is still to load: sets the full span and the number of lanes.
   */
  setEvents(events: readonly TimelineEvent[], archive?: readonly [number, number]): void {
    this.#all = events;
    let start = Infinity;
    let end = -Infinity;
    let longest = 0;
    for (const e of events) {
      [start, end] = [Math.min(start, e.start), Math.max(end, e.end)];
      longest = Math.max(longest, e.end - e.start);
    }
    this.#longest = longest;
    const span = archive ?? (events.length > 0 ? [start, end] : [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)]);
    const pad = Math.max(2 * DAY_MS, (span[1]! - span[0]!) * 0.04);
    this.#domain = [span[0]! - pad, span[1]! + pad];
  }

  /** The events to draw, in time order: some or all of those set by setEvents. */
  setVisible(events: readonly TimelineEvent[]): void {
    this.#visible = events;
    this.schedule();
  }

  /** The scale in force: time to pixels through the current zoom. */
  x(): TimeScale {
    return rescale(this.#base, this.#transform);
  }

  /** True when the view shows less than everything. */
  zoomed(): boolean {
    const [from, to] = this.x().domain();
    return from > this.#domain[0] + DAY_MS || to < this.#domain[1] - DAY_MS;
  }

  /**
   * Refits the drawing to the viewport's width, with as many lanes as the whole timeline needs
   * there, and draws it again unless `draw` is false (the element's start draws once, at its end).
   */
  resize(draw = true): void {
    const width = Math.max(240, this.viewport.clientWidth);
    if (!this.#seen()) {
      // Unseen (a phone's vertical timeline, an embed's list or map), the canvas keeps its scale
      // and no pixels: the element resizes it again when it shows. Laying out every event's mark
      // and drawing them for nobody was about a tenth of the script's time in Lighthouse's mobile
      // run at 2,000 events.
      this.#fit(width);
      if (draw) this.draw();
      return;
    }
    const most = width < 480 ? 5 : 8;
    const probe = layoutMarks(this.#all, this.#layoutOptions(timeScale(this.#domain, [MARGIN, width - MARGIN]), width, most));
    this.g = geometry(width, Math.max(2, Math.min(most, 1 + Math.max(0, ...probe.marks.map((m) => m.lane)))));
    // Every event, the whole span, in no more lanes than it used: the layout the first frame needs.
    this.#probe = probe;
    const ratio = devicePixelRatio || 1;
    this.#canvas.width = Math.round(width * ratio);
    this.#canvas.height = Math.round(this.g.height * ratio);
    this.#canvas.style.width = `${width}px`;
    this.#canvas.style.height = `${this.g.height}px`;
    this.#ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.#fit(width);
    if (draw) this.draw();
  }

  /** The scale and the zoom's extents for a width, at the drawing's height. */
  #fit(width: number): void {
    this.#base = timeScale(this.#domain, [MARGIN, width - MARGIN]);
    const maxK = Math.max(1, (this.#domain[1] - this.#domain[0]) / (MIN_VISIBLE_DAYS * DAY_MS));
    const extent: [[number, number], [number, number]] = [[0, 0], [width, this.g.height]];
    this.#zoom.scaleExtent([1, maxK]).extent(extent).translateExtent(extent);
  }

  /** Whether the reader sees the canvas: its element's mode is the horizontal timeline, and no embed's list or map view hides it. */
  #seen(): boolean {
    const element = this.viewport.closest<HTMLElement>('[data-mode]');
    return !element || canvasIsView(element);
  }

  /** Colours follow the page's theme, which can change while the page is open. */
  repaint(): void {
    this.#palette = readPalette(this.viewport);
    this.schedule();
  }

  schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.draw();
    });
  }

  /** Draws a frame now; a frame scheduled before is then not needed. */
  draw(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    const started = performance.now();
    const x = this.x();
    const [from, to] = x.domain();
    const g = this.g;
    if (!this.#seen()) {
      // The list is the view: it shows every visible event, and the pieces still out are counted.
      [this.marks, this.clusters, this.labels, this.rings, this.#probe] = [[], [], [], [], undefined];
      this.drawn = this.#visible.length + this.pending.reduce((n, piece) => n + piece.count, 0);
      this.#onDrawn(from, to);
      return;
    }
    // The probe placed every event over the whole span, as this frame would again when nothing is
    // filtered or zoomed (fewer lanes change nothing: the probe used no others). Once only.
    const whole = this.#probe && this.#visible.length === this.#all.length && this.#transform.k === 1 && this.#transform.x === 0;
    // Events whose shapes reach into the width from either side, and no others: the layout culls
    // the rest, but each one it visits costs (a tenth of the range on either side was a fifth more).
    const reach = ((g.radius + 2) * (to - from)) / g.width;
    ({ marks: this.marks, clusters: this.clusters } = whole ? { marks: this.#probe!.marks, clusters: [...this.#probe!.clusters] } : layoutMarks(this.#visible, this.#layoutOptions(x, g.width, g.lanes), viewRange(this.#visible, from - reach, to + reach, this.#longest)));
    this.#probe = undefined;
    for (const piece of this.pending) {
      if (piece.to <= from || piece.from >= to) continue;
      const at = Math.max(CLUSTER_WIDTH / 2, Math.min(g.width - CLUSTER_WIDTH / 2, x((Math.max(piece.from, from) + Math.min(piece.to, to)) / 2)));
      this.clusters.push({ x: at, count: piece.count, from: piece.from, to: piece.to, pending: true });
    }
    ({ labels: this.labels, rings: this.rings } = drawTimeline(this.#ctx, { marks: this.marks, clusters: this.clusters, ticks: ticks(from, to, g.width), x, selected: this.selected, hovered: this.hovered, measure: this.#measure, later: this.#sprites.later }, g, this.#palette));
    this.drawn = this.marks.length + this.clusters.reduce((n, c) => n + c.count, 0);
    this.#onDrawn(from, to);
    this.frameTimes.push(performance.now() - started);
    if (this.frameTimes.length > 200) this.frameTimes.shift();
  }

  /**
   * The layout's options for a scale. Its time-to-pixels function and title measure are the same
   * two functions for every layout, the scale's numbers copied in: V8's optimised layout expects
   * the functions it called before, and new ones each frame sent it back to the interpreter at
   * the first frame of a zoom or pan (some 5 ms at 10,000 events).
   */
  #layoutOptions(x: TimeScale, width: number, lanes: number): LayoutOptions {
    const [[d0, d1], [r0, r1]] = [x.domain(), x.range()];
    // As timeScale computes it, so that marks fall where the frame's scale puts them.
    [this.#d0, this.#r0, this.#k] = [d0, r0, (r1 - r0) / (d1 - d0 || 1)];
    return { x: this.#at, width, lanes, radius: this.g.radius, clusterWidth: CLUSTER_WIDTH, labelWidth: this.#labelWidth };
  }

  #d0 = 0;
  #r0 = 0;
  #k = 1;
  readonly #at = (time: number): number => this.#r0 + (time - this.#d0) * this.#k;
  readonly #labelWidth = (event: TimelineEvent): number => this.#measure(event.title);

  /** Moves the view so that `[from, to)` fills the width; no range means everything. */
  showRange(from: number | undefined, to: number | undefined, animate: boolean): void {
    const target = from === undefined || to === undefined
      ? this.#base.domain()
      : [from, Math.max(to, from + MIN_VISIBLE_DAYS * DAY_MS)] as [number, number];
    // A range asked for (a shared link's) is shown as asked, even past the events' span.
    this.#moveTo(target, animate ? 250 : 0, false);
  }

  zoomBy(factor: number, centre = this.g.width / 2): void {
    const x = this.x();
    const at = x.invert(centre);
    const [from, to] = x.domain();
    this.#moveTo([at - (at - from) / factor, at + (to - at) / factor], 150, true);
  }

  /**
   * Shows a range, at once or easing to it over `duration` ms: the ends of the visible range
   * move, so the view glides rather than swoops. `within` keeps the range inside the timeline's
   * span and no narrower than a few days, as d3-zoom's extents keep gestures.
   */
  #moveTo(range: [number, number], duration: number, within: boolean): void {
    cancelAnimationFrame(this.#animation);
    const [from, to] = within ? clampRange(range, this.#domain, MIN_VISIBLE_DAYS * DAY_MS) : range;
    const apply = (a: number, b: number) => {
      const { k, x } = rangeTransform(this.#base, a, b, this.g.width, MARGIN);
      select(this.#canvas).call(this.#zoom.transform, zoomIdentity.translate(x, 0).scale(k));
    };
    if (duration === 0 || reducedMotion()) return apply(from, to);
    const [s0, s1] = this.x().domain();
    const began = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - began) / duration);
      const eased = t * (2 - t);
      apply(s0 + (from - s0) * eased, s1 + (to - s1) * eased);
      if (t < 1) this.#animation = requestAnimationFrame(frame);
    };
    this.#animation = requestAnimationFrame(frame);
  }

  /** Moves the view to an event when it is not well inside it, keeping the span shown. */
  reveal(event: Pick<TimelineEvent, 'start' | 'end'>): void {
    const range = revealRange(this.x().domain(), event, this.x(), this.g.width);
    if (range) this.showRange(range[0], range[1], true);
  }

  panBy(fraction: number): void {
    select(this.#canvas).call(this.#zoom.translateBy, (-fraction * this.g.width) / this.#transform.k, 0);
  }

  hit(px: number, py: number): { mark?: Mark; cluster?: Cluster } {
    return hitTest(this.marks, this.clusters, this.g, px, py);
  }

  /** Where an event's mark is drawn, in CSS pixels from the canvas's top left; undefined when it has no mark of its own. */
  markPosition(id: string): { x: number; y: number } | undefined {
    const mark = this.marks.find((m) => m.event.id === id);
    return mark && { x: mark.cx, y: laneY(this.g, mark.lane) };
  }

  /** A day as the axis writes it, for the range line and tooltips. */
  day(ms: number): string {
    return formatDay(ms, 'dayMonthYear');
  }

  /** Stops drawing and listening: the element was taken out of the page. */
  stop(): void {
    cancelAnimationFrame(this.#frame);
    cancelAnimationFrame(this.#animation);
    this.#frame = 0;
    this.#sprites.stop();
    select(this.#canvas).on('.zoom', null);
  }
}
