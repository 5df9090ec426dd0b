import type { CatDocument } from './readCatDocument.ts';
import type { TimemlDocument } from './readTimeml.ts';
import type { ScoredDocument, ScoredTimex } from './scoreTimexes.ts';
import type { Timex } from './timex.ts';
import { tokenRange, tokenizeForScoring, type TokenSpan } from './tokenizeForScoring.ts';

/** A document of a development corpus, ready to be tagged and scored. */
export interface BenchDocument {
  name: string;
  text: string;
  dct: string;
  tokens: TokenSpan[];
  gold: ScoredTimex[];
  /** Tokens that are not the story's (a dateline annotated as the creation time): no system expression there is counted. */
  ignored: { first: number; last: number }[];
}

const scored = (text: string, tokens: readonly TokenSpan[], t: Timex): ScoredTimex | undefined => {
  const range = tokenRange(tokens, t.start, t.end);
  return range && { ...range, type: t.type, value: t.value, text: text.slice(t.start, t.end) };
};

/** A TimeML document as a bench document, its tokens cut the TempEval-3 way. */
export function benchDocumentOfTimeml(name: string, document: TimemlDocument): BenchDocument {
  const tokens = tokenizeForScoring(document.text);
  const gold = document.timexes.flatMap((t) => scored(document.text, tokens, t) ?? []);
  return { name, text: document.text, dct: document.dct, tokens, gold, ignored: [] };
}

/**
 * MEANTIME annotates the headline, the dateline and the first sentences of each article only
 * (sentences 0–5: no markable of any document lies beyond), so the rest is tagged for context
 * but not scored.
 */
const ANNOTATED_SENTENCES = 5;

/** A CAT document as a bench document, on its own tokens; its creation-time dateline and unannotated sentences are left out on both sides. */
export function benchDocumentOfCat(name: string, document: CatDocument): BenchDocument {
  const { text, tokens } = document;
  const words = (first: number, last: number) => text.slice(tokens[first]!.start, tokens[last]!.end);
  const gold = document.timexes.filter((t) => !t.creationTime).map((t) => ({ first: t.first, last: t.last, type: t.type, value: t.value, text: words(t.first, t.last) }));
  const ignored = document.timexes.filter((t) => t.creationTime).map(({ first, last }) => ({ first, last }));
  const firstUnannotated = tokens.findIndex((t) => t.sentence > ANNOTATED_SENTENCES);
  if (firstUnannotated >= 0) ignored.push({ first: firstUnannotated, last: tokens.length - 1 });
  return { name, text, dct: document.dct, tokens, gold, ignored };
}

/** The document's gold and the system's expressions, on the same tokens. */
export function scoredDocument(document: BenchDocument, system: readonly Timex[]): ScoredDocument {
  const inIgnored = (t: ScoredTimex) => document.ignored.some((r) => t.first <= r.last && r.first <= t.last);
  return {
    name: document.name,
    dct: document.dct,
    gold: document.gold,
    system: system.flatMap((t) => scored(document.text, document.tokens, t) ?? []).filter((t) => !inIgnored(t)),
  };
}
