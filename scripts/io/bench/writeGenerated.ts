import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GeneratedTimeline } from '../../lib/bench/generateTimeline.ts';
import { eventsFileText } from '../../lib/bench/eventsFileText.ts';

/** Writes a generated timeline's events file and articles into `dir` (which exists), for buildSite. */
export async function writeGenerated(dir: string, { file, articles }: GeneratedTimeline): Promise<{ data: string; seeds: string }> {
  const paths = { data: join(dir, 'events.json'), seeds: join(dir, 'seeds') };
  await mkdir(paths.seeds);
  await writeFile(paths.data, eventsFileText(file));
  await Promise.all(articles.map((a) => writeFile(join(paths.seeds, a.name), a.text)));
  return paths;
}
