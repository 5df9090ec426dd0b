import type { SentenceAnalysis } from '../sentences/analyseArticle.ts';
import type { At } from '../sentences/nearestByWords.ts';

// Where someone said something: "said by telephone from Velmora", "he said from Arlandia City", "told reporters in Velmora",
// "speaking at a news conference in Velmora", "told a press briefing in Arlandia City".
const TELLING = /\b(?:said|says|say|told|tells|speaking|spoke|wrote|writing|added|stated|announced|reported|briefed)\b(?:\s+(?:reporters|journalists|the\s+press|today|yesterday|on\s+\p{L}+|by\s+(?:telephone|phone)|in\s+a\s+(?:statement|speech|interview)|(?:at\s+)?an?\s+(?:news|press)\s+(?:conference|briefing))){0,3}\s+(?:from|in|at)\s+$/iu;
// Where an envoy is posted is not where the happening was: "the ambassador in Arlandia City"; nor
// where one who speaks for others sits: "a spokesman in Sevrin said".
// "a senior security official in Arland's Ondria province": where one official who speaks sits, too.
// Capitals are spelt out, not folded: under the i flag \p{Lu} matches any letter.
const POSTING = /\b(?:[Aa]mbassadors?|[Ee]nvoys?|[Ee]mbass(?:y|ies)|[Cc]onsulate|[Cc]onsul|[Cc]hargé d'affaires|[Dd]iplomats?|[Mm]ission|[Ss]pokes(?:man|men|woman|women|person|people)|[Cc]orrespondents?|[Rr]eporters?|[Jj]ournalists?|[Mm]inistry|[Mm]inistries|[Oo]fficial)\s+(?:\p{L}+\s+)?(?:in|to|at|from|based\s+in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:and|or)\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?$/u;
// Officials who speak from where they sit: "officials in Velmora said", "authorities in Arlandia City told reporters".
// Officials from a country, or meeting in a place, are not told of there.
const SEATED = /\b(?:officials|authorities|sources)\s+(?:in|at)\s+(?:the\s+)?$/iu;
const TELLS_NEXT = /^\s*(?:said|say|says|told|tell|tells|reported|confirmed|announced|added)\b/i;
// Where a text was put out: "according to a statement issued in Velmora".
const ISSUED = /\b(?:statement|report|communiqu[eé]|bulletin|release|letter|post|video|briefing)\s+(?:\w+\s+)?(?:issued|released|published|posted|sent|read\s+out|given|made)\s+(?:in|from|at)\s+(?:the\s+)?$/iu;

/** Speech acts made of the words that tell the sentence's happenings (speechActsOf, sayingsOf). */
const TELLINGS = new Set(['told-accusation', 'told-press', 'announcement', 'saying']);

/**
 * Whether a place a sentence names is where something was said, or where an envoy is posted,
 * rather than where a happening was: after a report verb ("said from Arlandia City", "told reporters
 * in Velmora"), after an envoy ("the ambassador in Arlandia City"), or opening a sentence whose
 * happenings are all told after a report verb that comes after it ("In Washington, a spokesman
 * said …").
 * @example isPlaceOfTelling('he said from Arlandia City', khartoum, sentence) // true
 */
export function isPlaceOfTelling(text: string, at: At, sentence: Pick<SentenceAnalysis, 'triggers'>): boolean {
  const before = text.slice(Math.max(0, at.start - 80), at.start);
  if (TELLING.test(before) || POSTING.test(before) || ISSUED.test(before)) return true;
  if (SEATED.test(before) && TELLS_NEXT.test(text.slice(at.end, at.end + 24))) return true;
  // The telling words read as a speaker's act ("a spokesman said B's troops fired" is B accused) are
  // the telling itself, not a happening the place could be of.
  const triggers = sentence.triggers.filter((t) => !TELLINGS.has(t.happening.rule));
  return (
    triggers.length > 0 &&
    triggers.every((t) => t.happening.told !== undefined && t.happening.told.frame.start > at.end && t.start > t.happening.told.frame.end)
  );
}
