// On globalThis, not in this module: the pages' code is bundled apart from the integrations'
// (astro.config.mjs), so each has its own copy of this module.
const REGISTRY = Symbol.for('border-timeline.releaseAfterPages');
type Registry = (() => void)[];
const registry = (): Registry => ((globalThis as { [REGISTRY]?: Registry })[REGISTRY] ??= []);

/**
 * In a build, has `release` called once every page is written (pagesWritten, from
 * src/integrations/spooledLists.ts), for data a build reads once and holds for all its pages:
 * the integrations that run after the pages (event pages split from their batches, 75,000 oEmbed
 * answers) otherwise ran beside some 200 MB of it at 25,000 events, no longer of any use.
 */
export function releaseAfterPages(release: () => void): void {
  registry().push(release);
}

/** Calls every release registered so far, once. */
export function pagesWritten(): void {
  for (const release of registry().splice(0)) release();
}
