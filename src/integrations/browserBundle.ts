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

/**
 * V8's explicit compile hint: a script that begins with this comment has every function compiled
 * as it is streamed in, off the main thread, instead of each one on the main thread at its first
 * call. Nearly all of the reader page's functions run before its timeline is first drawn.
 */
export const COMPILE_ALL_ON_LOAD = '//# allFunctionsCalledOnLoad\n';

/**
 * Puts the compile hint first in the bundled chunks whose file names match `files`. At 20 events
 * (fresh visits, the cache bypassed) the reader script's main-thread work before its first draw
 * fell by some 15%: each function's first call no longer compiles it there.
 */
export function compileOnLoadVite(files: RegExp): VitePlugin {
  return {
    name: 'compile-all-on-load',
    apply: 'build',
    // Once the chunk is minified and named: the minifier drops comments. The name's hash is the
    // code's without the hint, which every build adds alike, so a name still means one content.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && files.test(chunk.fileName) && !chunk.code.startsWith(COMPILE_ALL_ON_LOAD)) chunk.code = COMPILE_ALL_ON_LOAD + chunk.code;
      }
    },
  };
}
