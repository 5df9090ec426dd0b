import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { devsetKeySchema } from '../../../scripts/lib/bench/events/devsetKey.ts';
import { ownSentences } from '../../../scripts/lib/bench/events/ownSentences.ts';
import { extractEvents } from '../../../scripts/lib/extract/extractEvents.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';
import { ontology } from './fixtures.ts';

const now = DateTime.fromISO('2026-11-22', { zone: 'UTC' });
const body = [
  'Borea shells Arlandese outposts',
  'Borean artillery shelled two Arlandese outposts near the Kelvask Pass on Saturday, the Arlandese army said.',
  'A week earlier, Arlandese engineers had finished a road to the Halvane crossing.',
  'Tan Weiro, who farms below the pass, counted eleven craters in his fields.',
].join('\n\n');
const { trace } = extractEvents({ articles: [article('kelvask.txt', body, '2024-06-10')], lexicon: invented, now, locale: 'en-GB' });
const files = new Set(['kelvask.txt']);
// The key's day for the article: a Monday, so "on Saturday" is the 8th.
const published = new Map([['kelvask.txt', '2024-06-10']]);

const told = (h: { what: string; date: string; kind: string; type: string; actors?: string[] }) =>
  devsetKeySchema(ontology).parse({
    conflict: 'arland-borea',
    title: 'Arland–Borea',
    timeZone: 'UTC',
    happenings: [{ id: 'h', status: 'occurred', actors: ['Borea', 'Arland'], ...h }],
    articles: [{ file: 'kelvask.txt', url: 'https://example.org/k', outlet: 'Wire', published: '2024-06-10', report: 'wire', phenomena: ['weekday'], key: ['h'] }],
  }).happenings[0]!;
const own = (h: Parameters<typeof told>[0], days = published) => ownSentences(told(h), files, trace.analyses, days);

describe('ownSentences finds the sentence that tells a key happening', () => {
  test.each([
    ['the body\'s dated sentence of its kind, not the headline that repeats it', { what: 'Borean artillery shells Arlandese outposts near the Kelvask Pass', date: '2024-06-08', kind: 'strike', type: 'shelling' }, 'Borean artillery shelled', true],
    ['a sentence that reads no act, by the key\'s words for it', { what: 'Tan Weiro counts eleven craters in his fields', date: '2024-06-09', kind: 'civilians', type: 'attack-on-civilians' }, 'Tan Weiro, who farms', false],
    ['a road finished a week before, by its words though its date is relative', { what: 'Arlandese engineers finish a road to the Halvane crossing', date: '2024-06-01', kind: 'measure', type: 'deployment' }, 'A week earlier', false],
  ])('%s', (_, h, opening, placed) => {
    const [found] = own(h);
    expect(found!.sentence.span.text.startsWith(opening)).toBe(true);
    expect(found!.placed).toBe(placed);
  });

  test('a sentence is placed by its day as the key dates the article, whatever the run made of it', () => {
    // Read from Tuesday the 11th, "on Saturday" is still the 8th; from Monday the 17th it is the 15th, no day of the shelling.
    const h = { what: 'Borean gunners fire on Arlandese positions at dawn from the ridge', date: '2024-06-08', kind: 'strike', type: 'shelling' };
    expect(own(h, new Map([['kelvask.txt', '2024-06-11']]))[0]!.placed).toBe(true);
    expect(own(h, new Map([['kelvask.txt', '2024-06-17']]))[0]!.placed).toBe(false);
  });

  test('an article no sentence of which shares a clue with the key gives none', () => {
    expect(own({ what: 'Velmora recalls its envoy', date: '2023-01-05', kind: 'diplomacy', type: 'envoy-recalled', actors: ['Ondria'] })).toEqual([]);
  });
});
