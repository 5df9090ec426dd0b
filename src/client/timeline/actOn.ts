import type { KeyAction } from './keyMap.ts';
import type { TimelineCanvas } from './TimelineCanvas.ts';
import type { TimelineEvent } from './timelineEvent.ts';
import { stepTo } from './viewStep.ts';

/** What an action moves: the selection among the events shown, the canvas's view, and focus. */
export interface ActionTarget {
  readonly selected: string | undefined;
  readonly visible: readonly TimelineEvent[];
  readonly canvas: TimelineCanvas;
  select(id: string | undefined, options?: { history?: boolean; focus?: boolean }): void;
  /** The view moved: the address follows a moment later. */
  moved(): void;
  /** The vertical timeline's line of an event, to give focus back to. */
  storyLine(id: string): HTMLElement | undefined;
}

/**
 * Does what a key or button asks (see keyMap.ts), from the canvas or the vertical timeline: steps
 * through the events shown, zooms about the selected mark, pans, fits, opens and closes.
 */
export function actOn(target: ActionTarget, action: KeyAction, from: 'timeline' | 'vertical'): void {
  const { canvas, selected } = target;
  switch (action) {
    case 'next': case 'previous': case 'first': case 'last':
      return target.select(stepTo(target.visible, selected, action), { focus: from === 'vertical' });
    case 'zoom-in': case 'zoom-out':
      canvas.zoomBy(action === 'zoom-in' ? 1.5 : 1 / 1.5, selected ? canvas.markPosition(selected)?.x : undefined);
      return target.moved();
    case 'pan-left': case 'pan-right':
      canvas.panBy(action === 'pan-right' ? 0.2 : -0.2);
      return target.moved();
    case 'fit':
      return canvas.showRange(undefined, undefined, true);
    case 'open':
      return selected ? target.select(selected, { history: false, focus: true }) : actOn(target, 'next', from);
    case 'close':
      target.select(undefined);
      if (from === 'vertical' && selected) target.storyLine(selected)?.focus();
      else canvas.viewport.focus();
  }
}
