import { describe, expect, test } from 'vitest';
import { otherMeasure } from '../../../scripts/lib/extract/events/otherMeasure.ts';

describe('otherMeasure', () => {
  test.each([
    ['a curfew and a decree of one article', { kind: 'measure', type: 'deployment', source: 'a.txt' }, { kind: 'measure', type: 'decision', source: 'a.txt' }, true],
    ['one type told twice in one article', { kind: 'measure', type: 'decision', source: 'a.txt' }, { kind: 'measure', type: 'decision', source: 'a.txt' }, false],
    ['two articles typing one measure differently', { kind: 'measure', type: 'deployment', source: 'a.txt' }, { kind: 'measure', type: 'other', source: 'b.txt' }, false],
    ['a measure with no type', { kind: 'measure', source: 'a.txt' }, { kind: 'measure', type: 'decision', source: 'a.txt' }, false],
    // "The army chief toured the border on Thursday"; below, "General Ferrin arrived in Dorsk".
    ['one day\'s measure of no named type, told again in another sentence as a deployment', { kind: 'measure', type: 'other', source: 'a.txt', sentence: 1, time: { date: '2031-12-17', approximate: false }, actors: ['Arland'] }, { kind: 'measure', type: 'deployment', source: 'a.txt', sentence: 2, time: { date: '2031-12-17', approximate: false }, actors: [] }, false],
    // "Lena Ferrin called her ministers together and sent six ships to search".
    ['two acts of one sentence, one of no named type', { kind: 'measure', type: 'other', source: 'a.txt', sentence: 3, time: { date: '2031-12-17', approximate: false } }, { kind: 'measure', type: 'deployment', source: 'a.txt', sentence: 3, time: { date: '2031-12-17', approximate: false } }, true],
    // "Ships were sent on Friday"; "warning shots during the night", dated to Saturday.
    ['a measure of no named type on another day', { kind: 'measure', type: 'other', source: 'a.txt', sentence: 5, time: { date: '2031-12-18', approximate: false } }, { kind: 'measure', type: 'deployment', source: 'a.txt', sentence: 3, time: { date: '2031-12-17', approximate: false } }, true],
    // "The Arlandese minister flew over the islets"; "two Borean jets entered the zone".
    ['a measure of no named type by another party', { kind: 'measure', type: 'other', source: 'a.txt', sentence: 1, time: { date: '2031-12-17', approximate: false }, actors: ['Arland', 'Borea'] }, { kind: 'measure', type: 'deployment', source: 'a.txt', sentence: 4, time: { date: '2031-12-17', approximate: false }, actors: ['Borea', 'Arland'] }, true],
    ['steps of diplomacy, which have their own rule', { kind: 'diplomacy', type: 'envoy-recalled', source: 'a.txt' }, { kind: 'diplomacy', type: 'border-closed', source: 'a.txt' }, false],
  ] as const)('otherMeasure tells %s: %s', (_, a, b, apart) => {
    expect(otherMeasure(a, b)).toBe(apart);
    expect(otherMeasure(b, a)).toBe(apart);
  });
});
