const MIN_WORDS = 3;
const MAX_LENGTH = 160;
// A line that ends like a sentence, or introduces one, is body text, not a headline.
const SENTENCE_END = /[.!?:;,]["'”’)]*$/;

/**
 * The article's headline when its first line reads as one: a short line of a few words that
 * does not end like a sentence, with more text after it. Articles pasted from the web often
 * start this way; the line is then the best name the article has.
 * @example findHeadline('Border talks resume\nOfficials met on Monday.') // 'Border talks resume'
 */
export function findHeadline(body: string): string | undefined {
  const lines = body.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const [first, ...rest] = lines;
  if (!first || rest.length === 0) return undefined;
  if (first.length > MAX_LENGTH || SENTENCE_END.test(first)) return undefined;
  if (first.split(/\s+/).length < MIN_WORDS) return undefined;
  return first;
}
