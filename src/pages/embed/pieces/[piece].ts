import type { APIRoute, GetStaticPaths } from 'astro';
import { builtLocales } from '../../../i18n/editionPaths.ts';
import { embedPieceFiles } from '../../../loaders/embedPieceFiles.ts';

/**
 * The embed's pieces of a large archive, each edition's at names of their own that carry their
 * content's hash (/embed/pieces/p3.<hash>.js, /embed/pieces/th-p3.<hash>.js); the list of which
 * piece holds each event is the same file for every edition.
 */
export const getStaticPaths = (async () => {
  const files = new Map<string, string>();
  for (const locale of builtLocales()) for (const file of (await embedPieceFiles(locale)).files) files.set(file.name, file.code);
  return [...files].map(([piece, code]) => ({ params: { piece }, props: { code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { code: string }).code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
