import { describe, expect, test } from 'vitest';
import { assignIds } from '../../../scripts/lib/extract/events/assignIds.ts';
import type { Draft } from '../../../scripts/lib/extract/events/mergeCluster.ts';

const draft = (date: string, kind: Draft['kind'], quote: string, extra: Partial<Draft> = {}): Draft =>
  ({ date, kind, status: 'occurred', approximate: false, places: [], actors: [], figures: [], claims: [], citations: [{ source: 'a.txt', quote }], ...extra }) as Draft;

describe('assignIds', () => {
  test('names an event by its date and kind', () => {
    expect(assignIds([draft('2024-04-24', 'talks', 'q1'), draft('2024-03', 'fighting', 'q2')], [])).toEqual(['2024-04-24-talks', '2024-03-fighting']);
  });

  test('lengthens an id by phase, then participants, then a counter, until it is unique', () => {
    const ids = assignIds(
      [
        draft('2024-04-24', 'talks', 'q1'),
        draft('2024-04-24', 'talks', 'q2', { phase: 'begin' }),
        draft('2024-04-24', 'talks', 'q3', { who: 'Defence Ministers' }),
        draft('2024-04-24', 'talks', 'q4'),
      ],
      [],
    );
    expect(ids).toEqual(['2024-04-24-talks', '2024-04-24-talks-begin', '2024-04-24-talks-defence-ministers', '2024-04-24-talks-2']);
  });

  test('keeps the previous id of an event that shares a citation, even when its date became more precise', () => {
    const previous = [{ id: '2024-03-fighting', kind: 'fighting' as const, citations: [{ source: 'a.txt', quote: 'q1' }] }];
    expect(assignIds([draft('2024-03-21', 'fighting', 'q1')], previous)).toEqual(['2024-03-fighting']);
  });

  test('gives a previous id to one event only', () => {
    const previous = [{ id: 'old', kind: 'fighting' as const, citations: [{ source: 'a.txt', quote: 'q1' }] }];
    expect(assignIds([draft('2024-03-21', 'fighting', 'q1'), draft('2024-03-22', 'fighting', 'q1')], previous)).toEqual(['old', '2024-03-22-fighting']);
  });
});
