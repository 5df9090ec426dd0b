import { DateTime } from 'luxon';
import type { Event, EventsFile, Source } from '../../../src/lib/eventSchema.ts';
import { daySpan } from '../../../src/lib/partialDate.ts';
import type { Article } from '../../../src/lib/parseArticle.ts';
import type { Problem } from '../../../src/lib/problem.ts';
import { analyseArticle, type ArticleAnalysis } from './sentences/analyseArticle.ts';
import { assignIds } from './events/assignIds.ts';
import { buildMentions, type LooseClaim, type LooseFigure, type Mention } from './mentions/buildMentions.ts';
import { clusterMentions } from './events/clusterMentions.ts';
import type { CompiledLexicon } from './lexicon/compileLexicon.ts';
import { describeEvent } from './titles/describeEvent.ts';
import { findHeadline } from './sentences/findHeadline.ts';
import { inferPublication } from './time/inferPublication.ts';
import { mergeCluster } from './events/mergeCluster.ts';
import { placeLoose } from './events/placeLoose.ts';

export interface ExtractOptions {
  articles: readonly Article[];
  lexicon: CompiledLexicon;
  /** Today, in the timeline's zone: no inferred publication date lies after it. */
  now: DateTime;
  /** Publication dates known from elsewhere than front matter (a maintainer's edit), by file name. */
  published?: ReadonlyMap<string, string>;
  /** Events of the previous run, whose ids are kept for the same happenings. */
  previous?: readonly Pick<Event, 'id' | 'kind' | 'citations'>[];
  locale: string;
}

/** What the run found in one article, for the command's report. */
export interface ArticleReport {
  name: string;
  published?: string;
  inferred: boolean;
  sentences: number;
  mentions: number;
}

/**
 * The two sides of the conflict: the two countries named in the most sentences of the corpus.
 * Mediators and allies are named less often than the parties in reporting on a conflict.
 */
function conflictParties(analyses: readonly ArticleAnalysis[], lexicon: CompiledLexicon): string[] {
  const countries = new Set(lexicon.lexicon.actors.filter((a) => a.type === 'country').map((a) => a.name));
  const counts = new Map<string, number>();
  for (const sentence of analyses.flatMap((a) => a.sentences)) {
    for (const actor of sentence.actors) if (countries.has(actor)) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2).map(([name]) => name);
}

/**
 * Turns articles into a typed, cited event list by general rules: dates resolved against each
 * article's publication day, happenings found from the lexicon, reports of the same happening
 * merged across articles with every citation and every disagreeing figure kept.
 * Pure: the same input gives the same output.
 * @example extractEvents({ articles, lexicon, now, locale: 'en-GB' }).file.events.length // 8
 */
export function extractEvents(options: ExtractOptions): { file: EventsFile; reports: ArticleReport[]; problems: Problem[] } {
  const { lexicon, now, locale } = options;
  const articles = [...options.articles].sort((a, b) => a.name.localeCompare(b.name));
  const analyses = articles.map((article) => analyseArticle(article, lexicon));

  const given = options.published ?? new Map<string, string>();
  const dated = (a: ArticleAnalysis) => a.sentences.some((s) => s.anchors.length > 0) || a.article.meta.published || given.has(a.article.name);
  const { publications, problems: inferProblems } = inferPublication(analyses.filter(dated), given, now);
  // An article with no date at all can place nothing on the timeline: most likely the wrong file.
  const undated: Problem[] = analyses.filter((a) => !dated(a)).map((a) => ({
    code: 'no-dates',
    file: a.article.name,
    line: a.article.bodyLine,
    column: 1,
    message: 'expected a dated happening or a publication day, found no date in the article',
    hint: 'add front matter with `published: YYYY-MM-DD`, or remove the article',
  }));
  const problems = [...inferProblems, ...undated];

  const mentions: Mention[] = [];
  const looseClaims: LooseClaim[] = [];
  const looseFigures: LooseFigure[] = [];
  const reports: ArticleReport[] = analyses.map((analysis) => {
    const name = analysis.article.name;
    const publication = publications.get(name);
    if (!publication) return { name, inferred: false, sentences: analysis.sentences.length, mentions: 0 };
    const built = buildMentions(analysis, DateTime.fromISO(publication.published, { zone: now.zone }));
    mentions.push(...built.mentions);
    looseClaims.push(...built.looseClaims);
    looseFigures.push(...built.looseFigures);
    return { name, published: publication.published, inferred: publication.inferred, sentences: analysis.sentences.length, mentions: built.mentions.length };
  });

  const merged = clusterMentions(mentions)
    .map(mergeCluster)
    .sort((a, b) => daySpan(a.date).first.localeCompare(daySpan(b.date).first) || a.kind.localeCompare(b.kind) || (a.phase ?? '').localeCompare(b.phase ?? ''));
  const drafts = placeLoose(merged, looseClaims, looseFigures);
  const ids = assignIds(drafts, options.previous ?? []);
  const parties = conflictParties(analyses, lexicon);
  const published = new Map([...publications].map(([name, p]) => [name, p.published]));
  const events: Event[] = drafts.map(({ phase: _phase, who: _who, name: _name, ...draft }, i) => ({
    id: ids[i]!,
    ...draft,
    ...describeEvent(drafts[i]!, { lexicon, locale, parties, published }),
  }));

  const sources: Source[] = articles.map((article) => {
    const publication = publications.get(article.name);
    const title = article.meta.title ?? findHeadline(article.body);
    return {
      file: article.name,
      ...(title ? { title } : {}),
      ...(article.meta.outlet ? { outlet: article.meta.outlet } : {}),
      ...(article.meta.url ? { url: article.meta.url } : {}),
      ...(publication ? { published: publication.published } : {}),
      publishedInferred: publication?.inferred ?? false,
    };
  });
  return { file: { $schema: './events.schema.json', sources, events }, reports, problems };
}
