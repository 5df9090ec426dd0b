import { resolve } from 'node:path';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

/** The stub of d3-transition that d3-zoom gets in browser bundles (see the stub's comment). */
// From the project's folder: the build runs there, and this module may run from a bundle elsewhere.
const STUB = resolve('src/client/d3TransitionStub.ts');
const fromZoom = (importer: string | undefined) => importer !== undefined && /[\\/]d3-zoom[\\/]/.test(importer);

/** For the reader page's bundle (Vite): d3-zoom's import of d3-transition, and only that one, resolves to the stub. */
export function withoutTransitionsVite(): VitePlugin {
  return {
    name: 'without-d3-transitions',
    enforce: 'pre',
    resolveId(source, importer, options) {
      return source === 'd3-transition' && !options?.ssr && fromZoom(importer) ? STUB : null;
    },
  };
}

/** The same for the embed's bundle (esbuild). */
export function withoutTransitionsEsbuild(): EsbuildPlugin {
  return {
    name: 'without-d3-transitions',
    setup(build) {
      build.onResolve({ filter: /^d3-transition$/ }, (args) => (fromZoom(args.importer) ? { path: STUB } : undefined));
    },
  };
}
