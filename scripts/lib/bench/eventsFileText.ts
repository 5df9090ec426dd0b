import type { Event, Source } from '../../../src/lib/eventSchema.ts';

/**
 * An events file as a maintainer's would read: one line, and no field that only repeats the
 * schema's default (`approximate: false`, empty `figures` and `claims`, `publishedInferred:
 * false`), so a generated archive is as large as a real one of as many events.
 * @example eventsFileText({ sources: [], events }).includes('"claims":[]') // false
 */
export function eventsFileText(file: { sources: readonly Source[]; events: readonly Event[] }): string {
  return JSON.stringify(file, (key, value: unknown) => {
    if (key === 'approximate' || key === 'publishedInferred') return value === false ? undefined : value;
    if ((key === 'figures' || key === 'claims') && Array.isArray(value) && value.length === 0) return undefined;
    return value;
  });
}
