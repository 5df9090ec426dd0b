import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { readArticles } from '../io/readArticles.ts';
import type { EventsFile } from '../lib/eventSchema.ts';
import type { Article } from '../lib/parseArticle.ts';
import { formatProblem, sortProblems } from '../lib/problem.ts';
import { validateEvents } from '../lib/validateEvents.ts';

export interface TimelinePaths {
  /** The event file, e.g. `data/events.json`. */
  data: string;
  /** The folder of articles, e.g. `seeds`. */
  seeds: string;
}

const cache = new Map<string, Promise<{ file: EventsFile; articles: Map<string, Article> }>>();

async function read(paths: TimelinePaths) {
  const dataPath = resolve(paths.data);
  const { articles, problems } = await readArticles(resolve(paths.seeds));
  const text = await readFile(dataPath, 'utf8');
  const result = validateEvents({ file: relative(process.cwd(), dataPath), text, articles, seedsDir: paths.seeds });
  const all = sortProblems([...problems, ...result.problems]);
  if (all.length > 0 || !result.data) {
    throw new Error(`${paths.data} has ${all.length} problem(s):\n${all.map(formatProblem).join('\n')}`);
  }
  return { file: result.data, articles };
}

/**
 * Reads and checks the event file and the articles once per build, with the same checks as
 * `npm run validate`, so a build with bad data stops with the validator's messages.
 */
export function readTimelineData(paths: TimelinePaths, fresh = false) {
  const key = `${paths.data}\n${paths.seeds}`;
  if (fresh || !cache.has(key)) cache.set(key, read(paths));
  return cache.get(key)!;
}
