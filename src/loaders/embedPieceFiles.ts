import { createHash } from 'node:crypto';
import { dayRange } from '../lib/dayRange.ts';
import { DAY_MS } from '../lib/dayMs.ts';
import { embedPieces } from '../lib/embedPieces.ts';
import type { Event } from '../lib/eventSchema.ts';
import { eventListHtml } from '../lib/html/eventListHtml.ts';
import { keepWordsWhole } from '../lib/html/keepWordsWhole.ts';
import { GLOSSARY_WORDS } from '../i18n/glossaryWords.ts';
import { sitePath } from '../lib/urls.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { getTimeline } from './getTimeline.ts';
import { releaseAfterPages } from './releaseAfterPages.ts';

/** One file of the embed's pieces: its name under /embed/pieces/ (with a hash of its content) and its code. */
export interface PieceFile {
  name: string;
  /**
   * The file's code, in UTF-8. In a build it is handed out once, to the route that writes the
   * file, and then let go: a 25,000-event archive's pieces are some 180 MB in three editions,
   * which were otherwise held twice (here and in the route's props) while every other page
   * rendered. Held as bytes, not as a string: every piece is rendered before the first is
   * written (their names carry their hashes), and V8 keeps a string with any character beyond
   * Latin-1 (a Thai word, a curly quotation mark) at two bytes a character, in its own heap.
   */
  take: () => Uint8Array<ArrayBuffer>;
}

function pieceFile(name: string, code: Uint8Array<ArrayBuffer>): PieceFile {
  let held: Uint8Array<ArrayBuffer> | undefined = code;
  return {
    name,
    take: () => {
      if (held === undefined) throw new Error(`the embed piece ${name} was asked for twice in one build (each is written once)`);
      const taken = held;
      if (import.meta.env.STATIC_BUILD === true) held = undefined;
      return taken;
    },
  };
}

/** What the embed's page says of its pieces, for the timeline to fetch them (see src/client/timeline/PieceLoader.ts). */
export interface PieceManifest {
  /** Every event of the archive, in the page or in a piece. */
  total: number;
  /** The archive's first and last instants, UTC ms. */
  span: [number, number];
  /** Each piece's file, the days its events start on (UTC ms, `[from, to)`) and how many it holds. */
  pieces: { file: string; from: number; to: number; count: number }[];
  /** The file that says which piece holds each event, for links to an event not in the page. */
  ids: string;
  /** Every actor and source of the archive, so a link may name one the page's events do not. */
  actors: string[];
  sources: string[];
}

export interface EmbedPieceFiles {
  initial: Event[];
  files: PieceFile[];
  /** Undefined when the whole archive is in the page. */
  manifest?: PieceManifest;
}

const built = new Map<Locale, Promise<EmbedPieceFiles>>();

// A piece is a classic script, as the embed's own is: a sandboxed embed has an opaque origin, so
// a fetch of a file would need CORS headers many hosts omit, while a script loads from anywhere.
const pieceCode = (key: string, payload: unknown) => Buffer.from(`self.conflictTimelinePiece&&self.conflictTimelinePiece(${JSON.stringify(key)},${JSON.stringify(payload)});\n`);
const hashed = (stem: string, code: Uint8Array) => `${stem}.${createHash('sha256').update(code).digest('base64url').slice(0, 10)}.js`;

async function render(locale: Locale): Promise<EmbedPieceFiles> {
  const timeline = await getTimeline();
  const { initial, pieces } = embedPieces(timeline.events);
  if (pieces.length === 0) return { initial, files: [] };
  // Each edition's pieces have names of their own; the list of ids is the same in every edition.
  const stem = (i: number) => (locale === DEFAULT_LOCALE ? `p${i}` : `${locale}-p${i}`);
  const files: PieceFile[] = [];
  const manifest: PieceManifest = {
    total: timeline.events.length,
    span: [0, 0],
    pieces: [],
    ids: '',
    actors: [...new Set(timeline.events.flatMap((e) => e.actors))].sort(),
    sources: [...new Set(timeline.events.flatMap((e) => e.citations.map((c) => c.source)))].sort(),
  };
  const idsByPiece: [number, string][] = [];
  for (const [i, events] of pieces.entries()) {
    // The same list items as the page's, written by the same function.
    // Pieces are read by the embed's script, not served as pages: the middleware never sees them.
    const html = keepWordsWhole(eventListHtml(events, timeline, locale, { id: 'embed-list', level: 2 }), GLOSSARY_WORDS[locale]);
    const code = pieceCode(`p${i}`, html);
    const name = hashed(stem(i), code);
    files.push(pieceFile(name, code));
    // A piece covers the days its events start on: a month-long event of an older piece reaching
    // into the page's stretch does not make the first view fetch that piece.
    const [from] = dayRange(events[0]!.date, events[0]!.endDate);
    const to = Math.max(...events.map((e) => dayRange(e.date, e.endDate)[0])) + DAY_MS;
    manifest.pieces.push({ file: sitePath(`embed/pieces/${name}`), from, to, count: events.length });
    idsByPiece.push([i, events.map((e) => e.id).join('\n')]);
  }
  const idsCode = pieceCode('ids', idsByPiece);
  const idsName = hashed('ids', idsCode);
  files.push(pieceFile(idsName, idsCode));
  manifest.ids = sitePath(`embed/pieces/${idsName}`);
  const ranges = timeline.events.map((e) => dayRange(e.date, e.endDate));
  manifest.span = [Math.min(...ranges.map((r) => r[0])), Math.max(...ranges.map((r) => r[1]))];
  return { initial, files, manifest };
}

/**
 * One edition's embed events, split (embedPieces): those its page renders, the files of the
 * others (each piece's list items in the edition's language, and which piece holds each event),
 * and the manifest the page gives its timeline. Rendered once per build and edition, for the
 * page and the route that serves the files.
 * @example (await embedPieceFiles('th')).manifest?.pieces[0]?.file // '/embed/pieces/th-p0.<hash>.js'
 */
export function embedPieceFiles(locale: Locale = DEFAULT_LOCALE): Promise<EmbedPieceFiles> {
  // Once per build (STATIC_BUILD, set by src/integrations/eventPages.ts; DEV is true in a build
  // run with NODE_ENV=test), on every request in the dev server.
  if (import.meta.env.STATIC_BUILD !== true) return render(locale);
  if (built.size === 0) releaseAfterPages(() => built.clear());
  let files = built.get(locale);
  if (!files) built.set(locale, (files = render(locale)));
  return files;
}
