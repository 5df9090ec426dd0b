// Global setup of the `site` and `browser` test projects: builds, once per run, the sites their
// tests read, one after another (each in folders of its own), and tells the tests where they are.
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
  const site = await buildSite();
  const siteInOtherZone = await buildSite(PROJECT_DATA, OTHER_ZONE);
  const overlapping = await buildSite({ data: 'tests/fixtures/overlapping/events.json', seeds: 'tests/fixtures/overlapping/seeds' });
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
