import { SaxesParser } from 'saxes';
import type { Problem } from '../../../src/lib/problem.ts';
import { lineColumn } from '../../../src/lib/lineColumn.ts';
import { decodeXmlText } from './decodeXmlText.ts';
import { TIMEX_TYPES, type Timex, type TimexType } from './timex.ts';

/** A piece of a TEXT element's content: a run of text, or a tag as written. */
export type TextPiece =
  | { kind: 'text'; raw: string; plainStart: number; rawOffsets: number[] }
  | { kind: 'tag'; raw: string; name: string; closing: boolean };

/** A TimeML document: its creation day, the plain text of its TEXT, and the TIMEX3s annotated in it. */
export interface TimemlDocument {
  /** The file as read; everything outside TEXT's content is written back from it unchanged. */
  source: string;
  /** Offsets of TEXT's content in `source`. */
  textStart: number;
  textEnd: number;
  pieces: TextPiece[];
  /** TEXT's words with every tag removed and entities decoded; annotation offsets refer to it. */
  text: string;
  /** The DCT's TIMEX3 value, e.g. `1998-02-13` or `1990-08-15T13:37`. */
  dct: string;
  /** The TIMEX3s annotated inside TEXT. */
  timexes: Timex[];
}

const TAG = /<[^>]*>|[^<]+/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const attributesOf = (tag: string) =>
  Object.fromEntries([...tag.matchAll(ATTRIBUTE)].map((m) => [m[1]!, decodeXmlText(m[2] ?? m[3] ?? '').text]));

/**
 * Reads a TimeML document (`*.tml`, `*.tml.TE3input`). Malformed XML, a missing DCT or TEXT are
 * problems naming the line and what was expected; nothing is returned with them.
 * @example readTimeml('a.tml', xml).document?.dct // '1998-02-13'
 */
export function readTimeml(file: string, source: string): { document?: TimemlDocument; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (offset: number) => ({ file, ...lineColumn(source, offset) });
  const parser = new SaxesParser({ position: true });
  let dct: string | undefined;
  let inDct = false;
  let texts = 0;
  let textLine = 1;
  parser.on('error', (error) => {
    if (problems.length > 0) return; // the first error is the one to fix; the rest follow from it
    problems.push({
      code: 'timeml-xml',
      file,
      line: parser.line,
      column: parser.column,
      message: `expected well-formed XML, found ${error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')}`,
    });
  });
  parser.on('opentag', (tag) => {
    if (tag.name === 'DCT') inDct = true;
    if (tag.name === 'TIMEX3' && inDct && dct === undefined) dct = String(tag.attributes.value ?? '');
    if (tag.name === 'TEXT') {
      texts++;
      textLine = parser.line;
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'DCT') inDct = false;
  });
  try {
    parser.write(source).close();
  } catch {
    // saxes reports through the error handler; a throw after it adds nothing
  }
  if (problems.length > 0) return { problems };
  if (texts !== 1) {
    return { problems: [{ code: 'timeml-text', file, line: texts ? textLine : 1, column: 1, message: `expected one <TEXT> element, found ${texts}` }] };
  }
  if (!dct || !/^\d{4}(?:-\d{2}(?:-\d{2}(?:T[\d:]+)?)?)?$/.test(dct)) {
    return {
      problems: [
        {
          code: 'timeml-dct',
          file,
          line: textLine,
          column: 1,
          message: `expected a <DCT> holding a TIMEX3 whose value is the creation day (YYYY-MM-DD) before <TEXT>, found ${dct === undefined ? 'none' : `value "${dct}"`}`,
          hint: 'the tagger resolves "yesterday" and "Friday" against that day',
        },
      ],
    };
  }

  const open = /<TEXT(?:\s[^>]*)?>/.exec(source)!;
  const textStart = open.index + open[0].length;
  const textEnd = source.lastIndexOf('</TEXT');
  const pieces: TextPiece[] = [];
  const timexes: Timex[] = [];
  let text = '';
  let openTimex: { start: number; type: string; value: string; offset: number } | undefined;
  for (const m of source.slice(textStart, textEnd).matchAll(TAG)) {
    const raw = m[0];
    if (raw.startsWith('<')) {
      const name = /^<\/?\s*([\w:.-]+)/.exec(raw)?.[1] ?? '';
      const closing = raw.startsWith('</');
      pieces.push({ kind: 'tag', raw, name, closing });
      if (name !== 'TIMEX3') continue;
      if (!closing) {
        const { type = '', value = '' } = attributesOf(raw);
        openTimex = { start: text.length, type, value, offset: textStart + m.index };
      } else if (openTimex) {
        if (!(TIMEX_TYPES as readonly string[]).includes(openTimex.type)) {
          problems.push({ code: 'timeml-timex-type', ...at(openTimex.offset), message: `expected a TIMEX3 type of ${TIMEX_TYPES.join(', ')}, found "${openTimex.type}"` });
        } else {
          timexes.push({ start: openTimex.start, end: text.length, type: openTimex.type as TimexType, value: openTimex.value });
        }
        openTimex = undefined;
      }
      continue;
    }
    const decoded = decodeXmlText(raw);
    pieces.push({ kind: 'text', raw, plainStart: text.length, rawOffsets: decoded.rawOffsets });
    text += decoded.text;
  }
  if (problems.length > 0) return { problems };
  return { document: { source, textStart, textEnd, pieces, text, dct, timexes }, problems };
}
