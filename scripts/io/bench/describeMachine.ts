import { cpus, loadavg, release, totalmem, type } from 'node:os';
import type { Browser } from 'playwright-core';
import type { Machine } from '../../lib/bench/benchResult.ts';

/** The machine the figures come from, for the results file and README. */
export function describeMachine(browser: Browser): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGiB: totalmem() / 2 ** 30,
    os: `${type()} ${release()}`,
    node: process.versions.node,
    chromium: `Chromium ${browser.version()}`,
    loadAverage: loadavg()[0]!,
  };
}
