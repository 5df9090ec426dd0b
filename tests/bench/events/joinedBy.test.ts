import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { devsetKeySchema } from '../../../scripts/lib/bench/events/devsetKey.ts';
import { formatJoins } from '../../../scripts/lib/bench/events/formatEventsScore.ts';
import { joinedBy } from '../../../scripts/lib/bench/events/joinedBy.ts';
import { scoreConflict } from '../../../scripts/lib/bench/events/scoreConflict.ts';
import { extractEvents } from '../../../scripts/lib/extract/extractEvents.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';
import { ontology } from './fixtures.ts';

const now = DateTime.fromISO('2026-11-22', { zone: 'UTC' });

describe('joinedBy and formatJoins say what joined a happening sharing kind and day with a found one', () => {
  // Two keyed happenings of one kind and day: the clash the article tells, and shelling it tells
  // beside it, which clusterMentions takes into the clash's group.
  const told = [
    'Arlandese troops clashed with Borean soldiers at the Kelvask Pass on Monday.',
    'Shelling hit villages near the Kelvask Pass on Monday.',
  ].join(' ');
  const traced = extractEvents({ articles: [article('pass.txt', told, '2024-03-20')], lexicon: invented, now, locale: 'en-GB' });
  const two = (second: { id: string; kind: string; type: string }) =>
    devsetKeySchema(ontology).parse({
      conflict: 'arland-borea',
      title: 'Arland–Borea',
      timeZone: 'UTC',
      happenings: [
        { id: 'clash', what: 'The clash at the pass', status: 'occurred', date: '2024-03-18', kind: 'fighting', type: 'armed-clash' },
        { what: 'Another happening', status: 'occurred', date: '2024-03-18', ...second },
      ],
      articles: [{ file: 'pass.txt', url: 'https://example.org/p', outlet: 'Wire', published: '2024-03-20', report: 'wire', phenomena: ['weekday'], key: ['clash', second.id] }],
    });

  test('a happening whose mentions another step took says that step', () => {
    const key = two({ id: 'shelled', kind: 'strike', type: 'shelling' });
    const h = key.happenings[1]!;
    const why = joinedBy(h, new Set(['pass.txt']), traced.trace.mentions, traced.trace.fates);
    expect(why).toMatch(/^merged by clusterMentions/);
  });

  test('a second clash of the day the article never read apart was never read as a mention of its own', () => {
    const key = two({ id: 'second-clash', kind: 'fighting', type: 'armed-clash' });
    const score = scoreConflict({ key, events: traced.file.events, trace: traced.trace });
    const miss = score.misses.find((m) => m.id === 'second-clash');
    expect(miss).toMatchObject({ cause: 'merged', joined: 'never read as a mention of its own' });
    const line = formatJoins([score]);
    expect(line).toBe('sharing 1, by what joined them: 1 never read as a mention of its own');
    expect(line).not.toContain('Another happening');
  });

  test('without a trace nothing is said, and the line is empty', () => {
    const key = two({ id: 'second-clash', kind: 'fighting', type: 'armed-clash' });
    const score = scoreConflict({ key, events: traced.file.events });
    expect(score.misses.find((m) => m.id === 'second-clash')?.joined).toBeUndefined();
    expect(formatJoins([score])).toBe('');
  });
});
