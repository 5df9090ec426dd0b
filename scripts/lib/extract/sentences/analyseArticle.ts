import type { Article } from '../../../../src/lib/parseArticle.ts';
import { findHappenings } from '../happenings/findHappenings.ts';
import { happeningsOnce } from '../happenings/happeningsOnce.ts';
import { tagText } from '../happenings/tagText.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { analyseSentence, type SentenceAnalysis } from './analyseSentence.ts';
import { bodiesNamed } from './bodiesNamed.ts';
import { anchorAcrossSentences } from './anchorAcrossSentences.ts';
import { isFurniture, pageFurniture } from './pageFurniture.ts';
import { peopleNamed } from './peopleNamed.ts';
import { fullNamesOf } from './fullNamesOf.ts';
import { wordsStandingAlone } from './wordsStandingAlone.ts';
import { sidesOfPeople } from './sidesOfPeople.ts';
import { resolveSpeakers } from './resolveSpeakers.ts';
import { splitSentences, type Span } from './splitSentences.ts';
import { storyDayBefore } from './storyDayBefore.ts';
import { tellingDayBefore } from './tellingDayBefore.ts';
import { CARRIED_SENTENCES, namedMonthYears } from '../time/yearsCarried.ts';
import { countryNames } from '../lexicon/countryNames.ts';

export type { Anchor, SentenceAnalysis, Tense, Trigger, TriggerFacts } from './analyseSentence.ts';

/** Sentences tagged in one block before they are read (see analyseArticle). */
const TAGGED_AT_ONCE = 256;

export interface ArticleAnalysis {
  article: Article;
  sentences: SentenceAnalysis[];
  /** The pasted page's own lines (links, captions, controls), read once: no news, no stamp. */
  furniture: Span[];
}

/**
 * Reads an article sentence by sentence: dates and the happenings they belong to, figures,
 * durations, actors and places. Calendar placement waits for the publication date.
 * `sides`: the side of each person, by surname: what the article says of them before what the
 * run's other reports say (sidesAcross); by default what the article says (sidesOfPeople).
 * @example analyseArticle(article, lexicon).sentences[0].anchors[0].trigger.value // 'talks'
 */
export function analyseArticle(article: Article, lexicon: CompiledLexicon, sides?: ReadonlyMap<string, string>): ArticleAnalysis {
  const countries = countryNames(lexicon.lexicon);
  // People named in full anywhere in the article: a saying by a surname alone is theirs, and
  // their side's where the article says whose they are (one speaker, one name, for clustering).
  const named = peopleNamed(article.body);
  const sideOf = sides ?? sidesOfPeople(article.body, named, lexicon);
  const people = new Map([...named].map(([surname, name]) => [surname, sideOf.get(surname) ?? name]));
  // People named in full with no title: a saying already read whose subject is their surname alone
  // is theirs, for their side where the article or the run says it. They make no saying of their own.
  // Only surnames the article also uses alone are kept: sidesOfPeople reads the whole text once
  // per name, and an article of many names would otherwise be read as many times.
  const alone = wordsStandingAlone(article.body);
  const untitled = new Map([...fullNamesOf(article.body, lexicon)].filter(([surname]) => !named.has(surname) && alone.has(surname)));
  const untitledSides = sidesOfPeople(article.body, untitled, lexicon);
  const byFullName = new Map([...untitled].map(([surname, name]) => [surname, untitledSides.get(surname) ?? sides?.get(surname) ?? name]));
  // Bodies named in full: who "the Council" an envoy speaks for is.
  const bodies = bodiesNamed(article.body);
  // The site's links, captions and controls around a pasted report are not read as its news.
  const furniture = pageFurniture(article.body);
  const spans = splitSentences(article.body).filter((span) => !isFurniture(span, furniture));
  // Sentences are tagged a block at a time, then read: the tagger's model stays in the
  // processor's caches while it tags, as the rules' code and data do while they read (a fifth
  // less time on a long article than tagging each sentence as it is read), and a block's tokens
  // are all that is held at once.
  // A sentence the article repeats word for word is tagged and its happenings read once: what
  // both depend on is its text alone. Tokens are never changed once tagged, so its sentences share them.
  const times = new Map<string, number>();
  for (const span of spans) times.set(span.text, (times.get(span.text) ?? 0) + 1);
  const repeated = new Set([...times].filter(([, n]) => n > 1).map(([text]) => text));
  const tokensOf = new Map<string, ReturnType<typeof tagText>>();
  const tag = (text: string) => {
    if (!repeated.has(text)) return tagText(text, lexicon.happenings.verbOnly);
    return tokensOf.get(text) ?? tokensOf.set(text, tagText(text, lexicon.happenings.verbOnly)).get(text)!;
  };
  const readOnce = happeningsOnce();
  const analyses: SentenceAnalysis[] = [];
  for (let from = 0; from < spans.length; from += TAGGED_AT_ONCE) {
    const block = spans.slice(from, from + TAGGED_AT_ONCE);
    const tagged = block.map((span) => tag(span.text));
    block.forEach((span, i) => {
      // Months the last few sentences named with their year: a recap's days without one are of that year.
      const years = new Map(analyses.slice(-CARRIED_SENTENCES).flatMap((a) => [...namedMonthYears(a.dates)]));
      // The day the last sentences named: the one "that day" in this one may refer to.
      const before = { day: storyDayBefore(span.text, analyses), telling: tellingDayBefore(analyses) };
      analyses.push(analyseSentence(span, from + i, lexicon, people, tagged[i], bodies, years, before, repeated.has(span.text) ? readOnce : findHappenings, byFullName));
    });
  }
  // The people whose side the article or the run says, and those it names only: who a "he" that speaks may be.
  const sided = new Map([...named.keys()].flatMap((surname) => (sideOf.has(surname) ? [[surname, sideOf.get(surname)!] as const] : [])));
  const sentences = anchorAcrossSentences(resolveSpeakers(analyses, countries, sided, named));
  return { article, sentences, furniture };
}
