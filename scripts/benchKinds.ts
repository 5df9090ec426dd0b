// npm run bench:kinds — scores the happening classifier on the CASE 2021 task 2 dev snippets
// (../shared/corpora/case2021-task2/dev.tsv) as the shared task does, against the former kind
// lexicon, and times it. Skipped, saying so, when the corpus is absent.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { commandLineOrExit } from './io/commandLineOrExit.ts';
import { readLexicon } from './io/readLexicon.ts';
import { baselineLabel } from './lib/classify/baselineLabel.ts';
import { parseSnippets } from './lib/classify/parseSnippets.ts';
import { formatLabelReport } from './lib/bench/formatLabelReport.ts';
import { scoreLabels } from './lib/bench/scoreLabels.ts';
import { compileLexicon } from './lib/extract/lexicon/compileLexicon.ts';
import { classifySnippet, compileHappenings, findHappenings } from './lib/extract/happenings/index.ts';
import { consoleIo, visibleIo } from './io/commandIo.ts';

// Corpus text and file names are printed: shown as the other commands show them.
const io = visibleIo(consoleIo);

const USAGE = `usage: npm run bench:kinds -- [--corpus FILE] [--confusions N]
  --corpus FILE    the snippets to score, id<TAB>text<TAB>label (default: ../shared/corpora/case2021-task2/dev.tsv)
  --confusions N   how many of the most confused label pairs to list (default: 12)`;
const values = commandLineOrExit(process.argv.slice(2), { corpus: { type: 'string', default: join(import.meta.dirname, '../../shared/corpora/case2021-task2/dev.tsv') }, confusions: { type: 'string', default: '12' }, help: { type: 'boolean', default: false } }, USAGE);
const corpus = values.corpus;
const confusions = Number(values.confusions);
if (!Number.isInteger(confusions) || confusions < 0) {
  io.errLines(`invalid --confusions: ${values.confusions} (expected a whole number)\n${USAGE}`);
  process.exit(2);
}
if (!(await access(corpus).then(() => true, () => false))) {
  io.outLines(`skipped: the CASE 2021 dev snippets are not at ${corpus} (see ../shared/corpora/README.md)`);
  process.exit(0);
}

const { lexicon, problems } = await readLexicon(join(import.meta.dirname, 'lexicon'));
if (!lexicon) throw new Error(`the lexicon has problems: ${problems.map((p) => p.message).join('; ')}`);
const parsed = parseSnippets(await readFile(corpus, 'utf8'), corpus);
if (parsed.problems.length > 0) throw new Error(`the corpus has problems: ${parsed.problems[0]!.message}`);
const snippets = parsed.snippets.filter((s) => s.gold !== undefined);
const gold = snippets.map((s) => s.gold!);

const compiling = performance.now();
const rules = compileHappenings(lexicon.happenings, lexicon.ontology);
const compileMs = performance.now() - compiling;
const kinds = compileLexicon(lexicon);
const times: number[] = [];
let predicted: string[] = [];
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  predicted = snippets.map((s) => classifySnippet(s.text, rules).label);
  times.push(performance.now() - started);
}
const best = Math.min(...times);
const after = scoreLabels(gold, predicted);
const before = scoreLabels(gold, snippets.map((s) => baselineLabel(s.text, kinds)));

// Linear time: one long text (every snippet, joined, repeated to about 1 MB) against the snippets alone.
const joined = snippets.map((s) => s.text).join('\n\n');
const article = Array.from({ length: Math.ceil(2 ** 20 / joined.length) }, () => joined).join('\n\n');
const started = performance.now();
const found = findHappenings(article, rules).length;
const articleMs = performance.now() - started;

io.outLines(`CASE 2021 task 2 dev: ${snippets.length} snippets, ${new Set(gold).size} labels (${corpus})`);
io.outLines(formatLabelReport({ after, before, confusions }));
io.outLines('');
io.outLines(`speed: ${Math.round(snippets.length / (best / 1000))} snippets/s (best of 3: ${best.toFixed(0)} ms; rules compiled in ${compileMs.toFixed(0)} ms)`);
const articleRate = article.length / 1024 / (articleMs / 1000);
const snippetRate = joined.length / 1024 / (best / 1000);
io.outLines(`one ${(article.length / 2 ** 20).toFixed(2)} MB text: ${articleMs.toFixed(0)} ms, ${found} happenings (${articleRate.toFixed(0)} KB/s; the snippets alone: ${snippetRate.toFixed(0)} KB/s)`);
// A long text read at well under the snippets' rate per kilobyte means some step grows with the
// text's length per sentence: quadratic time, which a maintainer's long article would meet.
if (articleRate < snippetRate / 3) io.outLines(`NOT LINEAR: the long text runs at ${(articleRate / snippetRate * 100).toFixed(0)} % of the snippets' rate per kilobyte; profile findHappenings on it (node --cpu-prof)`);
