// What d3-zoom needs of d3-transition when nothing transitions. d3-zoom imports d3-transition
// only to stop a running zoom transition; this timeline animates its zoom itself (see
// TimelineCanvas), so there is never one to stop. The real module brings d3-color, d3-interpolate,
// d3-ease and d3-timer with it, about a third of the browser's script; a resolver in both
// browser builds (src/integrations/browserBundle.ts) gives d3-zoom this stub instead.
import { selection } from 'd3-selection';

/** Stops the transitions running on a node: there are none. */
export function interrupt(): void {}

// d3-zoom calls selection.interrupt() before setting a transform.
(selection.prototype as unknown as { interrupt(): unknown }).interrupt = function interrupt(this: unknown) {
  return this;
};
