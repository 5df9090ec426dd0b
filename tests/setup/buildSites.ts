// Global setup of the `site` and `browser` test projects: builds, once per run, the sites their
// tests read, all at once (each in output and cache folders of its own, so they share no file),
// and tells the tests where they are. No test starts before they are built, so a build left to
// wait for another would only keep a core idle.
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { buildSite, PROJECT_DATA } from '../helpers/buildSite.ts';
import { OTHER_ZONE } from './zones.ts';

/** Output folders of the sites built for a test run. */
export interface BuiltSites {
  /** data/events.json and seeds/, built in America/Los_Angeles: the site the tests read. */
  site: string;
  /** The same, built in Pacific/Kiritimati, to compare with `site`. */
  siteInOtherZone: string;
  /** tests/fixtures/overlapping: citations that overlap, nest and cross paragraphs. */
  overlapping: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    builtSites: BuiltSites;
  }
}

async function buildAll(): Promise<BuiltSites> {
  const builds = await Promise.allSettled([
    buildSite(),
    buildSite(PROJECT_DATA, OTHER_ZONE),
    buildSite({ data: 'tests/fixtures/overlapping/events.json', seeds: 'tests/fixtures/overlapping/seeds' }),
  ]);
  const failed = builds.find((b) => b.status === 'rejected');
  if (failed) {
    // The builds that did finish are removed too, so a failed run leaves no folders behind.
    await Promise.all(builds.map((b) => b.status === 'fulfilled' && rm(b.value, { recursive: true, force: true })));
    throw failed.reason;
  }
  const [site, siteInOtherZone, overlapping] = builds.map((b) => (b as PromiseFulfilledResult<string>).value) as [string, string, string];
  return { site, siteInOtherZone, overlapping };
}

// Both projects name this file, and Vitest runs it once for each; a run of both builds once.
const shared = globalThis as { builtSites?: Promise<BuiltSites> };

export default async function setup(project: TestProject) {
  shared.builtSites ??= buildAll();
  project.provide('builtSites', await shared.builtSites);
  return async () => {
    const sites = await shared.builtSites;
    shared.builtSites = undefined;
    if (sites) await Promise.all(Object.values(sites).map((dir) => rm(dir, { recursive: true, force: true })));
  };
}
