// npm run bench:dates — scores the tagger on the development corpora the TempEval-3 way.
// See README "Reading dates: npm run timex and npm run bench:dates".
import { commandLineOrExit } from './io/commandLineOrExit.ts';
import { formatProblem } from '../src/lib/problem.ts';
import { CORPORA_DIR, corporaPresent, readTimeCorpora } from './io/readTimeCorpora.ts';
import { scoredDocument } from './lib/timeml/benchDocument.ts';
import { formatDateScores } from './lib/timeml/formatDateScores.ts';
import { scoreTimexes } from './lib/timeml/scoreTimexes.ts';
import { tagTimexes } from './lib/timeml/tagTimexes.ts';
import { consoleIo, visibleIo } from './io/commandIo.ts';

// Corpus text and file names are printed: shown as the other commands show them.
const io = visibleIo(consoleIo);

const USAGE = `usage: npm run bench:dates -- [--corpora DIR] [--errors N] [--misses]
  --corpora DIR  the shared corpora (default: ../shared/corpora)
  --errors N     how many kinds of wrong value to list (default: 12)
  --misses       also list every missed, spurious and wrongly valued expression`;

const values = commandLineOrExit(process.argv.slice(2), { corpora: { type: 'string', default: CORPORA_DIR }, errors: { type: 'string', default: '12' }, misses: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } }, USAGE);
const errors = Number(values.errors);
if (!Number.isInteger(errors) || errors < 0) {
  io.errLines(`invalid --errors: ${values.errors} (expected a whole number)\n${USAGE}`);
  process.exit(2);
}
if (!(await corporaPresent(values.corpora))) {
  io.outLines(`skipped: no corpora at ${values.corpora} (they sit beside the checkout, in ../shared/corpora)`);
  process.exit(0);
}

const { corpora, problems } = await readTimeCorpora(values.corpora);
for (const p of problems) io.errLines(formatProblem(p));
for (const corpus of corpora) {
  const started = performance.now();
  const scored = corpus.documents.map((d) => scoredDocument(d, tagTimexes(d.text, d.dct)));
  const ms = performance.now() - started;
  const score = scoreTimexes(scored);
  io.outLines(formatDateScores(corpus.name, corpus.documents.length, score, errors).join('\n'));
  io.outLines(`  tagging took ${(ms / 1000).toFixed(1)} s\n`);
  if (values.misses) {
    for (const m of score.missed) io.outLines(`  missed   ${m.document}  ${m.timex.type} ${m.timex.value}  "${m.timex.text}"`);
    for (const m of score.spurious) io.outLines(`  spurious ${m.document}  ${m.timex.type} ${m.timex.value}  "${m.timex.text}"`);
    for (const m of score.valueMisses) io.outLines(`  value    ${m.document} (${m.dct})  "${m.gold.text}" gold ${m.gold.type} ${m.gold.value}, found ${m.system.type} ${m.system.value} "${m.system.text}"`);
    io.outLines('');
  }
}
process.exitCode = problems.length > 0 ? 1 : 0;
