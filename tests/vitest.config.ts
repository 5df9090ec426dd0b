import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/buildSite.ts'],
    // A zone west of UTC, so a date parsed as UTC midnight and shown in local time would fail a test.
    env: { TZ: 'America/Los_Angeles' },
  },
});
