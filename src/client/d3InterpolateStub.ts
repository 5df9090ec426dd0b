// What d3-zoom needs of d3-interpolate when nothing transitions: d3-zoom imports interpolateZoom
// only to tween a zoom transition, and this timeline never starts one (see d3TransitionStub.ts).
// The real module's single file brings d3-color with it, which a bundler cannot leave out: some
// 15 KB of the browser's script (5 KB gzipped) for a function never called. A resolver in both
// browser builds (src/integrations/browserBundle.ts) gives d3-zoom this stub instead.

/** Never called: zoom transitions are not used. Throws, so that a future use is noticed at once. */
export function interpolateZoom(): never {
  throw new Error('interpolateZoom: zoom transitions are not bundled (src/client/d3InterpolateStub.ts)');
}
