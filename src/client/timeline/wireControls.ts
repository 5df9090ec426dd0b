import { DAY_MS } from '../../lib/dayMs.ts';
import { clientText, say } from '../i18n/clientText.ts';
import { keyAction, type KeyAction } from './keyMap.ts';
import { stepTo } from './viewStep.ts';
import type { TimelineCanvas } from './TimelineCanvas.ts';
import type { TimelineEvent } from './timelineEvent.ts';
import { writeTooltip } from './writeTooltip.ts';

/** What the controls drive: the element, seen from its inputs. */
export interface ControlsHost {
  readonly mode: 'timeline' | 'vertical';
  readonly selected: string | undefined;
  readonly visible: readonly TimelineEvent[];
  act(action: KeyAction, from: 'timeline' | 'vertical'): void;
  select(id: string | undefined, options?: { reveal?: boolean; focus?: boolean }): void;
  /** After a cluster is opened: the view changed on purpose. */
  viewChanged(): void;
  /** The pointer left: the tooltip goes back to the selected event's title, or away. */
  restoreTooltip(): void;
}

/**
 * The keyboard on the canvas and on the vertical timeline's entries, the story links, and the
 * panel's and zoom buttons. Every listener goes when `signal` aborts.
 */
export function wireKeys(host: ControlsHost, root: HTMLElement, viewport: HTMLElement, list: HTMLElement, signal: AbortSignal): void {
  viewport.addEventListener('keydown', (event) => {
    const action = keyAction(event, 'timeline');
    if (!action) return;
    event.preventDefault();
    host.act(action, 'timeline');
  }, { signal });
  // The vertical timeline's entries: arrows step through the stories, Esc closes the open one;
  // Enter is the link's own, handled as a click below.
  list.addEventListener('keydown', (event) => {
    const onLine = (event.target as HTMLElement).closest('.story-line');
    const action = onLine && host.mode === 'vertical' ? keyAction(event, 'vertical') : undefined;
    if (!action || action === 'open') return;
    event.preventDefault();
    host.act(action, 'vertical');
  }, { signal });
  // With the script, a story opens without moving the page's address to #event-…: the selection
  // goes into the query as everywhere else, and an embed leaves the host's history alone.
  list.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('.story-line, .story-nav a');
    const id = link?.closest<HTMLElement>('li[data-id]')?.dataset.id;
    if (!link || !id || host.mode !== 'vertical') return;
    event.preventDefault();
    const step = link.getAttribute('rel');
    if (step === 'prev' || step === 'next') host.select(stepTo(host.visible, id, step === 'prev' ? 'previous' : 'next'), { focus: true });
    else host.select(host.selected === id ? undefined : id, { focus: true });
  }, { signal });
  root.querySelector('.details')?.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape') host.act('close', 'timeline');
  }, { signal });
  root.querySelector('[data-action="close"]')?.addEventListener('click', () => host.act('close', 'timeline'), { signal });
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    const action = ({ in: 'zoom-in', out: 'zoom-out' } as const)[button.dataset.zoom as 'in' | 'out'] ?? 'fit';
    button.addEventListener('click', () => host.act(action, 'timeline'), { signal });
  }
}

/** The pointer on the canvas: hover shows a mark's full title, a click selects it or opens a cluster. */
export function wirePointer(host: ControlsHost, canvas: TimelineCanvas, tooltip: HTMLElement | null, signal: AbortSignal): void {
  const element = canvas.canvas;
  element.addEventListener('pointermove', (event) => {
    const { mark, cluster } = canvas.hit(event.offsetX, event.offsetY);
    element.style.cursor = mark || cluster ? 'pointer' : 'grab';
    if (mark?.event.id !== canvas.hovered) {
      canvas.hovered = mark?.event.id;
      canvas.schedule();
    }
    const text = mark ? `${mark.event.title} — ${canvas.day(mark.event.start)}` : cluster && say(clientText().moreHere, { n: cluster.count });
    if (tooltip) writeTooltip(tooltip, text, { x: event.offsetX, y: event.offsetY }, canvas.g.width);
  }, { signal });
  element.addEventListener('pointerleave', () => {
    canvas.hovered = undefined;
    canvas.schedule();
    host.restoreTooltip();
  }, { signal });
  element.addEventListener('click', (event) => {
    const { mark, cluster } = canvas.hit(event.offsetX, event.offsetY);
    if (mark) host.select(mark.event.id, { reveal: false });
    else if (cluster) {
      // What it counts, loaded or not, and a day on either side.
      canvas.showRange(cluster.from - DAY_MS, cluster.to + DAY_MS, true);
      host.viewChanged();
    }
  }, { signal });
}

/** What the page around the element tells it of: its width, the reader's colour scheme, back and forward. */
export interface PageHooks {
  resized(): void;
  repaint(): void;
  popstate(): void;
}

/** The element's own size, the colour scheme and the history, for as long as `signal` has not aborted. */
export function wirePage(element: HTMLElement, hooks: PageHooks, signal: AbortSignal): void {
  const resize = new ResizeObserver(() => hooks.resized());
  resize.observe(element);
  signal.addEventListener('abort', () => resize.disconnect());
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => hooks.repaint(), { signal });
  addEventListener('popstate', () => hooks.popstate(), { signal });
}
