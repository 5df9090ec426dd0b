import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { Event } from '../lib/eventSchema.ts';
import { readValidatedData, type TimelinePaths } from './readValidatedData.ts';

/** Loads the events of data/events.json, checked as by `npm run validate`. */
export function eventsLoader(paths: TimelinePaths): Loader {
  return {
    name: 'events-loader',
    schema: Event,
    async load({ store, watcher }) {
      const { file } = await readValidatedData(paths, Boolean(watcher));
      store.clear();
      // readValidatedData parsed each event with this same schema (the Event of eventSchema.ts);
      // Astro's parseData would run it a second time, 25,000 zod parses and copies for nothing.
      for (const event of file.events) store.set({ id: event.id, data: event });
      watcher?.add([resolve(paths.data), resolve(paths.seeds)]);
    },
  };
}
