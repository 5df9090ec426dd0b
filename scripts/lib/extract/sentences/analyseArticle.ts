import type { Article } from '../../../../src/lib/parseArticle.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { analyseSentence, type SentenceAnalysis } from './analyseSentence.ts';
import { peopleNamed } from './peopleNamed.ts';
import { resolveSpeakers } from './resolveSpeakers.ts';
import { splitSentences } from './splitSentences.ts';

export type { Anchor, SentenceAnalysis, Tense, Trigger, TriggerFacts } from './analyseSentence.ts';

export interface ArticleAnalysis {
  article: Article;
  sentences: SentenceAnalysis[];
}

/**
 * Reads an article sentence by sentence: dates and the happenings they belong to, figures,
 * durations, actors and places. Calendar placement waits for the publication date.
 * @example analyseArticle(article, lexicon).sentences[0].anchors[0].trigger.value // 'talks'
 */
export function analyseArticle(article: Article, lexicon: CompiledLexicon): ArticleAnalysis {
  const countries = new Set(lexicon.lexicon.actors.filter((a) => a.type === 'country').map((a) => a.name));
  // People named in full anywhere in the article: a saying by a surname alone is theirs.
  const people = peopleNamed(article.body);
  const sentences = resolveSpeakers(splitSentences(article.body).map((span, index) => analyseSentence(span, index, lexicon, people)), countries);
  return { article, sentences };
}
