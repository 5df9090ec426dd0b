import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { nameIn } from './speakerOf.ts';
import { partiesOf } from './partiesOf.ts';
import type { Trigger } from './triggersOf.ts';

// A side said to have broken its word, an accord or another's sovereignty: "said Borea had broken
// its commitments on the islands", "said Borean troops had violated the 1998 accord".
// Read just after the name of the side (or of its forces): not "had not", nor "would break".
const BROKE = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:(?:troops|forces|army|navy|government|authorities|side|soldiers|guards|leaders?)\s+)?(?:(?:had|has|have)\s+)?` +
    String.raw`(?:(?:repeatedly|again|flagrantly|clearly|unilaterally|deliberately|once\s+again)\s+)?(?:violated|violates|breached|breaches|broken|broke|breaks|flouted|flouts|infringed|contravened)\s+` +
    String.raw`(?:(?!(?:no|not|never|any)\b)[\p{L}\d'’-]+\s+){0,5}?(?:agreements?|accords?|undertakings?|commitments?|obligations?|promises?|pledges?|treat(?:y|ies)|understandings?|conventions?|sovereignty|status\s+quo|resolutions?|truce|ceasefire)\b`,
  'iu',
);

/**
 * Whether the words said tell that a side other than the speaker's broke its word, an accord or
 * another's sovereignty (BROKE): a charge of a wrong done, as a judgement of blame is. The side is
 * the one named just before the verb; a speaker's own side owning up to it accuses no one.
 * @example brokeItsWord(' that Arland had broken the 2012 accord', boreanSaying, lexicon) // true
 */
export function brokeItsWord(words: string, saying: Trigger, lexicon: CompiledLexicon): boolean {
  const by = saying.happening.speaker;
  const teller = by ? nameIn(by.text, lexicon, false) : undefined;
  return lexicon.actors(words).some((a) => {
    const party = nameIn(a.text, lexicon, false);
    if (party === undefined || (teller !== undefined && partiesOf(teller).some((p) => partiesOf(party).includes(p)))) return false;
    return BROKE.test(words.slice(a.end));
  });
}
