import { SaxesParser } from 'saxes';
import type { Problem } from '../../../src/lib/problem.ts';
import { TIMEX_TYPES, type TimexType } from './timex.ts';

/** A token of a CAT document, by character offsets into the text rebuilt from the tokens. */
export interface CatToken {
  start: number;
  end: number;
  sentence: number;
}

/** A TIMEX3 markable of a CAT document, by the indices of its first and last token. */
export interface CatTimex {
  first: number;
  last: number;
  type: TimexType;
  value: string;
  /** The markable is the document's creation time (its dateline), not an expression of the story. */
  creationTime: boolean;
}

/** A CAT XML document (MEANTIME): its text rebuilt from its tokens, and its TIMEX3 markables. */
export interface CatDocument {
  text: string;
  tokens: CatToken[];
  /** The creation day, from the markable whose functionInDocument is CREATION_TIME. */
  dct: string;
  timexes: CatTimex[];
}

// Detokenising: no space before closing punctuation and clitics, none after opening ones.
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}”’]|''|'s|'re|'m|'ll|'ve|'d|n't|\.\.\.)$/i;
const NO_SPACE_AFTER = /^(?:[([{$£€¥#“‘`]|``)$/;

/**
 * Reads a CAT XML document (tokens with `t_id`, markables anchored to them), as MEANTIME ships.
 * The text is rebuilt from the tokens, one sentence a line, so a tagger can read it.
 * @example readCatDocument('a.xml', xml).document?.dct // '2005-06-13'
 */
export function readCatDocument(file: string, xml: string): { document?: CatDocument; problems: Problem[] } {
  const problems: Problem[] = [];
  const parser = new SaxesParser();
  const words: { id: string; word: string; sentence: number }[] = [];
  const markables: { id: string; anchorId: string; type: string; value: string; fn: string; tokens: string[] }[] = [];
  let token: { id: string; sentence: number; word: string } | undefined;
  let markable: (typeof markables)[number] | undefined;
  parser.on('error', (error) => {
    if (problems.length === 0) problems.push({ code: 'cat-xml', file, line: parser.line, column: parser.column, message: `expected well-formed XML, found ${error.message.replace(/^\d+:\d+: /, '')}` });
  });
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name === 'token') token = { id: a.t_id ?? '', sentence: Number(a.sentence ?? 0), word: '' };
    if (tag.name === 'TIMEX3') markable = { id: a.m_id ?? '', anchorId: a.anchorTimeID ?? '', type: a.type ?? '', value: a.value ?? '', fn: a.functionInDocument ?? '', tokens: [] };
    if (tag.name === 'token_anchor' && markable) markable.tokens.push(a.t_id ?? '');
  });
  parser.on('text', (text) => {
    if (token) token.word += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'token' && token) {
      words.push(token);
      token = undefined;
    }
    if (tag.name === 'TIMEX3' && markable) {
      markables.push(markable);
      markable = undefined;
    }
  });
  try {
    parser.write(xml).close();
  } catch {
    // reported through the error handler
  }
  if (problems.length > 0) return { problems };

  let text = '';
  const tokens: CatToken[] = [];
  const indexOf = new Map<string, number>();
  words.forEach((w, i) => {
    const previous = words[i - 1];
    if (previous) text += previous.sentence !== w.sentence ? '\n' : NO_SPACE_BEFORE.test(w.word) || NO_SPACE_AFTER.test(previous.word) ? '' : ' ';
    indexOf.set(w.id, i);
    tokens.push({ start: text.length, end: text.length + w.word.length, sentence: w.sentence });
    text += w.word;
  });

  // A few documents mark no creation time; the markable the others are anchored to is it.
  const anchors = new Map<string, number>();
  for (const m of markables) anchors.set(m.anchorId, (anchors.get(m.anchorId) ?? 0) + 1);
  const creation =
    markables.find((m) => m.fn === 'CREATION_TIME') ??
    markables.filter((m) => anchors.has(m.id)).sort((a, b) => anchors.get(b.id)! - anchors.get(a.id)!)[0];
  // One creation time is written day first (DD-MM-YYYY), against its own dateline.
  const dct = creation?.value.replace(/^(\d{2})-(\d{2})-(\d{4})$/, '$3-$2-$1');
  if (!creation || !dct || !/^\d{4}-\d{2}-\d{2}/.test(dct)) {
    return { problems: [{ code: 'cat-dct', file, line: 1, column: 1, message: 'expected a TIMEX3 markable with functionInDocument="CREATION_TIME" and a day as value, found none' }] };
  }
  const timexes: CatTimex[] = markables.flatMap((m) => {
    const at = m.tokens.map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined);
    if (at.length === 0 || !(TIMEX_TYPES as readonly string[]).includes(m.type)) return [];
    return [{ first: Math.min(...at), last: Math.max(...at), type: m.type as TimexType, value: m.value, creationTime: m.fn === 'CREATION_TIME' }];
  });
  return { document: { text, tokens, dct: dct.slice(0, 10), timexes }, problems };
}
