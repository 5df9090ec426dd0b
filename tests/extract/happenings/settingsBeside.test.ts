import { describe, expect, test } from 'vitest';
import { settingsBeside } from '../../../scripts/lib/extract/happenings/settingsBeside.ts';

// Happenings as findHappenings reads them, only what the rule looks at.
const told = (kind: string, more: { casualty?: boolean; negated?: boolean; background?: boolean; conflict?: boolean } = {}) => ({
  kind,
  conflict: more.conflict ?? true,
  casualty: more.casualty ?? false,
  negated: more.negated ?? false,
  background: more.background ?? false,
});
const BACKGROUND = new Set(['after', 'amid']);

describe('settingsBeside finds the happenings a when/as/while/once clause sets beside a deed', () => {
  test.each([
    // "When Borean troops crossed the line, Arland summoned the envoy."
    ['a crossing beside a summons', [told('measure'), told('diplomacy')], [0, 1], ['when', undefined], [0]],
    // "Arland summoned the envoy as Borean navies held drills."
    ['drills beside a summons, after it', [told('diplomacy'), told('measure')], [0, 1], [undefined, 'as'], [1]],
    // "Two were killed when shells hit the post": harm is told by its cause.
    ['shelling beside harm', [told('civilians', { casualty: true }), told('strike')], [0, 1], [undefined, 'when'], []],
    // "The fighting began when Arland launched strikes": violence beside violence is one episode.
    ['strikes beside fighting', [told('fighting'), told('strike')], [0, 1], [undefined, 'when'], []],
    // "Arland said so as Borean navies held drills": words are no deed.
    ['drills beside a saying', [told('statement'), told('measure')], [0, 1], [undefined, 'as'], []],
    // "Arland did not summon the envoy when Borean troops crossed the line."
    ['a crossing beside a deed denied', [told('diplomacy', { negated: true }), told('measure')], [0, 1], [undefined, 'when'], []],
    // "After the talks, when the troops crossed, Arland summoned the envoy": an "after" clause is no deed's clause.
    ['a setting past another setting', [told('diplomacy'), told('measure'), told('diplomacy')], [0, 1, 2], ['after', 'when', undefined], [1]],
    // "Arland shut the pass when Borea moved troops once talks failed": both settings join the main clause's deed.
    ['two settings of one deed', [told('measure'), told('measure'), told('talks')], [0, 1, 2], [undefined, 'when', 'once'], [1, 2]],
    // "Borea moved troops once talks failed", no conflict deed beside: "talks failed" stays news.
    ['a setting beside no conflict deed', [told('other', { conflict: false }), told('talks')], [0, 1], [undefined, 'once'], []],
  ])('%s', (_name, happenings, clauseAt, openers, expected) => {
    expect([...settingsBeside(happenings, clauseAt, openers, BACKGROUND)]).toEqual(expected);
  });
});
