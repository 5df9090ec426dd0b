import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { devsetKeySchema } from '../../../scripts/lib/bench/events/devsetKey.ts';
import { formatStages, formatWrongKinds } from '../../../scripts/lib/bench/events/formatEventsScore.ts';
import { furthestStage } from '../../../scripts/lib/bench/events/furthestStage.ts';
import { scoreConflict } from '../../../scripts/lib/bench/events/scoreConflict.ts';
import { extractEvents } from '../../../scripts/lib/extract/extractEvents.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';
import { ontology } from './fixtures.ts';

const now = DateTime.fromISO('2026-11-22', { zone: 'UTC' });
const body = [
  'Arlandese troops shelled a Borean village near the Halvane crossing on Monday.',
  'Borea did not attack any Arlandese post.',
  'Officials in Velmora said they feared that evacuations could follow.',
].join(' ');
const run = extractEvents({ articles: [article('halvane.txt', body, '2024-03-20')], lexicon: invented, now, locale: 'en-GB' });
const files = new Set(['halvane.txt']);
const happening = (fields: { id: string; date: string; kind: string; type: string }) =>
  devsetKeySchema(ontology).parse({
    conflict: 'arland-borea',
    title: 'Arland–Borea',
    timeZone: 'UTC',
    happenings: [{ what: 'A happening', status: 'occurred', ...fields }],
    articles: [{ file: 'halvane.txt', url: 'https://example.org/h', outlet: 'Wire', published: '2024-03-20', report: 'wire', phenomena: ['weekday'], key: [fields.id] }],
  });
const stageOf = (fields: Parameters<typeof happening>[0]) => {
  const key = happening(fields);
  return furthestStage(key.happenings[0]!, files, run.trace.analyses, run.trace.mentions, new Set());
};

describe('furthestStage says how far a missed happening\'s kind got in its articles', () => {
  test('a mention of its kind at its date that became no event of its own is lost', () => {
    expect(stageOf({ id: 'h', date: '2024-03-18', kind: 'strike', type: 'shelling' }).stage).toBe('lost');
  });

  test('mentions of its kind only at other days are misdated, near or far', () => {
    expect(stageOf({ id: 'h', date: '2024-03-16', kind: 'strike', type: 'shelling' })).toEqual({ stage: 'misdated', why: 'within a week of its date' });
    expect(stageOf({ id: 'h', date: '2023-03-18', kind: 'strike', type: 'shelling' })).toEqual({ stage: 'misdated', why: 'further off' });
  });

  test('a kind read only where it was negated or hedged was dropped, with the commonest reason', () => {
    expect(stageOf({ id: 'h', date: '2024-03-18', kind: 'fighting', type: 'armed-clash' })).toEqual({ stage: 'dropped', why: 'negated' });
  });

  test('a kind read nowhere in the articles is unread', () => {
    expect(stageOf({ id: 'h', date: '2024-03-18', kind: 'talks', type: 'talks' }).stage).toBe('unread');
  });
});

describe('with the trace\'s fates, a lost happening says which step took its mention', () => {
  const told = [
    'Arlandese troops clashed with Borean soldiers at the Kelvask Pass on Monday and took three Borean soldiers prisoner.',
    'Shelling hit villages near the Kelvask Pass on Monday.',
  ].join(' ');
  const traced = extractEvents({ articles: [article('kelvask.txt', told, '2024-03-20')], lexicon: invented, now, locale: 'en-GB' }).trace;
  const lostBy = (kind: string, type: string) =>
    furthestStage(happening({ id: 'h', date: '2024-03-18', kind, type }).happenings[0]!, new Set(['kelvask.txt']), traced.analyses, traced.mentions, new Set(), traced.fates);

  test('a capture folded into its sentence\'s clash was folded by foldSentenceActs; shelling merged into the clash\'s group, by clusterMentions', () => {
    expect(lostBy('detention', 'arrest')).toEqual({ stage: 'lost', why: 'folded by foldSentenceActs' });
    expect(lostBy('strike', 'shelling')).toEqual({ stage: 'lost', why: 'merged by clusterMentions (another kind, same day)' });
  });

  test('without fates the reason stays the coarse one', () => {
    const coarse = furthestStage(happening({ id: 'h', date: '2024-03-18', kind: 'detention', type: 'arrest' }).happenings[0]!, new Set(['kelvask.txt']), traced.analyses, traced.mentions, new Set());
    expect(coarse).toEqual({ stage: 'lost', why: 'folded or merged' });
  });
});

describe('scoreConflict and formatStages count the stages without naming a happening', () => {
  test('a miss with no event of any kind near it carries its stage, and the line counts it', () => {
    const key = happening({ id: 'h', date: '2024-03-05', kind: 'talks', type: 'talks' });
    const score = scoreConflict({ key, events: run.file.events, trace: run.trace });
    expect(score.misses[0]).toMatchObject({ cause: 'none', stage: { stage: 'unread' } });
    const line = formatStages([score]);
    expect(line).toMatch(/^not read 1, by the furthest stage .*: 1 its kind never read \(1 its kind read in none of its articles\)$/);
    expect(line).not.toContain('A happening');
  });

  test('without a trace no stage is given and the line is empty', () => {
    const key = happening({ id: 'h', date: '2024-03-05', kind: 'talks', type: 'talks' });
    const score = scoreConflict({ key, events: run.file.events });
    expect(score.misses[0]!.stage).toBeUndefined();
    expect(formatStages([score])).toBe('');
  });
});

describe('formatWrongKinds counts the kinds read for the kinds coded', () => {
  test('an event of another kind at a key happening\'s date is counted by both kinds, and names nothing', () => {
    const key = happening({ id: 'h', date: '2024-03-18', kind: 'talks', type: 'talks' });
    const score = scoreConflict({ key, events: run.file.events, trace: run.trace });
    const line = formatWrongKinds([score, score]);
    expect(line).toBe('wrong kind 2, read for coded: strike for talks 2');
  });

  test('no wrong kind, no line', () => {
    const key = happening({ id: 'h', date: '2024-03-18', kind: 'strike', type: 'shelling' });
    expect(formatWrongKinds([scoreConflict({ key, events: run.file.events })])).toBe('');
  });
});
