import { DAY_MS } from '../../lib/dayMs.ts';
import { readFilters, writeFilters } from './filterForm.ts';
import { matcher, NO_FILTERS, type Filters } from './filterEvents.ts';
import { keyAction, type KeyAction } from './keyMap.ts';
import { parseDay, dayOf } from './parseDay.ts';
import { readEvents } from './readEvents.ts';
import { TimelineCanvas } from './TimelineCanvas.ts';
import type { TimelineEvent } from './timelineEvent.ts';
import { parseViewState, serializeViewState, type Known, type ViewState } from './viewState.ts';
import { revealRange, stepTo } from './viewStep.ts';
import { writeCounts, writeList } from './writeList.ts';
import { writePanel } from './writePanel.ts';
import { writeTooltip } from './writeTooltip.ts';

/** Below this width (CSS pixels) the timeline runs down the page: the list's own container query says the same. */
export const VERTICAL_BELOW = 600;

/**
 * `<conflict-timeline>`: enhances the server-rendered event list it names (`data-list`) with
 * filters, search, keyboard navigation and a URL that restores the view; on wide screens with a
 * zoomable canvas timeline, on narrow ones (and in an embed with `data-view="vertical"`) by
 * making the list itself a vertical timeline whose entries open in place, one story at a time.
 * Without JavaScript the list alone is the page; this element only adds to it.
 */
export class TimelineElement extends HTMLElement {
  canvas?: TimelineCanvas;
  #events: TimelineEvent[] = [];
  #items = new Map<string, HTMLElement>();
  #visible: TimelineEvent[] = [];
  #filters: Filters = NO_FILTERS;
  #selected?: string;
  #known!: Known;
  #list!: HTMLElement;
  #wiring?: AbortController;
  #urlTimer = 0;

  get #embedded(): boolean {
    return this.hasAttribute('data-embedded');
  }

  /** The view asked for (`data-view`, from an embed's options), else vertical on narrow screens and the canvas timeline on wide ones. */
  get mode(): 'timeline' | 'vertical' {
    const asked = this.dataset.view;
    if (asked === 'vertical' || asked === 'timeline') return asked;
    return this.clientWidth < VERTICAL_BELOW ? 'vertical' : 'timeline';
  }

  /** How many events the last frame of the timeline drew or counted; read by the tests and the benchmark. */
  get drawn(): number {
    return this.canvas?.drawn ?? 0;
  }

  get frameTimes(): number[] {
    return this.canvas?.frameTimes ?? [];
  }

  connectedCallback(): void {
    const list = document.getElementById(this.dataset.list ?? '');
    if (!list) return;
    this.#list = list;
    const signal = (this.#wiring = new AbortController()).signal;
    ({ events: this.#events, items: this.#items } = readEvents(list));
    this.#known = {
      kinds: new Set(this.#events.map((e) => e.kind)),
      actors: new Set(this.#events.flatMap((e) => e.actors)),
      sources: new Set(this.#events.flatMap((e) => e.sources)),
      ids: new Set(this.#events.map((e) => e.id)),
    };
    list.dataset.enhanced = '';
    this.querySelector('.timeline-fallback')?.setAttribute('hidden', '');
    this.querySelector('.timeline-ui')?.removeAttribute('hidden');
    const viewport = this.querySelector<HTMLElement>('.viewport')!;
    const range = this.querySelector('[data-role="range"]');
    this.canvas = new TimelineCanvas(viewport, this.dataset.locale ?? 'en-GB', () => this.#scheduleUrl(false), (from, to) => {
      this.dataset.drawn = String(this.drawn);
      if (range) range.textContent = `${this.canvas!.day(Math.max(from, 0))} – ${this.canvas!.day(to - 1)}`;
    });
    this.canvas.setEvents(this.#events);
    this.#wireForm(signal);
    this.#wireKeys(viewport, signal);
    this.#wirePointer(viewport, signal);
    const resize = new ResizeObserver(() => this.#resize());
    resize.observe(this);
    signal.addEventListener('abort', () => resize.disconnect());
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => this.canvas?.repaint(), { signal });
    addEventListener('popstate', () => this.#applyUrl(false), { signal });
    this.#resize();
    this.#applyUrl(true);
  }

  /** Taken out of the page: every listener, observer and timer goes, so putting it back wires it once. */
  disconnectedCallback(): void {
    this.#wiring?.abort();
    this.#wiring = undefined;
    clearTimeout(this.#urlTimer);
    this.canvas?.stop();
  }

  /** Shows a view: filters, selection, range. Used on load, on back/forward, and by tests. */
  applyView(state: ViewState, fitRange = true): void {
    const [from, to] = [state.from ? parseDay(state.from) : undefined, state.to ? parseDay(state.to)! + DAY_MS : undefined];
    // An embed shows only the range it was asked for; the reader page only scrolls to it.
    const within = this.#embedded && (from !== undefined || to !== undefined) ? [from ?? -Infinity, to ?? Infinity] as const : undefined;
    this.#filters = within ? { ...state.filters, within } : state.filters;
    const form = this.querySelector<HTMLFormElement>('form.filters');
    if (form) writeFilters(form, this.#filters);
    this.#refilter();
    this.select(state.event, { history: false, reveal: !state.from });
    if (fitRange) this.canvas?.showRange(from, to, false);
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

  /** Where an event's mark is drawn on the canvas; see TimelineCanvas.markPosition. */
  markPosition(id: string): { x: number; y: number } | undefined {
    return this.canvas?.markPosition(id);
  }

  /** The titles drawn on the canvas, with their boxes: what the label tests measure. */
  labels() {
    return this.canvas?.labels ?? [];
  }

  /** Selects an event (or none): the panel or the opened entry, the mark, the announcement and the URL follow. */
  select(id: string | undefined, { history = true, reveal = true, focus = false } = {}): void {
    const previous = this.#selected;
    this.#selected = id && this.#visible.some((e) => e.id === id) ? id : undefined;
    const vertical = this.mode === 'vertical';
    if (previous) this.#openItem(previous, false);
    const event = this.#events.find((e) => e.id === this.#selected);
    const panel = this.querySelector<HTMLElement>('.details');
    const heading = panel && writePanel(panel, vertical || !event ? undefined : this.#items.get(event.id));
    if (this.canvas) this.canvas.selected = this.#selected;
    if (event) {
      this.#openItem(event.id, vertical);
      this.#announce(`${event.title}. Event ${this.#visible.indexOf(event) + 1} of ${this.#visible.length}.`);
      if (reveal && !vertical) this.#reveal(event);
      if (vertical && (focus || reveal)) this.#items.get(event.id)?.scrollIntoView({ block: 'nearest' });
      if (focus) this.#focusSelected(vertical, heading ?? undefined);
    }
    this.#showTooltip(vertical ? undefined : event);
    this.canvas?.schedule();
    if (history && previous !== this.#selected) this.#pushUrl(true);
  }

  #openItem(id: string, open: boolean): void {
    const item = this.#items.get(id);
    if (!item) return;
    item.classList.toggle('selected', open || (this.mode === 'timeline' && id === this.#selected));
    item.classList.toggle('open', open);
    item.querySelector('.story-line')?.setAttribute('aria-expanded', String(open));
  }

  #focusSelected(vertical: boolean, heading: HTMLElement | undefined): void {
    const target = vertical ? this.#items.get(this.#selected!)?.querySelector<HTMLElement>('.story-line') : (heading?.querySelector<HTMLElement>('a') ?? heading);
    if (target && !target.matches('a, button')) target.tabIndex = -1;
    target?.focus();
  }

  #showTooltip(event: TimelineEvent | undefined): void {
    const tooltip = this.querySelector<HTMLElement>('.tooltip');
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

  #resize(): void {
    const mode = this.mode;
    if (this.dataset.mode !== mode) this.dataset.mode = mode;
    this.canvas?.resize();
  }

  /** Applies the filters to the timeline and to the list, and updates the counts. */
  #refilter(): void {
    const test = matcher(this.#filters);
    const withoutKinds = matcher(this.#filters, 'kinds');
    this.#visible = this.#events.filter(test);
    const shown = new Set(this.#visible.map((e) => e.id));
    writeList(this.#list, this.#items, this.#events, shown);
    const perKind = new Map<string, number>();
    for (const e of this.#events) if (withoutKinds(e)) perKind.set(e.kind, (perKind.get(e.kind) ?? 0) + 1);
    writeCounts(this, perKind, this.#visible.length, this.#events.length);
    if (this.#selected && !shown.has(this.#selected)) this.select(undefined, { history: false });
    this.canvas?.setVisible(this.#visible);
  }

  #act(action: KeyAction, from: 'timeline' | 'vertical'): void {
    const canvas = this.canvas!;
    const centre = () => (this.#selected ? canvas.markPosition(this.#selected)?.x : undefined);
    const focus = from === 'vertical';
    switch (action) {
      case 'next': case 'previous': case 'first': case 'last':
        return this.select(stepTo(this.#visible, this.#selected, action), { focus });
      case 'zoom-in': case 'zoom-out':
        canvas.zoomBy(action === 'zoom-in' ? 1.5 : 1 / 1.5, centre());
        return this.#scheduleUrl(false);
      case 'pan-left': case 'pan-right':
        canvas.panBy(action === 'pan-right' ? 0.2 : -0.2);
        return this.#scheduleUrl(false);
      case 'fit':
        return canvas.showRange(undefined, undefined, true);
      case 'open':
        return this.#selected ? this.select(this.#selected, { history: false, focus: true }) : this.#act('next', from);
      case 'close': {
        const was = this.#selected;
        this.select(undefined);
        if (from === 'vertical' && was) this.#items.get(was)?.querySelector<HTMLElement>('.story-line')?.focus();
        else this.canvas?.viewport.focus();
      }
    }
  }

  #wireKeys(viewport: HTMLElement, signal: AbortSignal): void {
    viewport.addEventListener('keydown', (event) => {
      const action = keyAction(event, 'timeline');
      if (!action) return;
      event.preventDefault();
      this.#act(action, 'timeline');
    }, { signal });
    // The vertical timeline's entries: arrows step through the stories, Esc closes the one open.
    this.#list.addEventListener('keydown', (event) => {
      const line = (event.target as HTMLElement).closest('.story-line');
      const action = line && this.mode === 'vertical' ? keyAction(event, 'vertical') : undefined;
      if (!action || action === 'open') return;
      event.preventDefault();
      this.#act(action, 'vertical');
    }, { signal });
    this.#list.addEventListener('click', (event) => {
      const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('.story-line, .story-nav a');
      const item = link?.closest<HTMLElement>('li[data-id]');
      if (!link || !item || this.mode !== 'vertical') return;
      event.preventDefault();
      const id = item.dataset.id!;
      const step = link.getAttribute('rel');
      if (step === 'prev' || step === 'next') this.select(stepTo(this.#visible, id, step === 'prev' ? 'previous' : 'next'), { focus: true });
      else this.select(this.#selected === id ? undefined : id, { focus: true });
    }, { signal });
    this.querySelector('.details')?.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') this.#act('close', 'timeline');
    }, { signal });
    this.querySelector('[data-action="close"]')?.addEventListener('click', () => this.#act('close', 'timeline'), { signal });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      const action = ({ in: 'zoom-in', out: 'zoom-out' } as const)[button.dataset.zoom as 'in' | 'out'] ?? 'fit';
      button.addEventListener('click', () => this.#act(action, 'timeline'), { signal });
    }
  }

  #wirePointer(viewport: HTMLElement, signal: AbortSignal): void {
    const canvas = this.canvas!;
    const tooltip = viewport.querySelector<HTMLElement>('.tooltip');
    canvas.canvas.addEventListener('pointermove', (event) => {
      const { mark, cluster } = canvas.hit(event.offsetX, event.offsetY);
      canvas.canvas.style.cursor = mark || cluster ? 'pointer' : 'grab';
      if (mark?.event.id !== canvas.hovered) {
        canvas.hovered = mark?.event.id;
        canvas.schedule();
      }
      const text = mark ? `${mark.event.title} — ${canvas.day(mark.event.start)}` : cluster && `${cluster.events.length} more events here: click to zoom in`;
      if (tooltip) writeTooltip(tooltip, text, { x: event.offsetX, y: event.offsetY }, canvas.g.width);
    }, { signal });
    canvas.canvas.addEventListener('pointerleave', () => {
      canvas.hovered = undefined;
      this.#showTooltip(this.#events.find((e) => e.id === this.#selected));
      canvas.schedule();
    }, { signal });
    canvas.canvas.addEventListener('click', (event) => {
      const { mark, cluster } = canvas.hit(event.offsetX, event.offsetY);
      if (mark) this.select(mark.event.id, { reveal: false });
      else if (cluster) {
        canvas.showRange(Math.min(...cluster.events.map((e) => e.start)) - DAY_MS, Math.max(...cluster.events.map((e) => e.end)) + DAY_MS, true);
        this.#scheduleUrl(true);
      }
    }, { signal });
  }

  #wireForm(signal: AbortSignal): void {
    const form = this.querySelector<HTMLFormElement>('form.filters');
    if (!form) return;
    let typing = 0;
    const read = (push: boolean) => {
      this.#filters = { ...readFilters(form, this.#known.kinds.size), ...(this.#filters.within ? { within: this.#filters.within } : {}) };
      this.#refilter();
      if (push) this.#pushUrl(true);
      else this.#scheduleUrl(false);
    };
    form.addEventListener('change', () => read(true), { signal });
    form.addEventListener('input', (event) => {
      if (!(event.target as HTMLElement).matches('input[type="search"]')) return;
      clearTimeout(typing);
      typing = window.setTimeout(() => read(false), 120);
    }, { signal });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      read(true);
    }, { signal });
    form.addEventListener('reset', () => setTimeout(() => read(true)), { signal });
    this.querySelector('[data-action="select-all-kinds"]')?.addEventListener('click', () => {
      for (const box of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) box.checked = true;
      read(true);
    }, { signal });
  }

  #applyUrl(initial: boolean): void {
    const params = new URLSearchParams(location.search);
    // A link to an entry's story (#event-…, which works without JavaScript) opens it the same way.
    const target = /^#event-(.+)$/.exec(location.hash)?.[1];
    if (initial && target && !params.has('event') && this.#known.ids.has(decodeURIComponent(target))) params.set('event', decodeURIComponent(target));
    const { state, warnings } = parseViewState(params, this.#known);
    if (initial) for (const w of warnings) console.warn(`timeline: ${w}`);
    this.applyView(state);
  }

  /** Writes the view into the URL: a new history entry for deliberate steps, a replacement for zoom and typing. */
  #pushUrl(push: boolean): void {
    const detail = this.view;
    if (!this.#embedded) {
      const query = serializeViewState(detail).toString();
      // A story's #event-… target gives way to the selection the query now holds.
      const hash = location.hash.startsWith('#event-') ? '' : location.hash;
      const url = `${location.pathname}${query ? `?${query}` : ''}${hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    }
    this.dispatchEvent(new CustomEvent('timeline-view', { bubbles: true, detail }));
  }

  #scheduleUrl(push: boolean): void {
    clearTimeout(this.#urlTimer);
    this.#urlTimer = window.setTimeout(() => this.#pushUrl(push), 300);
  }
}
