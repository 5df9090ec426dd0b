import { join } from 'node:path';
import { readOntology } from '../../../scripts/io/bench/readDevset.ts';
import { devsetKeySchema } from '../../../scripts/lib/bench/events/devsetKey.ts';
import type { Event } from '../../../src/lib/eventSchema.ts';

export const ontology = await readOntology(join(import.meta.dirname, '../../../scripts/lexicon/ontology.yaml'));

/** A hand-made key of two articles about an invented border round. */
export const key = devsetKeySchema(ontology).parse({
  conflict: 'north-south',
  title: 'North–South border round',
  timeZone: 'UTC',
  happenings: [
    { id: 'clash', what: 'Clash at the pass', date: '2030-03-04', kind: 'fighting', type: 'armed-clash', alsoKinds: ['strike'], status: 'occurred', places: ['High Pass'], figures: [{ measure: 'killed', value: 3 }, { measure: 'killed', value: 5 }] },
    { id: 'talks', what: 'Talks in the capital', date: '2030-03-06', kind: 'talks', type: 'talks', status: 'occurred' },
    { id: 'truce', what: 'Truce agreed', date: '2030-03-06', kind: 'ceasefire', type: 'ceasefire', status: 'occurred' },
    { id: 'handover', what: 'Handover of the pass', date: '2030-03-20', kind: 'measure', type: 'territory-transfer', status: 'scheduled' },
    { id: 'old-war', what: 'The war of 2020', date: '2020-05-02', kind: 'fighting', type: 'armed-clash', status: 'occurred' },
  ],
  articles: [
    { file: 'a.txt', url: 'https://example.org/a', outlet: 'Wire', published: '2030-03-05', report: 'wire', phenomena: ['weekday'], key: ['clash'], other: ['old-war'], traps: [{ quote: 'could lead to war', why: 'fear' }] },
    { file: 'b.txt', url: 'https://example.org/b', outlet: 'Paper', published: '2030-03-07', report: 'follow-up', phenomena: ['plan'], key: ['talks', 'truce', 'handover'], other: ['clash'] },
  ],
});

let n = 0;
/** An extracted event, as the extractor writes it; only what the scorer reads needs giving. */
export function event(fields: Partial<Event> & Pick<Event, 'date' | 'kind'> & { source?: string; quote?: string }): Event {
  const { source = 'a.txt', quote = 'Words of the article.', ...rest } = fields;
  n += 1;
  return {
    id: `e${n}`,
    status: 'occurred',
    title: `Event ${n}`,
    summary: 'A summary.',
    approximate: false,
    places: [],
    actors: [],
    figures: [],
    claims: [],
    citations: [{ source, quote }],
    ...rest,
  };
}
