import { describe, expect, test } from 'vitest';
import { traceJoins } from '../../../scripts/lib/extract/explain/traceJoins.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

const clash = mentionOf({ date: '2031-03-02', published: '2031-03-04', kind: 'fighting', origin: 0 });
const clashRetold = mentionOf({ date: '2031-03-02', published: '2031-03-04', kind: 'fighting', sentence: 3, origin: 1 });
const capture = mentionOf({ date: '2031-03-02', published: '2031-03-04', kind: 'detention', sentence: 2, origin: 2 });
const joinAll = (cs: readonly Mention[][]) => [cs.flat()];

describe('traceJoins says which step joined a group to another', () => {
  test('the smaller group is noted as joined to the larger, by the step', () => {
    const { clusters, notes } = traceJoins([[clash, clashRetold], [capture]], [['joinAll', joinAll]]);
    expect(clusters).toHaveLength(1);
    expect(notes.get(2)).toEqual([{ step: 'joinAll', into: 0, how: 'its group joined to the group of the fighting 2031-03-02 of a.txt [0] by joinAll' }]);
    expect(notes.has(0) || notes.has(1)).toBe(false);
  });

  test('a group a step leaves out is noted as dropped', () => {
    const { notes } = traceJoins([[clash], [capture]], [['dropCaptures', (cs) => cs.filter((c) => c[0]!.kind !== 'detention')]]);
    expect(notes.get(2)).toEqual([{ step: 'dropCaptures', how: 'its group dropped by dropCaptures' }]);
  });
});
