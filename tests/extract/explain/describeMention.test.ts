import { expect, test } from 'vitest';
import { describeMention } from '../../../scripts/lib/extract/explain/describeMention.ts';
import { mentionOf } from '../../helpers/mention.ts';

test('describeMention names a report by kind, dates, article and sentence', () => {
  const strike = mentionOf({ date: '2031-03-02', time: { date: '2031-03-02', endDate: '2031-03-04', approximate: false }, published: '2031-03-05', kind: 'strike', sentence: 3 });
  expect(describeMention(strike)).toBe('strike 2031-03-02…2031-03-04 of a.txt [3]');
});
