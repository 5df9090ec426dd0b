import { describe, expect, test } from 'vitest';
import { followPostponements } from '../../../scripts/lib/extract/events/followPostponements.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

let n = 0;
const mention = (date: string, published: string, extra: Partial<Mention> = {}): Mention =>
  mentionOf({ date, published, kind: 'talks', status: 'scheduled', sentence: n++, citations: [{ source: extra.source ?? 'a.txt', quote: `q${n}` }], ...extra });
const dates = (clusters: Mention[][]) => clusters.map((c) => c.map((m) => `${m.source}:${m.time.date}${m.anaphoric ? '~' : ''}`));

describe('followPostponements: a plan put off goes ahead at its new date', () => {
  const plan = mention('2031-03-12', '2031-03-01', { who: 'the border committee' });
  const putOff = mention('2031-03-10', '2031-03-10', { source: 'b.txt', sentence: 4, phase: 'postpone', status: 'occurred', who: 'the border committee' });
  const moved = mention('2031-03-20', '2031-03-10', { source: 'b.txt', sentence: 4, who: 'the border committee' });

  test('moves the first plan to the new date, where it dates nothing, and keeps the postponement apart', () => {
    expect(dates(followPostponements([[plan], [putOff], [moved]]))).toEqual([['b.txt:2031-03-10'], ['b.txt:2031-03-20', 'a.txt:2031-03-12~']]);
  });

  test('leaves a plan of another body, or announced after the postponement, where it was', () => {
    const other = mention('2031-03-12', '2031-03-01', { who: 'defence ministers' });
    expect(followPostponements([[other], [putOff], [moved]])).toHaveLength(3);
    const later = mention('2031-03-12', '2031-03-11', { who: 'the border committee', source: 'c.txt' });
    expect(followPostponements([[later], [putOff], [moved]])).toHaveLength(3);
  });

  test('leaves plans alone when no new date is given', () => {
    expect(followPostponements([[plan], [putOff]])).toHaveLength(2);
  });
});
