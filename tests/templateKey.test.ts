import { describe, expect, test } from 'vitest';
import { templateKey, type TemplateKey } from '../src/lib/templateKey.ts';

const ALL: Partial<Record<TemplateKey, string>> = { default: 'd', spoken: 's', named: 'n', scheduled: 'p', begin: 'b', 'territory-taken': 't' };

describe('templateKey picks the template an event takes, as every edition does', () => {
  test.each([
    ['a speaker before everything else', { status: 'occurred', speaker: 'X', name: 'N', type: 'territory-taken' }, ALL, 'spoken'],
    ['a name before a plan or a type', { status: 'scheduled', name: 'N', type: 'territory-taken' }, ALL, 'named'],
    ['a plan before a type', { status: 'scheduled', type: 'territory-taken' }, ALL, 'scheduled'],
    ['its type\'s own template before its phase', { status: 'occurred', type: 'territory-taken', phase: 'begin' as const }, ALL, 'territory-taken'],
    ['its phase when its type has none', { status: 'occurred', type: 'armed-clash', phase: 'begin' as const }, ALL, 'begin'],
    ['the default when the kind has neither', { status: 'occurred', type: 'territory-taken', phase: 'begin' as const }, { default: 'd' }, 'default'],
  ])('%s', (_, event, has, key) => {
    expect(templateKey(event, has)).toBe(key);
  });
});
