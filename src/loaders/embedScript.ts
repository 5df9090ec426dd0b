import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { COMPILE_ALL_ON_LOAD, withoutTransitionsEsbuild } from '../integrations/browserBundle.ts';

/** The embed's script: its file name under /embed/, which carries a hash of its content, and its code. */
export interface EmbedScript {
  name: string;
  code: string;
}

let built: Promise<EmbedScript> | undefined;

async function bundle(): Promise<EmbedScript> {
  const result = await build({
    entryPoints: [resolve('src/client/embed/embed.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    // Its functions compiled as it streams in, as the reader page's are (see compileOnLoadVite).
    banner: { js: COMPILE_ALL_ON_LOAD.trimEnd() },
    write: false,
    plugins: [withoutTransitionsEsbuild()],
    define: { 'import.meta.env.BASE_URL': JSON.stringify(import.meta.env.BASE_URL) },
  });
  const code = result.outputFiles[0]!.text;
  // The name changes with the code, so no cache can pair a new embed page with an old script.
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 10);
  return { name: `app.${hash}.js`, code };
}

/**
 * The embed's one script, bundled as a classic (non-module) script, since a sandboxed embed has
 * an opaque origin and module scripts would need CORS headers that many static hosts omit (see
 * src/client/embed/embed.ts). Built once per build, for the page that names it and the route
 * that serves it.
 */
export function embedScript(): Promise<EmbedScript> {
  // Once per build (STATIC_BUILD: DEV is true in a build run with NODE_ENV=test).
  if (import.meta.env.STATIC_BUILD !== true) return bundle();
  built ??= bundle();
  return built;
}
