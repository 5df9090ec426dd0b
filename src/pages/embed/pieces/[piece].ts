import type { APIRoute, GetStaticPaths } from 'astro';
import { embedPieceFiles } from '../../../loaders/embedPieceFiles.ts';

/** The embed's pieces of a large archive, at names that carry their content's hash: /embed/pieces/p3.<hash>.js. */
export const getStaticPaths = (async () => (await embedPieceFiles()).files.map((file) => ({ params: { piece: file.name }, props: { code: file.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { code: string }).code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
