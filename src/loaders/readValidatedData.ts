import { relative, resolve } from 'node:path';
import { DateTime } from 'luxon';
import { readArticles } from '../io/readArticles.ts';
import { readTextFile } from '../io/readTextFile.ts';
import type { EventsFile } from '../lib/eventSchema.ts';
import type { Article } from '../lib/parseArticle.ts';
import { formatProblem, sortProblems } from '../lib/problem.ts';
import { showControlCharacters } from '../lib/showControlCharacters.ts';
import { SIZE_LIMITS } from '../lib/sizeLimits.ts';
import { siteConfig } from '../siteConfig.ts';
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
  const shown = relative(process.cwd(), dataPath);
  const today = DateTime.now().setZone(siteConfig.timeZone).toISODate()!;
  const { articles, unreadable, problems } = await readArticles(resolve(paths.seeds), { today });
  const { text, problem } = await readTextFile(dataPath, { shown, maxBytes: SIZE_LIMITS.events, what: 'an events file' });
  const result = text === undefined
    ? { problems: [problem!], data: undefined }
    : validateEvents({
        file: shown,
        text,
        articles,
        unreadable,
        seedsDir: relative(process.cwd(), resolve(paths.seeds)) || '.',
        seedsReadable: !problems.some((p) => p.code === 'no-seeds'),
      });
  const all = sortProblems([...problems, ...result.problems]);
  if (all.length > 0 || !result.data) {
    // Astro prints this on the terminal, so each line goes through the same filter as the commands' output.
    throw new Error([`${paths.data} has ${all.length} problem(s):`, ...all.map(formatProblem)].map(showControlCharacters).join('\n'));
  }
  return { file: result.data, articles };
}

/**
 * The first stage of the site's data: reads data/events.json and the articles from disk and checks
 * them with the same checks as `npm run validate`, once per build, so a build with bad data stops
 * with the validator's messages. Pages read it through `getTimeline`.
 */
export function readValidatedData(paths: TimelinePaths, fresh = false) {
  const key = `${paths.data}\n${paths.seeds}`;
  let reading = cache.get(key);
  if (fresh || !reading) {
    const started = (reading = read(paths));
    cache.set(key, started);
    // Shared by the callers that ask while it is being read, then let go: getTimeline keeps
    // what pages need, and a large archive's texts should not stay in memory twice.
    const forget = () => {
      if (cache.get(key) === started) cache.delete(key);
    };
    started.then(forget, forget);
  }
  return reading;
}
