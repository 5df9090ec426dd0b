import nlp from 'compromise/one';

/** A stretch of an article body, by character offsets `[start, end)` into the body. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * The sentences of a text with their offsets, using compromise's tokenizer, which knows
 * abbreviations such as "Dec." and "U.S.". Lines are split first: a headline has no full stop.
 * @example splitSentences('Talks began. They ended.').map((s) => s.text) // ['Talks began.', 'They ended.']
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const doc = nlp.tokenize(line[0]);
    // `terms: false` skips per-word output, which the types do not allow for but the library does.
    const sentences = doc.json({ offset: true, terms: false } as object) as { offset: { start: number; length: number } }[];
    for (const { offset } of sentences) {
      const raw = line[0].slice(offset.start, offset.start + offset.length);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const start = line.index + offset.start + lead;
      spans.push({ start, end: start + trimmed.length, text: trimmed });
    }
  }
  return spans;
}
