import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import { DateTime } from 'luxon';
import { DAY_MS } from '../../lib/dayMs.ts';
import type { Kind } from '../../lib/eventSchema.ts';
import { drawTimeline, readPalette, type Geometry, type Palette } from './drawTimeline.ts';
import { matcher, NO_FILTERS, type Filters } from './filterEvents.ts';
import { layoutMarks, type Cluster, type Mark } from './layoutMarks.ts';
import { readEvents } from './readEvents.ts';
import { ticks } from './ticks.ts';
import { rescale, timeScale, type TimeScale } from './timeScale.ts';
import type { TimelineEvent } from './timelineEvent.ts';
import { parseViewState, serializeViewState, type Known, type ViewState } from './viewState.ts';

const LANE_HEIGHT = 24;
const RADIUS = 7;
const AXIS = 30;
const TOP = 12;
const MIN_VISIBLE_DAYS = 3;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const fromDay = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * `<conflict-timeline>`: enhances the server-rendered event list it names (`data-list`) with a
 * zoomable canvas timeline, filters, search, keyboard navigation and a URL that restores the
 * view. Without JavaScript the list alone is the page; this element only adds to it.
 */
export class TimelineElement extends HTMLElement {
  /** Per-frame draw times in ms, newest last; read by the performance tests. */
  readonly frameTimes: number[] = [];
  /** How many events the last frame accounted for: drawn marks plus clustered counts. */
  drawn = 0;

  #events: TimelineEvent[] = [];
  #items = new Map<string, HTMLElement>();
  #visible: TimelineEvent[] = [];
  #filters: Filters = NO_FILTERS;
  #selected?: string;
  #hovered?: string;
  #known!: Known;
  #canvas!: HTMLCanvasElement;
  #viewport!: HTMLElement;
  #ctx!: CanvasRenderingContext2D;
  #palette!: Palette;
  #geometry!: Geometry;
  #base: TimeScale = timeScale([0, 1], [0, 1]);
  #transform: ZoomTransform = zoomIdentity;
  #zoom!: ZoomBehavior<HTMLCanvasElement, unknown>;
  #marks: Mark[] = [];
  #clusters: Cluster[] = [];
  #frame = 0;
  #urlTimer = 0;
  #lanes = 6;
  #domain: [number, number] = [0, 1];
  #embedded = false;

  connectedCallback(): void {
    const list = document.getElementById(this.dataset.list ?? '');
    if (!list) return;
    this.#embedded = this.hasAttribute('data-embedded');
    ({ events: this.#events, items: this.#items } = readEvents(list));
    this.#known = {
      kinds: new Set(this.#events.map((e) => e.kind)),
      actors: new Set(this.#events.flatMap((e) => e.actors)),
      sources: new Set(this.#events.flatMap((e) => e.sources)),
      ids: new Set(this.#events.map((e) => e.id)),
    };
    this.querySelector<HTMLElement>('.timeline-fallback')?.setAttribute('hidden', '');
    this.querySelector<HTMLElement>('.timeline-ui')?.removeAttribute('hidden');
    this.#viewport = this.querySelector('.viewport')!;
    this.#canvas = this.querySelector('canvas')!;
    this.#ctx = this.#canvas.getContext('2d')!;
    this.#palette = readPalette(this);

    const span = this.#events.length > 0
      ? [Math.min(...this.#events.map((e) => e.start)), Math.max(...this.#events.map((e) => e.end))]
      : [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)];
    const pad = Math.max(2 * DAY_MS, (span[1]! - span[0]!) * 0.04);
    this.#domain = [span[0]! - pad, span[1]! + pad];
    this.#base = timeScale(this.#domain, [8, 800]);

    this.#zoom = zoom<HTMLCanvasElement, unknown>()
      .on('zoom', (event: { transform: ZoomTransform }) => {
        this.#transform = event.transform;
        this.#schedule();
        this.#scheduleUrl(false);
      });
    select(this.#canvas).call(this.#zoom).on('dblclick.zoom', null);

    this.#wireForm();
    this.#wireKeyboard();
    this.#wirePointer();
    new ResizeObserver(() => this.#resize()).observe(this.#viewport);
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
      this.#palette = readPalette(this);
      this.#schedule();
    });
    addEventListener('popstate', () => this.#applyUrl(false));
    this.#resize();
    this.#applyUrl(true);
  }

  /** Shows a view: filters, selection, range. Used on load, on back/forward, and by tests. */
  applyView(state: ViewState, fitRange = true): void {
    // An embed shows only the range it was asked for; the reader page only scrolls to it.
    const within = this.#embedded && (state.from || state.to)
      ? [state.from ? fromDay(state.from) : -Infinity, state.to ? fromDay(state.to) + DAY_MS : Infinity] as const
      : undefined;
    this.#filters = within ? { ...state.filters, within } : state.filters;
    this.#syncForm();
    this.#refilter();
    this.#select(state.event, { history: false, reveal: !state.from });
    if (fitRange) this.#showRange(state.from ? fromDay(state.from) : undefined, state.to ? fromDay(state.to) + DAY_MS : undefined, false);
  }

  /** The view as it stands, as a shareable query. */
  get view(): ViewState {
    const [from, to] = this.#x().domain();
    const [d0, d1] = this.#domain;
    const zoomed = from > d0 + DAY_MS || to < d1 - DAY_MS;
    return {
      filters: this.#filters,
      ...(this.#selected ? { event: this.#selected } : {}),
      ...(zoomed ? { from: toDay(from), to: toDay(to - 1) } : {}),
    };
  }

  /**
   * Where an event's mark is drawn, in CSS pixels from the canvas's top left corner; undefined
   * when the event has no mark of its own (filtered out, out of view or counted in a cluster).
   * Lets a test click a given event, and anything else point at one.
   */
  markPosition(id: string): { x: number; y: number } | undefined {
    const mark = this.#marks.find((m) => m.event.id === id);
    return mark && { x: (mark.x0 + mark.x1) / 2, y: this.#laneY(mark.lane) };
  }

  /** The middle of a lane, where its marks are drawn (as drawTimeline draws them). */
  #laneY(lane: number): number {
    const g = this.#geometry;
    return g.top + lane * g.laneHeight + g.laneHeight / 2;
  }

  #x(): TimeScale {
    return rescale(this.#base, this.#transform);
  }

  #applyUrl(initial: boolean): void {
    const { state, warnings } = parseViewState(new URLSearchParams(location.search), this.#known);
    if (initial) for (const w of warnings) console.warn(`timeline: ${w}`);
    this.applyView(state);
  }

  /** Writes the view into the URL: a new history entry for deliberate steps, a replacement for zoom and typing. */
  #pushUrl(push: boolean): void {
    if (this.#embedded) {
      this.dispatchEvent(new CustomEvent('timeline-view', { bubbles: true, detail: this.view }));
      return;
    }
    const query = serializeViewState(this.view).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    history[push ? 'pushState' : 'replaceState'](null, '', url);
    this.dispatchEvent(new CustomEvent('timeline-view', { bubbles: true, detail: this.view }));
  }

  #scheduleUrl(push: boolean): void {
    clearTimeout(this.#urlTimer);
    this.#urlTimer = window.setTimeout(() => this.#pushUrl(push), 300);
  }

  #resize(): void {
    const width = Math.max(240, this.#viewport.clientWidth);
    // As many lanes as the whole timeline needs at this width, within bounds, so the height
    // does not jump while zooming.
    const most = width < 480 ? 5 : 8;
    const probe = layoutMarks(this.#events, { x: timeScale(this.#domain, [8, width - 8]), width, lanes: most, radius: RADIUS, clusterWidth: 28 });
    this.#lanes = Math.max(2, Math.min(most, 1 + Math.max(0, ...probe.marks.map((m) => m.lane))));
    const height = TOP + this.#lanes * LANE_HEIGHT + 26 + AXIS;
    this.#geometry = {
      width,
      height,
      top: TOP,
      laneHeight: LANE_HEIGHT,
      clusterY: TOP + this.#lanes * LANE_HEIGHT + 12,
      axisY: height - AXIS,
      radius: RADIUS,
    };
    const ratio = devicePixelRatio || 1;
    this.#canvas.width = Math.round(width * ratio);
    this.#canvas.height = Math.round(height * ratio);
    this.#canvas.style.width = `${width}px`;
    this.#canvas.style.height = `${height}px`;
    this.#ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.#base = timeScale(this.#domain, [8, width - 8]);
    const [d0, d1] = this.#domain;
    const maxK = Math.max(1, (d1 - d0) / (MIN_VISIBLE_DAYS * DAY_MS));
    this.#zoom
      .scaleExtent([1, maxK])
      .extent([[0, 0], [width, height]])
      .translateExtent([[0, 0], [width, height]]);
    this.#draw();
  }

  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#draw();
    });
  }

  #draw(): void {
    const started = performance.now();
    const x = this.#x();
    const [from, to] = x.domain();
    const g = this.#geometry;
    const { marks, clusters } = layoutMarks(this.#visible, { x, width: g.width, lanes: this.#lanes, radius: RADIUS, clusterWidth: 28 });
    this.#marks = marks;
    this.#clusters = clusters;
    drawTimeline(this.#ctx, { marks, clusters, ticks: ticks(from, to, g.width, this.dataset.locale ?? 'en-GB'), x, selected: this.#selected, hovered: this.#hovered }, g, this.#palette);
    this.drawn = marks.length + clusters.reduce((n, c) => n + c.events.length, 0);
    this.dataset.drawn = String(this.drawn);
    this.#updateRangeLabel(from, to);
    this.frameTimes.push(performance.now() - started);
    if (this.frameTimes.length > 200) this.frameTimes.shift();
  }

  #updateRangeLabel(from: number, to: number): void {
    const label = this.querySelector('[data-role="range"]');
    if (!label) return;
    const locale = this.dataset.locale ?? 'en-GB';
    const f = (ms: number) => DateTime.fromMillis(ms, { zone: 'utc', locale }).toFormat('d LLL yyyy');
    label.textContent = `${f(Math.max(from, 0))} – ${f(to - 1)}`;
  }

  /** Moves the view so that `[from, to)` fills the width; no range means everything. */
  #showRange(from: number | undefined, to: number | undefined, animate: boolean): void {
    const target = from === undefined || to === undefined
      ? zoomIdentity
      : (() => {
          const [x0, x1] = [this.#base(from), this.#base(Math.max(to, from + MIN_VISIBLE_DAYS * DAY_MS))];
          const k = (this.#geometry.width - 16) / Math.max(1, x1 - x0);
          return zoomIdentity.translate(8, 0).scale(k).translate(-x0, 0);
        })();
    const selection = select(this.#canvas);
    if (animate && !reducedMotion()) selection.transition().duration(250).call(this.#zoom.transform, target);
    else selection.call(this.#zoom.transform, target);
  }

  #zoomBy(factor: number): void {
    const centre = this.#selectedX() ?? this.#geometry.width / 2;
    const selection = select(this.#canvas);
    if (reducedMotion()) selection.call(this.#zoom.scaleBy, factor, [centre, 0]);
    else selection.transition().duration(150).call(this.#zoom.scaleBy, factor, [centre, 0]);
    this.#scheduleUrl(false);
  }

  #panBy(fraction: number): void {
    select(this.#canvas).call(this.#zoom.translateBy, -fraction * this.#geometry.width / this.#transform.k, 0);
    this.#scheduleUrl(false);
  }

  #selectedX(): number | undefined {
    const event = this.#events.find((e) => e.id === this.#selected);
    return event ? this.#x()((event.start + event.end) / 2) : undefined;
  }

  // Filters ----------------------------------------------------------------

  #form(): HTMLFormElement | null {
    return this.querySelector('form.filters');
  }

  #wireForm(): void {
    const form = this.#form();
    if (!form) return;
    let typing = 0;
    const read = (push: boolean) => {
      const data = new FormData(form);
      const kinds = new Set(data.getAll('kind') as Kind[]);
      const allKinds = kinds.size === this.#known.kinds.size;
      const single = (name: string) => {
        const v = String(data.get(name) ?? '');
        return new Set(v ? [v] : []);
      };
      this.#filters = { kinds: allKinds ? new Set() : kinds, actors: single('actor'), sources: single('source'), q: String(data.get('q') ?? ''), ...(this.#filters.within ? { within: this.#filters.within } : {}) };
      this.#refilter();
      if (push) this.#pushUrl(true);
      else this.#scheduleUrl(false);
    };
    form.addEventListener('change', () => read(true));
    form.addEventListener('input', (event) => {
      if ((event.target as HTMLElement).matches('input[type="search"]')) {
        clearTimeout(typing);
        typing = window.setTimeout(() => read(false), 120);
      }
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      read(true);
    });
    form.addEventListener('reset', () => setTimeout(() => read(true)));
    this.querySelector('[data-action="select-all-kinds"]')?.addEventListener('click', () => {
      for (const box of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) box.checked = true;
      read(true);
    });
  }

  #syncForm(): void {
    const form = this.#form();
    if (!form) return;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) {
      box.checked = this.#filters.kinds.size === 0 || this.#filters.kinds.has(box.value as Kind);
    }
    const set = (name: string, values: ReadonlySet<string>) => {
      const field = form.elements.namedItem(name) as HTMLSelectElement | null;
      if (field) field.value = [...values][0] ?? '';
    };
    set('actor', this.#filters.actors);
    set('source', this.#filters.sources);
    const q = form.elements.namedItem('q') as HTMLInputElement | null;
    if (q && q.value !== this.#filters.q) q.value = this.#filters.q;
  }

  /** Applies the filters to the timeline and to the list below it, and updates the counts. */
  #refilter(): void {
    const test = matcher(this.#filters);
    const withoutKinds = matcher(this.#filters, 'kinds');
    this.#visible = this.#events.filter(test);
    const shown = new Set(this.#visible.map((e) => e.id));
    // Only items whose state changes are written: every write invalidates style in a list that
    // may hold thousands of events.
    for (const [id, item] of this.#items) {
      const hide = !shown.has(id);
      if (item.hidden !== hide) item.hidden = hide;
    }
    for (const month of document.querySelectorAll<HTMLElement>(`#${CSS.escape(this.dataset.list ?? '')} > li`)) {
      const hide = !month.querySelector('li[data-id]:not([hidden])');
      if (month.hidden !== hide) month.hidden = hide;
    }
    const perKind = new Map<string, number>();
    for (const e of this.#events) if (withoutKinds(e)) perKind.set(e.kind, (perKind.get(e.kind) ?? 0) + 1);
    for (const count of this.querySelectorAll<HTMLElement>('[data-count-for]')) {
      count.textContent = String(perKind.get(count.dataset.countFor!) ?? 0);
    }
    const status = this.querySelector('[data-role="count"]');
    if (status) {
      status.textContent = this.#visible.length === this.#events.length
        ? `Showing all ${this.#events.length} events.`
        : `Showing ${this.#visible.length} of ${this.#events.length} events.`;
    }
    this.querySelector<HTMLElement>('[data-role="empty"]')?.toggleAttribute('hidden', this.#visible.length > 0);
    if (this.#selected && !shown.has(this.#selected)) this.#select(undefined, { history: false });
    this.#schedule();
  }

  // Selection --------------------------------------------------------------

  #select(id: string | undefined, { history = true, reveal = true, focusPanel = false } = {}): void {
    const previous = this.#selected;
    this.#selected = id && this.#visible.some((e) => e.id === id) ? id : undefined;
    if (previous) this.#items.get(previous)?.classList.remove('selected');
    const panel = this.querySelector<HTMLElement>('.details');
    const body = this.querySelector<HTMLElement>('.details-body');
    if (this.#selected && panel && body) {
      const item = this.#items.get(this.#selected)!;
      item.classList.add('selected');
      const card = item.querySelector('article')!.cloneNode(true) as HTMLElement;
      // The copy must not repeat the list's ids.
      for (const el of card.querySelectorAll('[id]')) el.id = `details-${el.id}`;
      card.setAttribute('aria-labelledby', `details-${card.getAttribute('aria-labelledby')}`);
      card.querySelector('details')?.setAttribute('open', '');
      if (this.#embedded) {
        for (const link of card.querySelectorAll('a')) Object.assign(link, { target: '_blank', rel: 'noopener noreferrer' });
      }
      body.replaceChildren(card);
      panel.hidden = false;
      const event = this.#events.find((e) => e.id === this.#selected)!;
      const position = this.#visible.indexOf(event) + 1;
      this.#announce(`${event.title}. Event ${position} of ${this.#visible.length}.`);
      if (reveal) this.#reveal(event);
      if (focusPanel) {
        const heading = panel.querySelector<HTMLElement>('.event-title');
        const target = heading?.querySelector<HTMLElement>('a') ?? heading;
        if (target && !target.matches('a')) target.tabIndex = -1;
        target?.focus();
      }
    } else if (panel) {
      panel.hidden = true;
    }
    this.#schedule();
    if (history && previous !== this.#selected) this.#pushUrl(true);
  }

  /** Pans (and if need be zooms) so that an event is in view. */
  #reveal(event: TimelineEvent): void {
    const x = this.#x();
    const [a, b] = [x(event.start), x(event.end)];
    const { width } = this.#geometry;
    if (a >= 16 && b <= width - 16) return;
    const [from, to] = x.domain();
    const span = to - from;
    const centre = (event.start + event.end) / 2;
    this.#showRange(centre - span / 2, centre + span / 2, true);
  }

  #announce(text: string): void {
    const live = this.querySelector('[data-role="announcer"]');
    if (live) live.textContent = text;
  }

  #step(direction: 1 | -1): void {
    if (this.#visible.length === 0) return;
    const index = this.#visible.findIndex((e) => e.id === this.#selected);
    const next = index === -1 ? (direction === 1 ? 0 : this.#visible.length - 1) : Math.min(this.#visible.length - 1, Math.max(0, index + direction));
    this.#select(this.#visible[next]!.id);
  }

  #wireKeyboard(): void {
    this.#viewport.addEventListener('keydown', (event) => {
      const keys: Record<string, () => void> = {
        ArrowRight: () => (event.shiftKey ? this.#panBy(0.2) : this.#step(1)),
        ArrowLeft: () => (event.shiftKey ? this.#panBy(-0.2) : this.#step(-1)),
        Home: () => this.#visible[0] && this.#select(this.#visible[0].id),
        End: () => this.#visible.at(-1) && this.#select(this.#visible.at(-1)!.id),
        '+': () => this.#zoomBy(1.5),
        '=': () => this.#zoomBy(1.5),
        '-': () => this.#zoomBy(1 / 1.5),
        _: () => this.#zoomBy(1 / 1.5),
        '0': () => this.#showRange(undefined, undefined, true),
        Enter: () => (this.#selected ? this.#select(this.#selected, { history: false, focusPanel: true }) : this.#step(1)),
        ' ': () => (this.#selected ? undefined : this.#step(1)),
        Escape: () => this.#select(undefined),
      };
      const action = keys[event.key];
      if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      action();
    });
    this.querySelector('.details')?.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') {
        this.#select(undefined);
        this.#viewport.focus();
      }
    });
    this.querySelector('[data-action="close"]')?.addEventListener('click', () => {
      this.#select(undefined);
      this.#viewport.focus();
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        const how = button.dataset.zoom;
        if (how === 'in') this.#zoomBy(1.5);
        else if (how === 'out') this.#zoomBy(1 / 1.5);
        else this.#showRange(undefined, undefined, true);
      });
    }
  }

  // Pointer ----------------------------------------------------------------

  #hit(px: number, py: number): { mark?: Mark; cluster?: Cluster } {
    const g = this.#geometry;
    let best: Mark | undefined;
    let bestDistance = RADIUS + 6;
    for (const mark of this.#marks) {
      const y = this.#laneY(mark.lane);
      const dx = px < mark.x0 ? mark.x0 - px : px > mark.x1 ? px - mark.x1 : 0;
      const d = Math.hypot(dx, py - y);
      if (d < bestDistance) {
        best = mark;
        bestDistance = d;
      }
    }
    if (best) return { mark: best };
    const cluster = Math.abs(py - g.clusterY) < 12 ? this.#clusters.find((c) => Math.abs(c.x - px) < 16) : undefined;
    return cluster ? { cluster } : {};
  }

  #wirePointer(): void {
    const tooltip = this.querySelector<HTMLElement>('.tooltip');
    const locale = this.dataset.locale ?? 'en-GB';
    this.#canvas.addEventListener('pointermove', (event) => {
      const { mark, cluster } = this.#hit(event.offsetX, event.offsetY);
      const id = mark?.event.id;
      this.#canvas.style.cursor = mark || cluster ? 'pointer' : 'grab';
      if (id !== this.#hovered) {
        this.#hovered = id;
        this.#schedule();
      }
      if (!tooltip) return;
      if (mark || cluster) {
        tooltip.textContent = mark
          ? `${mark.event.title} — ${DateTime.fromMillis(mark.event.start, { zone: 'utc', locale }).toFormat('d LLL yyyy')}`
          : `${cluster!.events.length} more events here: click to zoom in`;
        tooltip.hidden = false;
        const left = Math.min(event.offsetX + 12, this.#geometry.width - tooltip.offsetWidth - 4);
        tooltip.style.transform = `translate(${Math.max(0, left)}px, ${event.offsetY + 14}px)`;
      } else tooltip.hidden = true;
    });
    this.#canvas.addEventListener('pointerleave', () => {
      if (tooltip) tooltip.hidden = true;
      this.#hovered = undefined;
      this.#schedule();
    });
    this.#canvas.addEventListener('click', (event) => {
      const { mark, cluster } = this.#hit(event.offsetX, event.offsetY);
      if (mark) this.#select(mark.event.id, { reveal: false });
      else if (cluster) {
        const start = Math.min(...cluster.events.map((e) => e.start));
        const end = Math.max(...cluster.events.map((e) => e.end));
        this.#showRange(start - DAY_MS, end + DAY_MS, true);
        this.#scheduleUrl(true);
      }
    });
  }
}
