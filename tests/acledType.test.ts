import { describe, expect, test } from 'vitest';
import { acledType } from '../src/lib/acledType.ts';
import type { Event } from '../src/lib/eventSchema.ts';

describe('acledType', () => {
  test.each<[Pick<Event, 'kind' | 'type'>, string, string]>([
    [{ kind: 'fighting', type: 'armed-clash' }, 'Battles', 'Armed clash'],
    [{ kind: 'strike', type: 'air-strike' }, 'Explosions/Remote violence', 'Air/drone strike'],
    [{ kind: 'humanitarian', type: 'displacement' }, 'Strategic developments', 'Other'],
    [{ kind: 'detention', type: 'arrest' }, 'Strategic developments', 'Arrests'],
    [{ kind: 'talks', type: 'talks' }, '', ''],
    [{ kind: 'humanitarian', type: 'aid' }, '', ''],
    [{ kind: 'fighting' }, 'Battles', ''],
    [{ kind: 'strike' }, 'Explosions/Remote violence', ''],
    [{ kind: 'ceasefire' }, 'Strategic developments', 'Agreement'],
    [{ kind: 'protest' }, '', ''],
    [{ kind: 'statement' }, '', ''],
  ])('codes %o as %s / %s', (event, eventType, subEventType) => {
    expect(acledType(event)).toEqual({ eventType, subEventType });
  });
});
