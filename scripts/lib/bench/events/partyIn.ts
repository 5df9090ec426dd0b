import type { CompiledLexicon } from '../../extract/lexicon/compileLexicon.ts';
import type { PartyOf } from './speakerFits.ts';

/**
 * The gazetteer's reading of a speaker's words for the scorer: the first party they name, a force
 * as its country ("Lebanese army" → Lebanon, "UN Secretary-General" → United Nations).
 * @example partyIn(lexicon)('Borean border guards') // 'Borea'
 */
export function partyIn(lexicon: CompiledLexicon): PartyOf {
  return (words) => {
    const first = lexicon.actors(words)[0]?.value;
    return first ? (first.type === 'force' && first.country ? first.country : first.name) : undefined;
  };
}
