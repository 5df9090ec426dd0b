import { describe, expect, test } from 'vitest';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { eventsJson } from '../../src/lib/exports/eventsJson.ts';
import { canonicalEvent } from '../../src/lib/serializeEventsFile.ts';
import { monthEvent, nastyEvent } from '../helpers/exportInput.ts';

const sources = [{ file: 'a.txt', publishedInferred: false }, { file: 'b.txt', publishedInferred: false }, { file: 'unused.txt', publishedInferred: false }];

describe('eventsJson', () => {
  test('writes the events in canonical form, the cited sources only, and the schema published beside it', () => {
    const file = JSON.parse([...eventsJson([nastyEvent, monthEvent], sources)].join(''));
    expect(file.$schema).toBe('./events.schema.json');
    expect(file.sources.map((s: { file: string }) => s.file)).toEqual(['a.txt', 'b.txt']);
    expect(file.events).toEqual([monthEvent, nastyEvent].map(canonicalEvent));
    expect(EventsFile.parse(file).events).toEqual([monthEvent, nastyEvent]);
  });
});
