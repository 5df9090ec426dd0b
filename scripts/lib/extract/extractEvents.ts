import { DateTime } from 'luxon';
import type { Event, EventsFile, PublishedFrom, Source } from '../../../src/lib/eventSchema.ts';
import { daySpan } from '../../../src/lib/partialDate.ts';
import type { Article } from '../../../src/lib/parseArticle.ts';
import type { Problem } from '../../../src/lib/problem.ts';
import { analyseArticle, type Anchor, type ArticleAnalysis } from './sentences/analyseArticle.ts';
import { peopleNamed } from './sentences/peopleNamed.ts';
import { sidesAcross, sidesOfPeople } from './sentences/sidesOfPeople.ts';
import { assignIds } from './events/assignIds.ts';
import { buildMentions, type LooseClaim, type LooseFigure, type Mention } from './mentions/buildMentions.ts';
import { foldAnnouncedPlans } from './events/foldAnnouncedPlans.ts';
import { foldAttacksIntoClash } from './events/foldAttacksIntoClash.ts';
import { foldContinuedSayings } from './events/foldContinuedSayings.ts';
import { foldWordsInTalks } from './events/foldWordsInTalks.ts';
import { foldHarmIntoRaid } from './events/foldHarmIntoRaid.ts';
import { foldSentenceActs } from './events/foldSentenceActs.ts';
import { foldUndatedViolence } from './events/foldUndatedViolence.ts';
import { followPostponements } from './events/followPostponements.ts';
import { heldAsPlanned } from './events/heldAsPlanned.ts';
import { heldByDecision } from './events/heldByDecision.ts';
import { joinCapturesToClash } from './events/joinCapturesToClash.ts';
import { joinTellings } from './events/joinTellings.ts';
import { clusterMentions } from './events/clusterMentions.ts';
import { commonestFirst } from '../commonestFirst.ts';
import { fatesOf, type Fate } from './explain/fatesOf.ts';
import { traceFolds } from './explain/traceFolds.ts';
import { traceJoins } from './explain/traceJoins.ts';
import type { CompiledLexicon } from './lexicon/compileLexicon.ts';
import { describeEvent } from './titles/describeEvent.ts';
import { findHeadline } from './sentences/findHeadline.ts';
import { findCueClashes, type CueClash } from './time/findCueClashes.ts';
import type { TimeExpression } from './time/findTimeExpressions.ts';
import { inferPublication } from './time/inferPublication.ts';
import { resolveTime } from './time/resolveTime.ts';
import { storyDay } from './time/storyDay.ts';
import { mergeCluster } from './events/mergeCluster.ts';
import { placeLoose } from './events/placeLoose.ts';
import { placeRecapFigures } from './events/placeRecapFigures.ts';
import { reconcileDates } from './events/reconcileDates.ts';
import { splitJointSteps } from './events/splitJointSteps.ts';
import { redateRetellings } from './events/redateRetellings.ts';
import { countryNames } from './lexicon/countryNames.ts';

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
  publishedFrom?: PublishedFrom;
  /** The last day the article may have appeared on, when the text allows a stretch from `published` and nothing chooses among them. */
  publishedUntil?: string;
  /** `published` is only a lower bound read from dates without their year, the year taken from the run's other articles. */
  yearFromRun?: boolean;
  sentences: number;
  mentions: number;
  /** Dates that need the publication day, left out because the article's day is unknown. */
  unresolved: TimeExpression[];
  /** Dates whose cues disagree, for `--verbose`. */
  clashes: CueClash[];
  /** Places the article names that the gazetteer does not know, by offset into its body, for `--verbose`. */
  unverified: { name: string; kind?: string; offset: number }[];
}

/** What each stage made of each article and each report, for `--explain` (explainArticle) and for what became of a bench miss's own sentence (sentenceFate). */
export interface ExtractTrace {
  analyses: ArticleAnalysis[];
  /** Every article's dated reports as built, before folding and merging; a report's `origin` is its index. */
  mentions: Mention[];
  /** What became of each report of `mentions`, by the same index: the stage that folded, merged or left it out, and its event (worked out when first read). */
  fates: Fate[];
}

/** An article's anchors that `place` keeps (as it returns them), and the time expressions of the others. */
function keepAnchors(analysis: ArticleAnalysis, place: (anchor: Anchor) => Anchor | undefined): { analysis: ArticleAnalysis; unresolved: TimeExpression[] } {
  const unresolved: TimeExpression[] = [];
  const sentences = analysis.sentences.map((s) => ({
    ...s,
    anchors: s.anchors.flatMap((anchor) => {
      const kept = place(anchor);
      if (!kept) unresolved.push(anchor.time);
      return kept ? [kept] : [];
    }),
  }));
  return { analysis: { ...analysis, sentences }, unresolved };
}

/**
 * The anchors of an article whose day is unknown that can still be placed: those with their year,
 * and days and months without one when every full date of the article gives the same year
 * ("on March 9" beside "March 2, 2026"). The others need the day and are returned apart.
 */
function placeableAlone(analysis: ArticleAnalysis): { analysis: ArticleAnalysis; unresolved: TimeExpression[] } {
  const full = analysis.sentences.flatMap((s) => s.times.flatMap((t) => (t.spec.type === 'calendar' && t.spec.year !== undefined && t.spec.month !== undefined ? [t.spec] : [])));
  const years = new Set(full.map((spec) => spec.year));
  const fixed = years.size === 1 ? [...years][0]! : undefined;
  const latestMonth = Math.max(...full.map((spec) => spec.month ?? 0));
  return keepAnchors(analysis, (anchor) => {
    const spec = anchor.time.spec;
    if (spec.type === 'calendar' && spec.year !== undefined && spec.month !== undefined) return anchor;
    if (spec.type === 'calendar' && fixed !== undefined && spec.month !== undefined && spec.yearShift === undefined) {
      // "The rebels crossed the border in November" beside "14 February 2021": a month told in the
      // past that comes after every full date of the article is the year before's.
      const year = anchor.tense === 'past' && spec.month > latestMonth ? fixed - 1 : fixed;
      return { ...anchor, time: { ...anchor.time, spec: { ...spec, year } } };
    }
    return undefined;
  });
}

/**
 * The anchors of an article whose day is known only from below (the latest day it reports): all
 * but those counted from the day itself ("on Monday", "last week", "two days ago"), which such a
 * day cannot place. Those are returned apart.
 */
const placeableFromBelow = (analysis: ArticleAnalysis) =>
  keepAnchors(analysis, (anchor) => (anchor.time.spec.type === 'weekday' || anchor.time.spec.type === 'relative' ? undefined : anchor));

/**
 * The anchors of an article that appeared on some day from `from` to `until`, nothing saying which:
 * those counted from the day ("on Monday", "two days ago", "last week") kept where every day of the
 * stretch places them alike, else as the month they all fall in, else returned apart. A stretch
 * gives no made-up day to what counts from it.
 */
function placeableWithin(analysis: ArticleAnalysis, from: DateTime, until: DateTime) {
  return keepAnchors(analysis, (anchor) => {
    const spec = anchor.time.spec;
    if (spec.type !== 'weekday' && spec.type !== 'relative') return anchor;
    const [first, last] = [resolveTime(spec, from, anchor.tense), resolveTime(spec, until, anchor.tense)];
    if (!first || !last) return first === last ? anchor : undefined;
    if (first.date === last.date && first.endDate === last.endDate) return anchor;
    const months = new Set([first.date, first.endDate ?? first.date, last.date, last.endDate ?? last.date].map((d) => d.slice(0, 7)));
    if (months.size !== 1 || first.date.length < 7) return undefined;
    const [year, month] = [...months][0]!.split('-').map(Number);
    return { ...anchor, time: { ...anchor.time, spec: { type: 'calendar', year: year!, month: month! } } };
  });
}

/** Whether an article places a happening it tells as news, not only as the background of it. */
const datesNews = (analysis: ArticleAnalysis) => analysis.sentences.some((s) => s.anchors.some((a) => !a.trigger.happening.background));

/**
 * The two sides of the conflict: the two countries named in the most sentences of the corpus.
 * Mediators and allies are named less often than the parties in reporting on a conflict.
 */
function conflictParties(analyses: readonly ArticleAnalysis[], lexicon: CompiledLexicon): string[] {
  const countries = countryNames(lexicon.lexicon);
  const named = analyses.flatMap((a) => a.sentences).flatMap((s) => s.actors.filter((actor) => countries.has(actor)));
  return commonestFirst(named).slice(0, 2).map(([name]) => name);
}

/**
 * Turns articles into a typed, cited event list by general rules: dates resolved against each
 * article's publication day, happenings found from the lexicon, reports of the same happening
 * merged across articles with every citation and every disagreeing figure kept.
 * Pure: the same input gives the same output.
 * @example extractEvents({ articles, lexicon, now, locale: 'en-GB' }).file.events.length // 8
 */
export function extractEvents(options: ExtractOptions): { file: EventsFile; reports: ArticleReport[]; problems: Problem[]; trace: ExtractTrace } {
  const { lexicon, now, locale } = options;
  const articles = [...options.articles].sort((a, b) => a.name.localeCompare(b.name));
  // A person one report names with their side speaks for it in every report of the run; what an
  // article says of a person comes first. Each article's sides are read once, for both.
  const own = articles.map((a) => sidesOfPeople(a.body, peopleNamed(a.body), lexicon));
  const known = sidesAcross(own);
  const analyses = articles.map((article, i) => analyseArticle(article, lexicon, new Map([...known, ...own[i]!])));

  const given = options.published ?? new Map<string, string>();
  // Any date the article gives may pin its day, whatever happening it dates, or none.
  const dated = (a: ArticleAnalysis) => a.sentences.some((s) => s.dates.length > 0) || a.article.meta.published || given.has(a.article.name);
  const { publications, problems: inferProblems } = inferPublication(analyses.filter(dated), given, now);
  // An article whose day nothing pins down still gives what it dates in full; the rest is
  // reported as unresolved, and the problem is a warning unless the run is strict.
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
    // A day known only as the latest the article reports is no day to count "on Monday" or "last
    // week" from.
    const alone = !publication
      ? placeableAlone(analysis)
      : publication.from === 'latest-happening'
        ? placeableFromBelow(analysis)
        : publication.until
          ? placeableWithin(analysis, DateTime.fromISO(publication.published, { zone: now.zone }), DateTime.fromISO(publication.until, { zone: now.zone }))
          : undefined;
    // A month known only from below ("in March") places the text's dates from its last day, so that
    // what the text tells of that month in the past is not read as ahead of it.
    // A page dated a day or two after the dateline of its lede tells the story of the dateline's day.
    const day = publication
      ? publication.published.length === 7
        ? DateTime.fromISO(publication.published, { zone: now.zone }).endOf('month').startOf('day')
        : publication.until
          ? DateTime.fromISO(publication.published, { zone: now.zone })
          : storyDay(analysis, DateTime.fromISO(publication.published, { zone: now.zone }))
      : now;
    // A day known only from below, when only a recap gives it ("have died since the war began on
    // 4 March"), is no day of the article's news: what it does not date stays undated.
    const placeable = alone?.analysis ?? analysis;
    // A bound read from dates without their year ("on 5 March", "in March", the year from the run)
    // dates no news of its own: no undated happening is put on it.
    const publishedKnown = publication !== undefined && !publication.floorOnly && (publication.from !== 'latest-happening' || datesNews(placeable));
    const built = buildMentions(placeable, day, { publishedKnown });
    mentions.push(...built.mentions);
    looseClaims.push(...built.looseClaims);
    looseFigures.push(...built.looseFigures);
    return {
      name,
      ...(publication ? { published: publication.published, publishedFrom: publication.from } : {}),
      ...(publication?.until ? { publishedUntil: publication.until } : {}),
      ...(publication?.floorOnly ? { yearFromRun: true } : {}),
      inferred: publication?.inferred ?? false,
      sentences: analysis.sentences.length,
      mentions: built.mentions.length,
      unresolved: alone?.unresolved ?? [],
      clashes: publication ? findCueClashes(analysis, day) : [],
      unverified: analysis.sentences.flatMap((s) =>
        s.unknownPlaces.map((u) => ({ name: u.place.name, ...(u.place.kind ? { kind: u.place.kind } : {}), offset: s.span.start + u.start })),
      ),
    };
  });

  // One report per act before grouping: a joint step split by party, a plan's announcement day, a
  // sentence's acts, a speaker's words going on into a charge and undated violence folded, an undated attack folded into its day's clash,
  // the harm told right after a raid into the raid, a step retold redated; then one group per
  // happening.
  // Each report is numbered as built, so the trace can say which stage took it and into what.
  const built = mentions.map((m, origin) => ({ ...m, origin }));
  const { mentions: acts, notes: folds } = traceFolds(built, [
    ['splitJointSteps', splitJointSteps],
    ['foldAnnouncedPlans', foldAnnouncedPlans],
    ['foldSentenceActs', foldSentenceActs],
    ['foldContinuedSayings', foldContinuedSayings],
    ['foldWordsInTalks', foldWordsInTalks],
    ['foldUndatedViolence', foldUndatedViolence],
    ['foldAttacksIntoClash', foldAttacksIntoClash],
    ['foldHarmIntoRaid', foldHarmIntoRaid],
    ['redateRetellings', redateRetellings],
  ]);
  const { clusters, left } = clusterMentions(acts);
  // A recap of a month, a year or a day that joined no event counts that period only ("clashes in
  // January that killed 40", "a raid left 20 dead on 22 December"): never an older round of its
  // kind. A known happening leaves what it counted to the whole corpus.
  const periodRecap = (m: Mention) => !m.anaphoric;
  const recaps = left.filter(periodRecap);
  for (const m of left) {
    if (!periodRecap(m)) for (const figure of m.figures) looseFigures.push({ kinds: [m.kind], figure, published: m.published });
    for (const claim of m.claims) looseClaims.push({ kind: m.kind, claim });
  }
  const { clusters: joined, notes: joins } = traceJoins(clusters, [
    ['joinCapturesToClash', joinCapturesToClash],
    ['joinTellings', joinTellings],
    ['followPostponements', followPostponements],
    ['heldAsPlanned', heldAsPlanned],
    ['heldByDecision', heldByDecision],
  ]);
  const grouped = joined.map((members) => ({ members, draft: mergeCluster(members) }));
  const merged = reconcileDates(grouped.map((g) => g.draft))
    .sort((a, b) => daySpan(a.date).first.localeCompare(daySpan(b.date).first) || a.kind.localeCompare(b.kind) || (a.phase ?? '').localeCompare(b.phase ?? ''));
  const drafts = placeLoose(placeRecapFigures(merged, recaps), looseClaims, looseFigures);
  const ids = assignIds(drafts, options.previous ?? []);
  const parties = conflictParties(analyses, lexicon);
  const published = new Map([...publications].map(([name, p]) => [name, p.published]));
  // Phase and name are facts the editions' titles word (src/i18n/localiseEvent.ts); the rest are the articles' English words.
  const events: Event[] = drafts.map(({ who: _who, says: _says, saysAbout: _about, agent: _agent, ...draft }, i) => ({
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
      ...(publication ? { publishedFrom: publication.from } : {}),
    };
  });
  // Which step took each report is worked out only when a bench or `--explain` asks: a plain run
  // never reads it, and a large group costs more to describe than to build.
  let fates: Fate[] | undefined;
  const trace: ExtractTrace = {
    analyses,
    mentions: built,
    get fates() {
      return (fates ??= fatesOf({ built, folds, clustered: clusters, left, joins, grouped, events: merged.map((d, i) => ({ ...d, id: ids[i]! })) }));
    },
  };
  return { file: { $schema: './events.schema.json', sources, events }, reports, problems, trace };
}
