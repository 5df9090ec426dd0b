import { setClientText } from '../i18n/clientText.ts';
import { actOn } from './actOn.ts';
import { NO_FILTERS } from './filterEvents.ts';
import { FilterState } from './FilterState.ts';
import type { KeyAction } from './keyMap.ts';
import { openFromUrl } from './openFromUrl.ts';
import { selectionOf } from './selectionOf.ts';
import { startCanvas } from './startCanvas.ts';
import type { TimelineCanvas } from './TimelineCanvas.ts';
import { TimelineData } from './TimelineData.ts';
import type { TimelineEvent } from './timelineEvent.ts';
import { UrlWriter } from './UrlWriter.ts';
import { viewFilters } from './viewFilters.ts';
import { viewMode } from './viewMode.ts';
import { viewOf } from './viewOf.ts';
import type { ViewState } from './viewState.ts';
import { wireKeys, wirePage, wirePointer, type ControlsHost } from './wireControls.ts';
import { writeEnhanced } from './writeEnhanced.ts';
import { writeSelection } from './writeSelection.ts';
import { writeMarkTooltip } from './writeTooltip.ts';

/**
 * `<conflict-timeline>`: enhances the server-rendered event list it names (`data-list`) with
 * filters, search, keyboard navigation and a URL that restores the view; on wide screens with a
 * zoomable canvas (TimelineCanvas), on narrow ones, or when `data-view="vertical"`, by making the
 * list itself a vertical timeline whose entries open in place, one story at a time. Without
 * JavaScript the list alone is the page; this element only adds to it.
 */
export class TimelineElement extends HTMLElement implements ControlsHost {
  canvas?: TimelineCanvas;
  #data?: TimelineData;
  #filtering?: FilterState;
  #selected?: string;
  #wiring?: AbortController;
  #url?: UrlWriter;
  #width = -1;

  /** The view asked for (`data-view`, from an embed's options), else vertical on narrow screens. */
  get mode(): 'timeline' | 'vertical' {
    return viewMode(this.dataset.view, this.#width);
  }
  get selected(): string | undefined { return this.#selected; }
  get visible(): readonly TimelineEvent[] { return this.#filtering?.visible ?? []; }
  // Read by the tests and the benchmark: events the last frame drew or counted, draw times, marks and titles drawn.
  get drawn(): number { return this.canvas?.drawn ?? 0; }
  get frameTimes(): number[] { return this.canvas?.frameTimes ?? []; }
  markPosition(id: string) { return this.canvas?.markPosition(id); }
  labels() { return this.canvas?.labels ?? []; }
  rings() { return this.canvas?.rings ?? []; }

  /**
   * Reads the list, writes what does not depend on the width, reads the width once (the one
   * layout the start forces), and draws every event before returning: the first paint already
   * shows them, and nothing waits for a frame.
   */
  connectedCallback(): void {
    const list = document.getElementById(this.dataset.list ?? '');
    const viewport = this.querySelector<HTMLElement>('.viewport');
    if (!list || !viewport) return;
    setClientText(this.dataset.i18n);
    const signal = (this.#wiring = new AbortController()).signal;
    const url = (this.#url = new UrlWriter(this, () => this.view));
    // A large archive's embed holds its latest events; the others come in pieces when needed.
    const data = (this.#data = new TimelineData(list, this.dataset.pieces, () => {
      hold();
      this.#refilter(filtering.apply());
    }, () => filtering.relist()));
    const filtering = (this.#filtering = new FilterState(this, list, data));
    writeEnhanced(this, list);
    const { canvas, hold, shown } = startCanvas(this, viewport, data, signal, () => url.writeSoon(false));
    this.canvas = canvas;
    filtering.wireForm(data.known.kinds.size, (visible, push) => {
      this.#refilter(visible);
      if (push) url.writeAfterFrame();
      else url.writeSoon(false);
    }, signal);
    wireKeys(this, this, viewport, list, signal);
    wirePointer(this, canvas, viewport.querySelector('.tooltip'), signal);
    const fromUrl = (initial: boolean) => openFromUrl(() => new URL(location.href), data, (state) => this.applyView(state), initial);
    wirePage(this, { resized: () => this.#resize(true), repaint: () => canvas.repaint(), popstate: () => fromUrl(false) }, signal);
    this.#resize(false);
    data.revealTarget(location.hash);
    addEventListener('hashchange', () => data.revealTarget(location.hash), { signal });
    fromUrl(true);
    shown();
    canvas.draw();
    url.settle();
    data.rest?.start();
  }

  /** Taken out of the page: every listener, observer and timer goes, so putting it back wires it once. */
  disconnectedCallback(): void {
    this.#width = -1;
    this.#wiring?.abort();
    this.#wiring = undefined;
    this.#url?.stop();
    this.canvas?.stop();
    this.#data?.rest?.stop();
  }

  /** Shows a view: filters, selection, range. Used on load, on back/forward, and by tests. */
  applyView(state: ViewState, fitRange = true): void {
    const { filters, range, everything } = viewFilters(state, this.hasAttribute('data-embedded'));
    this.#refilter(this.#filtering!.show(filters));
    this.select(state.event, { history: false, reveal: !state.from });
    if (everything) void this.#data!.pieces?.loadEverything();
    const [from, to] = this.#data!.openingRange(range);
    if (fitRange) this.canvas?.showRange(from, to, false);
  }

  /** The view as it stands, as a shareable query. */
  get view(): ViewState {
    return viewOf(this.#filtering?.filters ?? NO_FILTERS, this.#selected, this.canvas?.zoomed() ? this.canvas.x().domain() : undefined);
  }

  /** Selects an event (or none): the panel or the open story, the mark, the announcement and the URL follow. */
  select(id: string | undefined, { history = true, reveal = true, focus = false } = {}): void {
    const previous = this.#selected;
    const { event, announcement } = selectionOf(this.visible, id);
    this.#selected = event?.id;
    const vertical = this.mode === 'vertical';
    if (this.canvas) this.canvas.selected = this.#selected;
    if (event && !vertical && reveal) this.canvas?.reveal(event);
    writeSelection({ root: this, items: { get: (id) => this.#data!.entry(id) } }, previous, this.#selected, { vertical, announcement, focus, scroll: vertical && (focus || reveal) });
    this.restoreTooltip();
    this.canvas?.schedule();
    if (history && previous !== this.#selected) this.#url?.write(true);
  }

  /** What a key or button asks for (see keyMap.ts), from the canvas or the vertical timeline. */
  act(action: KeyAction, from: 'timeline' | 'vertical'): void {
    const canvas = this.canvas;
    if (!canvas) return;
    actOn({
      selected: this.#selected, visible: this.visible, canvas,
      select: (id, options) => this.select(id, options),
      moved: () => this.#url?.writeSoon(false),
      storyLine: (id) => this.#data?.entry(id)?.querySelector<HTMLElement>('.story-line') ?? undefined,
    }, action, from);
  }

  viewChanged(): void {
    this.#url?.writeSoon(true);
  }

  restoreTooltip(): void {
    const tooltip = this.querySelector<HTMLElement>('.tooltip');
    const event = this.mode === 'timeline' ? selectionOf(this.visible, this.#selected).event : undefined;
    if (tooltip && this.canvas) writeMarkTooltip(tooltip, this.canvas, event);
  }

  /** On a change of width only: the element grows and shrinks in height with its panel and counts, which the canvas need not follow. */
  #resize(draw: boolean): void {
    if (this.clientWidth === this.#width) return;
    this.#width = this.clientWidth;
    const mode = this.mode;
    if (this.dataset.mode !== mode) this.dataset.mode = mode;
    this.canvas?.resize(draw);
  }

  /** The timeline follows the events filters show (FilterState wrote the list and counts); a selection they hide goes. */
  #refilter(visible: readonly TimelineEvent[]): void {
    if (this.#selected && !selectionOf(visible, this.#selected).event) this.select(undefined, { history: false });
    this.canvas?.setVisible(visible);
  }
}
