import { describe, expect, test } from 'vitest';
import { mergeEdits } from '../../../scripts/lib/extract/edits/mergeEdits.ts';
import { EventsFile, type Event } from '../../../src/lib/eventSchema.ts';

const event = (id: string, fields: Partial<Event> = {}): Event =>
  ({
    id,
    date: '2024-03-21',
    kind: 'fighting',
    status: 'occurred',
    title: `Title ${id}`,
    summary: `Summary ${id}.`,
    citations: [{ source: 'a.txt', quote: `Quote ${id}` }],
    ...fields,
  }) as Event;
const file = (...events: Event[]): EventsFile => EventsFile.parse({ sources: [{ file: 'a.txt', published: '2024-03-22', publishedInferred: true }], events });
const byId = (f: EventsFile) => Object.fromEntries(f.events.map((e) => [e.id, e]));

describe('mergeEdits', () => {
  const base = file(event('a'), event('b'), event('c'));

  test('takes the whole extraction when there is no file to merge into yet', () => {
    const theirs = file(event('a'));
    const { file: merged, report } = mergeEdits(undefined, undefined, theirs);
    expect(merged).toBe(theirs);
    expect(report.added).toEqual(['a']);
  });

  test('keeps a field the maintainer changed and takes the extractor\'s other changes', () => {
    const ours = file(event('a', { title: 'Edited by hand' }), event('b'), event('c'));
    const theirs = file(event('a', { summary: 'New summary.' }), event('b'), event('c'));
    const { file: merged, report } = mergeEdits(base, ours, theirs);
    expect(byId(merged).a).toMatchObject({ title: 'Edited by hand', summary: 'New summary.' });
    expect(report.updated).toEqual([{ id: 'a', fields: ['summary'] }]);
    expect(report.conflicts).toEqual([]);
  });

  test('reports a field both sides changed and keeps the maintainer\'s value', () => {
    const ours = file(event('a', { title: 'Maintainer' }), event('b'), event('c'));
    const theirs = file(event('a', { title: 'Extractor' }), event('b'), event('c'));
    const { file: merged, report } = mergeEdits(base, ours, theirs);
    expect(byId(merged).a!.title).toBe('Maintainer');
    expect(report.conflicts).toEqual([{ id: 'a', field: 'title' }]);
  });

  test('takes kind and type from one side, so a maintainer\'s kind never gets the extractor\'s type of another kind', () => {
    const typed = file(event('a', { type: 'armed-clash' }), event('b'), event('c'));
    const ours = file(event('a', { kind: 'strike' }), event('b'), event('c'));
    const theirs = file(event('a', { type: 'territory-taken' }), event('b'), event('c'));
    const { file: merged, report } = mergeEdits(typed, ours, theirs);
    expect(byId(merged).a).toMatchObject({ kind: 'strike' });
    expect(byId(merged).a!.type).toBeUndefined();
    expect(report.conflicts).toEqual([{ id: 'a', field: 'kind' }]);
  });

  test('brings in the extractor\'s new type when the maintainer left kind and type alone', () => {
    const ours = file(event('a'), event('b'), event('c'));
    const { file: merged, report } = mergeEdits(base, ours, file(event('a', { type: 'armed-clash' }), event('b'), event('c')));
    expect(byId(merged).a).toMatchObject({ kind: 'fighting', type: 'armed-clash' });
    expect(report.updated).toEqual([{ id: 'a', fields: ['type'] }]);
  });

  test('keeps a deleted event deleted', () => {
    const ours = file(event('a'), event('c'));
    const { file: merged, report } = mergeEdits(base, ours, file(event('a', { title: 'Changed' }), event('b', { title: 'Changed' }), event('c')));
    expect(Object.keys(byId(merged)).sort()).toEqual(['a', 'c']);
    expect(report.keptDeleted).toEqual(['b']);
  });

  test('keeps an event a maintainer added', () => {
    const ours = file(event('a'), event('b'), event('c'), event('mine', { kind: 'statement' }));
    const { file: merged, report } = mergeEdits(base, ours, file(event('a'), event('b'), event('c')));
    expect(byId(merged).mine).toMatchObject({ kind: 'statement' });
    expect(report.keptAdded).toEqual(['mine']);
  });

  test('brings in new events and drops untouched ones the extractor no longer finds', () => {
    const { file: merged, report } = mergeEdits(base, base, file(event('a'), event('b'), event('d')));
    expect(Object.keys(byId(merged)).sort()).toEqual(['a', 'b', 'd']);
    expect(report.added).toEqual(['d']);
    expect(report.removed).toEqual(['c']);
  });

  test('keeps an edited event the extractor no longer finds', () => {
    const ours = file(event('a'), event('b'), event('c', { summary: 'Checked by hand.' }));
    const { file: merged, report } = mergeEdits(base, ours, file(event('a'), event('b')));
    expect(byId(merged).c!.summary).toBe('Checked by hand.');
    expect(report.keptEdited).toEqual(['c']);
  });

  test('keeps a field the maintainer added that the extractor does not write', () => {
    const ours = file(event('a', { endDate: '2024-03-23' }), event('b'), event('c'));
    const { file: merged } = mergeEdits(base, ours, base);
    expect(byId(merged).a!.endDate).toBe('2024-03-23');
  });

  test('merges source metadata the same way', () => {
    const ours = EventsFile.parse({ ...base, sources: [{ file: 'a.txt', published: '2024-03-21', outlet: 'Example News' }] });
    const { file: merged } = mergeEdits(base, ours, base);
    expect(merged.sources[0]).toMatchObject({ file: 'a.txt', published: '2024-03-21', outlet: 'Example News' });
  });
});
