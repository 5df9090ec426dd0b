import { join } from 'node:path';
import { DateTime } from 'luxon';
import { readDevset, readOntology } from './io/bench/readDevset.ts';
import { readLexicon } from './io/readLexicon.ts';
import { compileLexicon } from './lib/extract/lexicon/compileLexicon.ts';
import { extractEvents } from './lib/extract/extractEvents.ts';
import { scoreConflict } from './lib/bench/events/scoreConflict.ts';
import { partyIn } from './lib/bench/events/partyIn.ts';
const dir = process.argv[2]!;
const ontology = await readOntology(join(import.meta.dirname, 'lexicon/ontology.yaml'));
const { lexicon } = await readLexicon(join(import.meta.dirname, 'lexicon'), join(dir, 'lexicon'));
const { conflicts } = await readDevset(dir, ontology);
const compiled = compileLexicon(lexicon!);
const tally = new Map<string, number>();
for (const { key, articles } of conflicts) {
  const now = DateTime.fromISO('2026-12-01', { zone: key.timeZone });
  const { file } = extractEvents({ articles, lexicon: compiled, now, published: new Map(), locale: 'en-GB' });
  const s = scoreConflict({ key, events: file.events, partyOf: partyIn(compiled) });
  const days = file.sources.map((x: any) => x.published).filter(Boolean).sort();
  const first = days[0];
  for (const e of file.events) {
    const j = s.judged.find((x) => x.id === e.id)!;
    const gapDays = first ? DateTime.fromISO(first).diff(DateTime.fromISO(e.date.length === 4 ? e.date + '-12-31' : e.date.length === 7 ? DateTime.fromISO(e.date + '-01').endOf('month').toISODate()! : e.date), 'days').days : 0;
    const cls = `${e.date.length === 10 ? 'day' : 'coarse'} ${gapDays > 365 ? 'old>1y' : gapDays > 60 ? 'old>60d' : 'recent'} cites${Math.min(e.citations.length, 2)}`;
    const k = `${cls} ${j.verdict === 'correct' || j.verdict === 'wrong-status' ? 'OK' : 'BAD'}`;
    tally.set(k, (tally.get(k) ?? 0) + 1);
  }
}
for (const [k, v] of [...tally].sort()) console.log(k.padEnd(40), v);
