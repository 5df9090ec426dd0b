import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { readArticles } from '../io/readArticles.ts';
import { Event } from '../lib/eventSchema.ts';
import { formatProblem, sortProblems } from '../lib/problem.ts';
import { validateEvents } from '../lib/validateEvents.ts';

/**
 * Loads data/events.json into a content collection after the same checks as `npm run validate`,
 * so a build with bad data stops with the validator's messages instead of a stack trace.
 */
export function eventsLoader(options: { data: string; seeds: string }): Loader {
  return {
    name: 'events-loader',
    schema: Event,
    async load({ store, parseData, watcher }) {
      const dataPath = resolve(options.data);
      const { articles, problems } = await readArticles(resolve(options.seeds));
      const text = await readFile(dataPath, 'utf8');
      const result = validateEvents({ file: relative(process.cwd(), dataPath), text, articles, seedsDir: options.seeds });
      const all = sortProblems([...problems, ...result.problems]);
      if (all.length > 0 || !result.data) {
        throw new Error(`${options.data} has ${all.length} problem(s):\n${all.map(formatProblem).join('\n')}`);
      }
      store.clear();
      for (const event of result.data.events) {
        store.set({ id: event.id, data: await parseData({ id: event.id, data: event }) });
      }
      watcher?.add([dataPath, resolve(options.seeds)]);
    },
  };
}
