import type { APIRoute, GetStaticPaths } from 'astro';
import { embedScript } from '../../loaders/embedScript.ts';

/** The embed's script at a name that carries its content's hash: /embed/app.<hash>.js. */
export const getStaticPaths = (async () => [{ params: { script: (await embedScript()).name } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response((await embedScript()).code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
