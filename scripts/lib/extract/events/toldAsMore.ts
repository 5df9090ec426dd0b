import type { Mention } from '../mentions/buildMentions.ts';

/**
 * Words by which a doer does what another did before it: "Velmora, too, recalled its envoy", "it
 * too had called its envoy home", "did so as well", "likewise", "followed suit". Not a "too" of
 * degree ("too late", "too many"), nor "as well as", which only joins two names.
 */
const ONE_MORE = /\b(?:too(?=\s*[,.;:]|\s+(?:was|were|is|are|has|have|had|would|will|could|did|does|said|says)\b)|as\s+well(?!\s+as)|likewise|followed\s+suit)\b/i;

/** "Also" adds one more step to a decision or a diplomatic step ("ministers also voted to …"); to words or violence it adds more of the same saying or round. */
const ALSO = /\balso\b/i;

/**
 * Whether of two reports one article tells in two sentences the later tells its happening as one
 * more beside the one before: "Arland recalled its ambassador on Monday" and, below, "Velmora's
 * foreign ministry announced that it, too, would call its envoy home"; "the cabinet ordered an
 * inquiry", then "ministers also voted to shut the Halvane crossing". The words add a happening of
 * their own to the one told before, even when its doer goes unread. Reports named as known ("the
 * recall") add nothing.
 * @example toldAsMore(arlandRecall, velmoraTooRecalls) // true
 */
export function toldAsMore(a: Mention, b: Mention): boolean {
  if (a.source !== b.source || a.sentence === b.sentence || a.anaphoric || b.anaphoric) return false;
  const later = a.sentence > b.sentence ? a : b;
  const quote = later.citations[0]?.quote ?? '';
  return ONE_MORE.test(quote) || ((later.type === 'decision' || later.kind === 'diplomacy') && ALSO.test(quote));
}
