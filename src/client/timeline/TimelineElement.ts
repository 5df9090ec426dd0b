import { DAY_MS } from '../../lib/dayMs.ts';
import { setClientText } from '../i18n/clientText.ts';
import { countFiltered } from './countFiltered.ts';
import { NO_FILTERS, type Filters } from './filterEvents.ts';
import { wireFilterForm, writeFilters } from './filterForm.ts';
import type { KeyAction } from './keyMap.ts';
import { dayOf, parseDay } from './parseDay.ts';
import { insertPiece } from './insertPiece.ts';
import { PieceLoader, type PieceManifest } from './PieceLoader.ts';
import { readEvents } from './readEvents.ts';
import { TimelineCanvas } from './TimelineCanvas.ts';
import type { TimelineEvent } from './timelineEvent.ts';
import { readUrlView } from './urlView.ts';
import { UrlWriter } from './UrlWriter.ts';
import type { Known, ViewState } from './viewState.ts';
import { revealRange, stepTo } from './viewStep.ts';
import { wireKeys, wirePointer, type ControlsHost } from './wireControls.ts';
import { writeCounts, writeList } from './writeList.ts';
import { writePanel } from './writePanel.ts';
import { writeStory } from './writeStory.ts';
import { writeTooltip } from './writeTooltip.ts';

/** Below this width (CSS pixels) the timeline runs down the page; the list's container query (EventList.css) says the same. */
export const VERTICAL_BELOW = 600;

/**
 * `<conflict-timeline>`: enhances the server-rendered event list it names (`data-list`) with
 * filters, search, keyboard navigation and a URL that restores the view; on wide screens with a
 * zoomable canvas (TimelineCanvas), on narrow ones, or when `data-view="vertical"`, by making the
 * list itself a vertical timeline whose entries open in place, one story at a time. Without
 * JavaScript the list alone is the page; this element only adds to it.
 */
export class TimelineElement extends HTMLElement implements ControlsHost {
  canvas?: TimelineCanvas;
  #events: TimelineEvent[] = [];
  #items = new Map<string, HTMLElement>();
  #visible: TimelineEvent[] = [];
  #filters: Filters = NO_FILTERS;
  #selected?: string;
  #known!: Known;
  #list!: HTMLElement;
  #wiring?: AbortController;
  #pieces?: PieceLoader;
  /** The view asked for is on screen: from now on, moving fetches pieces. */
  #shown = false;
  #url?: UrlWriter;
  #width = -1;

  /** The view asked for (`data-view`, from an embed's options), else vertical on narrow screens. */
  get mode(): 'timeline' | 'vertical' {
    const asked = this.dataset.view;
    if (asked === 'vertical' || asked === 'timeline') return asked;
    return this.clientWidth < VERTICAL_BELOW ? 'vertical' : 'timeline';
  }
  get selected(): string | undefined {
    return this.#selected;
  }
  get visible(): readonly TimelineEvent[] {
    return this.#visible;
  }
  /** How many events the canvas's last frame drew or counted; read by the tests and the benchmark. */
  get drawn(): number {
    return this.canvas?.drawn ?? 0;
  }
  get frameTimes(): number[] {
    return this.canvas?.frameTimes ?? [];
  }
  /** Where an event's mark is drawn (TimelineCanvas.markPosition): lets a test click it. */
  markPosition(id: string) {
    return this.canvas?.markPosition(id);
  }
  /** The titles drawn on the canvas, with their measured boxes: what the label tests check. */
  labels() {
    return this.canvas?.labels ?? [];
  }

  connectedCallback(): void {
    const list = document.getElementById(this.dataset.list ?? '');
    if (!list) return;
    // The page's language: its strings, month names and digits (src/i18n/clientTextFor.ts).
    setClientText(this.dataset.i18n);
    this.#list = list;
    const signal = (this.#wiring = new AbortController()).signal;
    const url = (this.#url = new UrlWriter(this, () => this.view));
    ({ events: this.#events, items: this.#items } = readEvents(list));
    // A large archive's embed holds its latest events; the others come in pieces when needed.
    const manifest = this.dataset.pieces ? (JSON.parse(this.dataset.pieces) as PieceManifest) : undefined;
    this.#pieces = manifest && new PieceLoader(manifest, (html) => this.#addPiece(html));
    this.#known = {
      kinds: new Set(this.#events.map((e) => e.kind)),
      actors: new Set(manifest?.actors ?? this.#events.flatMap((e) => e.actors)),
      sources: new Set(manifest?.sources ?? this.#events.flatMap((e) => e.sources)),
      ids: new Set(this.#events.map((e) => e.id)),
      places: new Set(this.#events.flatMap((e) => (e.place ? [e.place] : []))),
    };
    list.dataset.enhanced = '';
    this.querySelector('.timeline-fallback')?.setAttribute('hidden', '');
    this.querySelector('.timeline-ui')?.removeAttribute('hidden');
    const viewport = this.querySelector<HTMLElement>('.viewport')!;
    const range = this.querySelector('[data-role="range"]');
    const canvas = (this.canvas = new TimelineCanvas(viewport, this.dataset.locale ?? 'en-GB', () => url.writeSoon(false), (from, to) => {
      this.dataset.drawn = String(canvas.drawn);
      if (range) range.textContent = `${canvas.day(Math.max(from, 0))} – ${canvas.day(to - 1)}`;
      // The margins at either edge show no event of their own: they fetch nothing.
      const edge = (to - from) * 0.02;
      if (this.#shown) void this.#pieces?.loadRange(from + edge, to - edge);
    }));
    canvas.setEvents(this.#events, manifest?.span);
    canvas.pending = this.#pieces?.pending() ?? [];
    const form = this.querySelector<HTMLFormElement>('form.filters');
    if (form) {
      wireFilterForm(form, this.#known.kinds.size, (filters, push) => {
        this.#filters = { ...filters, ...(this.#filters.within ? { within: this.#filters.within } : {}) };
        this.#refilter();
        if (push) url.writeAfterFrame();
        else url.writeSoon(false);
      }, signal);
    }
    wireKeys(this, this, viewport, list, signal);
    wirePointer(this, canvas, viewport.querySelector('.tooltip'), signal);
    const resize = new ResizeObserver(() => this.#resize());
    resize.observe(this);
    signal.addEventListener('abort', () => resize.disconnect());
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => canvas.repaint(), { signal });
    addEventListener('popstate', () => this.#applyUrl(false), { signal });
    this.#resize();
    this.#applyUrl(true);
    this.#shown = true;
    canvas.schedule();
  }

  /** Taken out of the page: every listener, observer and timer goes, so putting it back wires it once. */
  disconnectedCallback(): void {
    this.#width = -1;
    this.#shown = false;
    this.#wiring?.abort();
    this.#wiring = undefined;
    this.#url?.stop();
    this.canvas?.stop();
  }

  /** Shows a view: filters, selection, range. Used on load, on back/forward, and by tests. */
  applyView(state: ViewState, fitRange = true): void {
    const [from, to] = [state.from ? parseDay(state.from) : undefined, state.to ? parseDay(state.to)! + DAY_MS : undefined];
    // An embed shows only the range it was asked for; the reader page only scrolls to it.
    const within = this.hasAttribute('data-embedded') && (from !== undefined || to !== undefined) ? [from ?? -Infinity, to ?? Infinity] as const : undefined;
    this.#filters = within ? { ...state.filters, within } : state.filters;
    const form = this.querySelector<HTMLFormElement>('form.filters');
    if (form) writeFilters(form, this.#filters);
    this.#refilter();
    this.select(state.event, { history: false, reveal: !state.from });
    // A search or a filter needs every event: a large archive's pieces all come.
    const { kinds, actors, sources, places, q } = state.filters;
    if (kinds.size + actors.size + sources.size + (places?.size ?? 0) > 0 || q.trim()) void this.#pieces?.loadEverything();
    if (fitRange) {
      // Without a range asked for, a large archive's embed opens on the stretch its page holds.
      const stretch = this.#pieces && from === undefined && to === undefined && this.#events.length > 0 ? [this.#events[0]!.start, this.#events.at(-1)!.end] : [from, to];
      this.canvas?.showRange(stretch[0], stretch[1], false);
    }
  }

  /** A piece of a large archive has come: its events join the list and the timeline. */
  #addPiece(html: string): void {
    const template = document.createElement('template');
    template.innerHTML = html;
    const { events, items } = readEvents(template.content);
    insertPiece(this.#list, template.content);
    for (const [id, item] of items) this.#items.set(id, item);
    for (const event of events) (this.#known.ids as Set<string>).add(event.id);
    // Pieces never overlap the events already here: a stable sort by time keeps the list's order.
    this.#events = [...this.#events, ...events].sort((a, b) => a.start - b.start);
    this.canvas?.setEvents(this.#events, this.#pieces!.manifest.span);
    if (this.canvas) this.canvas.pending = this.#pieces!.pending();
    this.#refilter();
  }

  /** The view as it stands, as a shareable query. */
  get view(): ViewState {
    const [from, to] = this.canvas?.x().domain() ?? [0, 0];
    return {
      filters: this.#filters,
      ...(this.#selected ? { event: this.#selected } : {}),
      ...(this.canvas?.zoomed() ? { from: dayOf(from), to: dayOf(to - 1) } : {}),
    };
  }

  /** Selects an event (or none): the panel or the open story, the mark, the announcement and the URL follow. */
  select(id: string | undefined, { history = true, reveal = true, focus = false } = {}): void {
    const previous = this.#selected;
    const event = id === undefined ? undefined : this.#visible.find((e) => e.id === id);
    this.#selected = event?.id;
    const vertical = this.mode === 'vertical';
    const previousItem = previous === undefined ? undefined : this.#items.get(previous);
    if (previousItem) writeStory(previousItem, false, false);
    const item = event && this.#items.get(event.id);
    if (item) writeStory(item, true, vertical);
    const panel = this.querySelector<HTMLElement>('.details');
    const heading = panel ? writePanel(panel, vertical ? undefined : item) : undefined;
    if (this.canvas) this.canvas.selected = this.#selected;
    if (event) {
      this.#announce(`${event.title}. Event ${this.#visible.indexOf(event) + 1} of ${this.#visible.length}.`);
      if (vertical && (focus || reveal)) item?.scrollIntoView({ block: 'nearest' });
      if (!vertical && reveal) this.#reveal(event);
      const target = vertical ? item?.querySelector<HTMLElement>('.story-line') : (heading?.querySelector<HTMLElement>('a') ?? heading);
      if (focus && target) {
        if (!target.matches('a, button')) target.tabIndex = -1;
        target.focus();
      }
    }
    this.restoreTooltip();
    this.canvas?.schedule();
    if (history && previous !== this.#selected) this.#url?.write(true);
  }

  /** What a key or button asks for (see keyMap.ts), from the canvas or the vertical timeline. */
  act(action: KeyAction, from: 'timeline' | 'vertical'): void {
    const canvas = this.canvas!;
    switch (action) {
      case 'next': case 'previous': case 'first': case 'last':
        return this.select(stepTo(this.#visible, this.#selected, action), { focus: from === 'vertical' });
      case 'zoom-in': case 'zoom-out':
        canvas.zoomBy(action === 'zoom-in' ? 1.5 : 1 / 1.5, this.#selected ? canvas.markPosition(this.#selected)?.x : undefined);
        return this.#url?.writeSoon(false);
      case 'pan-left': case 'pan-right':
        canvas.panBy(action === 'pan-right' ? 0.2 : -0.2);
        return this.#url?.writeSoon(false);
      case 'fit':
        return canvas.showRange(undefined, undefined, true);
      case 'open':
        return this.#selected ? this.select(this.#selected, { history: false, focus: true }) : this.act('next', from);
      case 'close': {
        const was = this.#selected;
        this.select(undefined);
        if (from === 'vertical' && was) this.#items.get(was)?.querySelector<HTMLElement>('.story-line')?.focus();
        else canvas.viewport.focus();
      }
    }
  }

  viewChanged(): void {
    this.#url?.writeSoon(true);
  }

  restoreTooltip(): void {
    const tooltip = this.querySelector<HTMLElement>('.tooltip');
    const event = this.mode === 'timeline' ? this.#visible.find((e) => e.id === this.#selected) : undefined;
    const at = event && this.canvas?.markPosition(event.id);
    if (tooltip && this.canvas) writeTooltip(tooltip, at && `${event.title} — ${this.canvas.day(event.start)}`, at ?? { x: 0, y: 0 }, this.canvas.g.width);
  }

  #reveal(event: TimelineEvent): void {
    const canvas = this.canvas!;
    const range = revealRange(canvas.x().domain(), event, canvas.x(), canvas.g.width);
    if (range) canvas.showRange(range[0], range[1], true);
  }

  #announce(text: string): void {
    const live = this.querySelector('[data-role="announcer"]');
    if (live) live.textContent = text;
  }

  /** On a change of width only: the element grows and shrinks in height with its panel and counts, which the canvas need not follow. */
  #resize(): void {
    if (this.clientWidth === this.#width) return;
    this.#width = this.clientWidth;
    const mode = this.mode;
    if (this.dataset.mode !== mode) this.dataset.mode = mode;
    this.canvas?.resize();
  }

  /** Applies the filters to the timeline and to the list, and updates the counts. */
  #refilter(): void {
    const pending = this.#pieces?.pending().reduce((n, p) => n + p.count, 0) ?? 0;
    const { visible, perKind, shown, total } = countFiltered(this.#events, this.#filters, pending);
    this.#visible = visible;
    const ids = new Set(visible.map((e) => e.id));
    writeList(this.#list, this.#items, this.#events, ids);
    writeCounts(this, perKind, shown, total);
    if (this.#selected && !ids.has(this.#selected)) this.select(undefined, { history: false });
    this.canvas?.setVisible(visible);
  }

  #applyUrl(initial: boolean): void {
    const url = new URL(location.href);
    const { state, warnings } = readUrlView(url, this.#known);
    // A link to an event in a piece not loaded: show the rest now, and the event once its piece comes.
    const wanted = readUrlView(url, { ...this.#known, ids: { has: () => true } as unknown as Set<string> }).state.event;
    if (this.#pieces && wanted && !this.#known.ids.has(wanted)) {
      this.applyView(state);
      void this.#pieces.loadEvent(wanted).then((found) => {
        if (found) this.#applyUrl(initial);
        else if (initial) for (const w of warnings) console.warn(`timeline: ${w}`);
      });
      return;
    }
    if (initial) for (const w of warnings) console.warn(`timeline: ${w}`);
    this.applyView(state);
  }
}
