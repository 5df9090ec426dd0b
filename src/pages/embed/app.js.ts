import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';

/** The embed's script as one classic (non-module) file; see src/scripts/embed/embed.ts for why. */
export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: [resolve('src/scripts/embed/embed.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    write: false,
    define: { 'import.meta.env.BASE_URL': JSON.stringify(import.meta.env.BASE_URL) },
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
