import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { BUILD_ZONE } from './setup/zones.ts';

// Four tiers, each runnable alone (`npm run test:unit`, or `vitest run --project unit`): unit
// tests call functions and need nothing built; command tests run the commands as a maintainer
// does, child processes included; site tests read built sites; browser tests drive Chromium
// against them. The two last share one global setup, which builds the sites once per run.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // A zone west of UTC, so a date parsed as UTC midnight and shown in local time fails a test.
    env: { TZ: BUILD_ZONE },
    // Vitest's default is one worker fewer than the cores, which on a 2-core machine runs every
    // file one after another. Most of a browser or command test's time is spent waiting on
    // Chromium or a child process, so two files at a time on two cores (and one per core above
    // that) keep both cores busy: on the 2-core CI machine this took the suite from 10 minutes to
    // the figure the README gives.
    maxWorkers: Math.max(2, availableParallelism()),
    // Hooks start and close Chromium, servers and builds, which a loaded machine stretched past
    // Vitest's default 10 s; like the test timeouts below, this only guards against a hang.
    hookTimeout: 60_000,
    // Browser tests wait for an outcome (`expect.poll`) rather than for a fixed pause; a loaded
    // machine may take seconds to draw, so a poll gives up after 10 s, not Vitest's 1 s.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/commands/**', 'tests/site/**', 'tests/browser/**'],
          // The code under test is pure (no files, no clock, no globals), so one module graph
          // can serve every file: importing it afresh per file took most of this tier's time.
          isolate: false,
          // A few tests generate archives of thousands of events, which a busy machine stretches
          // past Vitest's default 5 s; the timeout only guards against a hang.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        // Each test starts Node processes, whose start-up a busy machine stretches well past
        // Vitest's default 5 s; the timeout only guards against a hang.
        test: { name: 'commands', include: ['tests/commands/**/*.test.ts'], testTimeout: 60_000 },
      },
      // Site tests read or validate every built page, which a busy machine stretches past
      // Vitest's default 5 s; here too the timeout only guards against a hang.
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/setup/buildSites.ts'], testTimeout: 30_000 } },
      // Browser tests drive Chromium, which a busy machine slows most of all; as above, the
      // timeout only guards against a hang (a describe may still ask for more).
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/setup/buildSites.ts'], testTimeout: 60_000 } },
    ],
  },
});
