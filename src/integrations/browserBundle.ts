import { resolve } from 'node:path';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

/**
 * The stubs d3-zoom gets in browser bundles for the modules it needs only to animate a zoom
 * transition, which the timeline never does (see each stub's comment).
 */
// From the project's folder: the build runs there, and this module may run from a bundle elsewhere.
const STUBS: Readonly<Record<string, string>> = {
  'd3-transition': resolve('src/client/d3TransitionStub.ts'),
  'd3-interpolate': resolve('src/client/d3InterpolateStub.ts'),
};
const fromZoom = (importer: string | undefined) => importer !== undefined && /[\\/]d3-zoom[\\/]/.test(importer);

/** For the reader page's bundle (Vite): d3-zoom's imports of those modules, and only those, resolve to the stubs. */
export function withoutTransitionsVite(): VitePlugin {
  return {
    name: 'without-d3-transitions',
    enforce: 'pre',
    resolveId(source, importer, options) {
      return !options?.ssr && fromZoom(importer) ? (STUBS[source] ?? null) : null;
    },
  };
}

/** The same for the embed's bundle (esbuild). */
export function withoutTransitionsEsbuild(): EsbuildPlugin {
  return {
    name: 'without-d3-transitions',
    setup(build) {
      build.onResolve({ filter: /^d3-(transition|interpolate)$/ }, (args) => (fromZoom(args.importer) ? { path: STUBS[args.path]! } : undefined));
    },
  };
}
