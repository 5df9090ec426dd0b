import { describe, expect, test } from 'vitest';
import { otherMeasure } from '../../../scripts/lib/extract/events/otherMeasure.ts';

describe('otherMeasure', () => {
  test.each([
    ['a curfew and a decree of one article', { kind: 'measure', type: 'deployment', source: 'a.txt' }, { kind: 'measure', type: 'decision', source: 'a.txt' }, true],
    ['one type told twice in one article', { kind: 'measure', type: 'decision', source: 'a.txt' }, { kind: 'measure', type: 'decision', source: 'a.txt' }, false],
    ['two articles typing one measure differently', { kind: 'measure', type: 'deployment', source: 'a.txt' }, { kind: 'measure', type: 'other', source: 'b.txt' }, false],
    ['a measure with no type', { kind: 'measure', source: 'a.txt' }, { kind: 'measure', type: 'decision', source: 'a.txt' }, false],
    ['steps of diplomacy, which have their own rule', { kind: 'diplomacy', type: 'envoy-recalled', source: 'a.txt' }, { kind: 'diplomacy', type: 'border-closed', source: 'a.txt' }, false],
  ] as const)('otherMeasure tells %s: %s', (_, a, b, apart) => {
    expect(otherMeasure(a, b)).toBe(apart);
    expect(otherMeasure(b, a)).toBe(apart);
  });
});
