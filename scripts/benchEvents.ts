// npm run bench:events — runs the extractor on a set of real reporting of other border conflicts
// (the development set, tests/devset/, or the held-out set, tests/holdout/), each conflict as one
// corpus, and scores its events against the key. README "npm run bench:events" says how each
// figure is counted.
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { daySpan } from '../src/lib/partialDate.ts';
import { formatProblem, sortProblems } from '../src/lib/problem.ts';
import { siteConfig } from '../src/siteConfig.ts';
import { readDevset, readOntology, type DevsetConflict } from './io/bench/readDevset.ts';
import { consoleIo, visibleIo } from './io/commandIo.ts';
import { readCommandLine } from './io/readCommandLine.ts';
import { readLexicon } from './io/readLexicon.ts';
import { readNowOption } from './io/readNowOption.ts';
import { markdownText } from '../src/lib/markdownText.ts';
import type { Article } from '../src/lib/parseArticle.ts';
import { asMarkdown } from './lib/bench/events/asMarkdown.ts';
import { bareArticle } from './lib/bench/events/bareArticle.ts';
import { furnishArticle } from './lib/bench/events/furnishArticle.ts';
import { articleDating, formatArticleDating, formatArticlesOff } from './lib/bench/events/articleDating.ts';
import { formatEventsScore, formatMissCauses, formatOwnSentences, formatWrongKinds } from './lib/bench/events/formatEventsScore.ts';
import { BENCH_SETS, parseBenchSet } from './lib/bench/events/parseBenchSet.ts';
import { partyIn } from './lib/bench/events/partyIn.ts';
import { scoreConflict } from './lib/bench/events/scoreConflict.ts';
import { compileLexicon, type CompiledLexicon } from './lib/extract/lexicon/compileLexicon.ts';
import { explainArticle } from './lib/extract/explain/explainArticle.ts';
import { formatExplanation } from './lib/extract/explain/formatExplanation.ts';
import { extractEvents } from './lib/extract/extractEvents.ts';
import { nowAfter } from './lib/bench/events/nowAfter.ts';

const USAGE = `usage: npm run bench:events -- [options]
  --set NAME       the set to score: ${Object.keys(BENCH_SETS).join(' or ')} (default: devset, the development set;
                   holdout is the held-out set, which nobody tunes the extractor against)
  --devset DIR     score the set in DIR instead (default: tests/NAME)
  --conflict NAME  score only this conflict (a key's file name without .yaml); may be repeated
  --now DATE       today for the extractor, YYYY-MM-DD (default: 2026-12-01, fixed so runs compare)
  --now-after DAYS instead of --now, today is each conflict's last report's day plus DAYS, as for a
                   maintainer extracting soon after the reporting (with bare: the seeds' case)
  --published      give the extractor each article's publication day from the key, as a
                   maintainer who filled it in would; separates the dating of articles from the rest
  --furnish KIND   wrap each article in page furniture as a maintainer pasting from a news site
                   would: plain (navigation, bylines, advertisement slots, credits, related
                   headlines; the figures should not move) or dated (plain, plus the page's
                   publication stamp from the key, a later "Updated" stamp and a copyright year
                   of --now's; the figures should reach those of --published) or markdown
                   (as a web clipper saves it in .md, read back as a .md article is read) or bare
                   (the opposite: no front-matter day, no page stamp, no dateline's date, as the
                   extractor reads them; the text's own words stay) or half-bare (every second
                   article of a conflict, in name order, bare: undated reports in a dated run)
  --urls           give each article the url of its report from the key, as front matter, as a
                   maintainer who pasted the address but not the day would
  --summary        print only the lines that name no happening, and the table
  --explain ID     instead of scoring, show what each stage of the extractor made of each sentence
                   of the articles that tell of key happening ID (or of the article file ID): its
                   dates, the happenings read and why any was dropped (negated, hedged, …), the
                   triggers, the dates anchored to them, the mentions built and, for each, the
                   fold, merge or join step that took it and the event it ended in (or none),
                   the events citing it, and a verdict: the stage that lost it (no happening, no trigger kept, no date,
                   no speaker, background, merged into …); mentions and events within a day of the
                   key happening's date are marked "← near the key's date"

Above the table, lines that name no happening (so a blind set may print them):
  missed N of M    the misses by what the events show: an event at their date of another kind,
                   of another speaker, at a coarser date; sharing kind and date with a found
                   happening; an unmatched event near their date; or none of these (not read)
  missed N, by what became of their own sentence (then "not read N, …" for those not read, and,
  after the article dating line, "sharing N, …" for those sharing kind and date): each miss laid
                   to the sentence that tells it in its articles, found by its day, a trigger of
                   its kind, the key's words for it, its speaker, actors and figures: no happening
                   read in it; read as another kind (read for coded); its act read and dropped;
                   read, but no date reached it; a saying whose speaker was not found; its article
                   refused or dated to another day; dated elsewhere; built at its date, then left
                   out; or in an event that stands for another happening (by the step that merged
                   it, or its own event, which the scorer gives the other). Each ends with how
                   many sentences were a guess (neither its day and act nor its kind and words);
                   without --summary each miss quotes its sentence and names the event it went into
  wrong kind N     the events of a wrong kind, by the kind read and the kind coded
  articles dated   each article's publication day as read against the key's; without --summary
                   followed by a line for each article dated off ("dated  a.txt 2023-03-09: 366
                   days early, from text"), furthest first`;

// A fixed "today": a maintainer building a timeline of these past conflicts now. Fixed so that
// two runs of the benchmark, on any day, give the same figures.
const NOW = '2026-12-01';

// Quotes, names and ids in these lines come from the articles and keys: printed as the other commands print.
const io = visibleIo(consoleIo);

async function main(argv: string[]): Promise<number> {
  const read = readCommandLine(
    argv,
    {
      set: { type: 'string', default: 'devset' },
      devset: { type: 'string' },
      conflict: { type: 'string', multiple: true },
      now: { type: 'string', default: NOW },
      'now-after': { type: 'string' },
      published: { type: 'boolean', default: false },
      furnish: { type: 'string' },
      urls: { type: 'boolean', default: false },
      summary: { type: 'boolean', default: false },
      explain: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if ('exit' in read) {
    (read.exit === 0 ? io.outLines : io.errLines)(read.print);
    return read.exit;
  }
  const { values } = read;
  // Checked as the other commands check it; the day is kept as text, each conflict's zone reads it.
  const checkedNow = readNowOption(values.now);
  if ('error' in checkedNow) {
    io.errLines(`${checkedNow.error}\n${USAGE}`);
    return 2;
  }
  const after = values['now-after'];
  if (after !== undefined && !/^\d{1,5}$/.test(after)) {
    io.errLines(`invalid --now-after: ${after} (expected a whole number of days, 0 to 99999)\n${USAGE}`);
    return 2;
  }
  if (values.furnish !== undefined && !['plain', 'dated', 'markdown', 'bare', 'half-bare'].includes(values.furnish)) {
    io.errLines(`invalid --furnish: ${values.furnish} (expected plain, dated, markdown, bare or half-bare)\n${USAGE}`);
    return 2;
  }
  const chosen = parseBenchSet(values.set);
  if ('error' in chosen) {
    io.errLines(`${chosen.error}\n${USAGE}`);
    return 2;
  }
  const dir = values.devset ?? join(import.meta.dirname, '../tests', chosen.set);
  const ontology = await readOntology(join(import.meta.dirname, 'lexicon/ontology.yaml'));
  const { lexicon, problems: lexiconProblems } = await readLexicon(join(import.meta.dirname, 'lexicon'), join(dir, 'lexicon'));
  const { conflicts, problems } = await readDevset(dir, ontology);
  const all = [...lexiconProblems, ...problems];
  if (all.length > 0 || !lexicon) {
    for (const p of sortProblems(all)) io.err(formatProblem(p));
    io.errLines(`\n${all.length} problem${all.length === 1 ? '' : 's'} in the ${chosen.label}; nothing was scored.`);
    return 1;
  }
  const wanted = values.conflict;
  const unknown = (wanted ?? []).filter((name) => !conflicts.some((c) => c.key.conflict === name));
  if (unknown.length > 0) {
    io.err(`invalid --conflict: ${unknown.join(', ')} (expected one of ${conflicts.map((c) => c.key.conflict).join(', ')})`);
    return 2;
  }
  const compiled = compileLexicon(lexicon);
  if (values.explain !== undefined) return explain(values.explain, conflicts, compiled, values.now, values.published);
  const runs = conflicts
    .filter((c) => !wanted || wanted.includes(c.key.conflict))
    .map(({ key, articles }) => {
      const now = after === undefined
        ? DateTime.fromISO(values.now, { zone: key.timeZone })
        : nowAfter(key.articles.map((a) => a.published), Number(after), key.timeZone);
      const published = new Map(values.published ? key.articles.map((a) => [a.file, a.published]) : []);
      const days = new Map(key.articles.map((a) => [a.file, a.published]));
      const datesOf = (file: string) => {
        const day = days.get(file);
        if (values.furnish !== 'dated' || !day) return undefined;
        return { published: day, updated: DateTime.fromISO(day).plus({ days: 1 }).toISODate()!, copyright: now.year };
      };
      const names = articles.map((a) => a.name).sort();
      const furnish = (a: Article): Article => {
        if (values.furnish === 'markdown') return { ...a, body: markdownText(asMarkdown(a.body)) };
        if (values.furnish === 'half-bare' && names.indexOf(a.name) % 2 === 0) return a;
        if (values.furnish !== 'bare' && values.furnish !== 'half-bare') return { ...a, body: furnishArticle(a.name, a.body, datesOf(a.name)) };
        const { published: _, ...meta } = a.meta;
        return { ...a, meta, body: bareArticle(a.body) };
      };
      const urls = new Map(key.articles.map((a) => [a.file, a.url]));
      const addressed = (a: Article) => (values.urls && !a.meta.url && urls.has(a.name) ? { ...a, meta: { ...a.meta, url: urls.get(a.name)! } } : a);
      const read = (values.furnish ? articles.map(furnish) : articles).map(addressed);
      const { file, problems: refused, trace } = extractEvents({ articles: read, lexicon: compiled, now, published, locale: siteConfig.locale });
      return {
        score: scoreConflict({ key, events: file.events, refused: refused.map((p) => ({ file: p.file, message: p.message })), partyOf: partyIn(compiled), trace }),
        datings: articleDating(key.articles, file.sources),
      };
    });
  const scores = runs.map((r) => r.score);
  io.out(`bench:events — ${chosen.label}: ${scores.reduce((n, s) => n + s.articles, 0)} articles of ${scores.length} conflicts, extractor run with ${after === undefined ? `--now ${values.now}` : `today ${after} days after each conflict's last report`}${values.published ? ', publication days given' : ''}${values.furnish === 'bare' ? ', articles stripped of every day the page prints' : values.furnish === 'half-bare' ? ', every second article stripped of every day the page prints' : values.furnish ? `, articles wrapped in ${values.furnish} page furniture` : ''}${values.urls ? ', each with its url' : ''}`);
  io.outLines(formatMissCauses(scores));
  for (const [label, causes] of [['missed', undefined], ['not read', ['none']]] as const) {
    const own = formatOwnSentences(scores, label, causes);
    if (own) io.outLines(own);
  }
  const kinds = formatWrongKinds(scores);
  if (kinds) io.outLines(kinds);
  io.outLines(formatArticleDating(runs.flatMap((r) => r.datings)));
  if (!values.summary) for (const line of formatArticlesOff(runs.flatMap((r) => r.datings))) io.out(line);
  const sharing = formatOwnSentences(scores, 'sharing', ['merged']);
  if (sharing) io.outLines(sharing);
  for (const line of formatEventsScore(scores, { details: !values.summary })) io.out(line);
  return 0;
}

/** Prints what each stage made of each sentence of the articles that tell of a key happening, or of one article. */
function explain(id: string, conflicts: readonly DevsetConflict[], lexicon: CompiledLexicon, today: string, withDays: boolean): number {
  const conflict = conflicts.find(({ key }) => key.happenings.some((h) => h.id === id) || key.articles.some((a) => a.file === id));
  if (!conflict) {
    io.err(`invalid --explain: ${id} (expected the id of a key happening or an article file of the set)`);
    return 2;
  }
  const { key, articles } = conflict;
  const happening = key.happenings.find((h) => h.id === id);
  if (happening) io.out(`${happening.id}  [${happening.kind}/${happening.type}] ${happening.date}${happening.endDate ? `…${happening.endDate}` : ''}: ${happening.what}`);
  const files = new Set(key.articles.filter((a) => a.file === id || a.key.includes(id) || a.other.includes(id)).map((a) => a.file));
  // A mention or event within a day of the key happening's days (a date or a span "a…b") is marked.
  const near = (date: string) => happening !== undefined && spansMeet(date, happening.endDate ? `${happening.date}…${happening.endDate}` : happening.date);
  const now = DateTime.fromISO(today, { zone: key.timeZone });
  const published = new Map(withDays ? key.articles.map((a) => [a.file, a.published]) : []);
  const { file, reports, trace } = extractEvents({ articles, lexicon, now, published, locale: siteConfig.locale });
  for (const analysis of trace.analyses.filter((a) => files.has(a.article.name))) {
    const report = reports.find((r) => r.name === analysis.article.name);
    io.outLines(['', ...formatExplanation(analysis.article.name, report?.published, explainArticle(analysis, trace.mentions, file.events, trace.fates), near)].join('\n'));
  }
  return 0;
}

/** Whether two dates or spans ("a…b", at any precision) lie within a day of each other. */
function spansMeet(a: string, b: string): boolean {
  const days = (d: string) => {
    const [from, to = from] = d.split('…');
    return { first: Date.parse(daySpan(from!).first), last: Date.parse(daySpan(to!).last) };
  };
  const x = days(a);
  const y = days(b);
  return x.first <= y.last + 86_400_000 && y.first <= x.last + 86_400_000;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
