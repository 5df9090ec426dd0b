import type { APIRoute, GetStaticPaths } from 'astro';
import { builtLocales } from '../../../i18n/editionPaths.ts';
import { embedPieceFiles, type PieceFile } from '../../../loaders/embedPieceFiles.ts';

/**
 * The embed's pieces of a large archive, each edition's at names of their own that carry their
 * content's hash (/embed/pieces/p3.<hash>.js, /embed/pieces/th-p3.<hash>.js); the list of which
 * piece holds each event is the same file for every edition. The props carry the file, not its
 * code, which the file lets go of once written (see PieceFile).
 */
export const getStaticPaths = (async () => {
  const files = new Map<string, PieceFile>();
  for (const locale of builtLocales()) for (const file of (await embedPieceFiles(locale)).files) if (!files.has(file.name)) files.set(file.name, file);
  return [...files].map(([piece, file]) => ({ params: { piece }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: PieceFile }> = ({ props }) =>
  new Response(props.file.take(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
