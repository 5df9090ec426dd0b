import { urlForView } from './urlView.ts';
import type { ViewState } from './viewState.ts';
import { cancelIdle, whenIdle } from './whenIdle.ts';

/**
 * Writes the timeline's view into the page's address, and tells the page (a `timeline-view`
 * event, which the embed snippet builder follows). A deliberate step (a filter, a selection)
 * makes a history entry; zooming and typing replace the current one, a moment after they stop.
 * An embed leaves the address alone: its host's history is not its own.
 */
export class UrlWriter {
  #timer = 0;
  #idle = 0;
  #stopped = false;
  readonly #element: HTMLElement;
  readonly #view: () => ViewState;

  constructor(element: HTMLElement, view: () => ViewState) {
    this.#element = element;
    this.#view = view;
  }

  /** Writes the view now: a new history entry when `push`, else a replacement. */
  write(push: boolean): void {
    clearTimeout(this.#timer);
    cancelIdle(this.#idle);
    const view = this.#view();
    const url = urlForView(new URL(location.href), view);
    if (!this.#element.hasAttribute('data-embedded') && url !== `${location.pathname}${location.search}${location.hash}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    this.#element.dispatchEvent(new CustomEvent('timeline-view', { bubbles: true, detail: view }));
  }

  /**
   * A history entry, written when the main thread is next idle: after the frame that shows the
   * change, not in the way of the next one. `pushState` took 5 ms and at times over 100 ms on a
   * busy machine, time a reader ticking boxes one after another need not wait for.
   */
  writeAfterFrame(): void {
    clearTimeout(this.#timer);
    cancelIdle(this.#idle);
    this.#idle = whenIdle(() => {
      if (!this.#stopped) this.write(true);
    });
  }

  /**
   * The element has just shown the view its address asks for, and what follows the view reads it
   * as it is wired: the write its start's own zoom asked for is dropped when the address already
   * holds that view (an embed's never holds it). 300 ms after the first draw, that write was a
   * task of its own (over 100 ms on a busy machine) while the page should be idle; an address that
   * writes the view otherwise (an old link's) is still rewritten.
   */
  settle(): void {
    const embedded = this.#element.hasAttribute('data-embedded');
    if (embedded || urlForView(new URL(location.href), this.#view()) === `${location.pathname}${location.search}${location.hash}`) clearTimeout(this.#timer);
  }

  /** Writes the view 300 ms after the last call: zooming and typing make one entry, not hundreds. */
  writeSoon(push: boolean): void {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.write(push), 300);
  }

  /** The element left the page: nothing more is written. */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    cancelIdle(this.#idle);
  }
}
