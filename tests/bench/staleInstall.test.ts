import { expect, test } from 'vitest';
import { staleInstall } from '../../scripts/lib/bench/staleInstall.ts';

const locked = {
  packages: {
    '': { version: '0.1.0' },
    'node_modules/calendar-lib': { version: '11.1.2' },
    'node_modules/feed-lib': { version: '6.0.0' },
    'node_modules/binding-other-platform': { version: '0.5.1' },
  },
};

test('staleInstall names a package installed at another version than the lockfile locks', () => {
  const installed = { packages: { 'node_modules/calendar-lib': { version: '10.2.0' }, 'node_modules/feed-lib': { version: '6.0.0' } } };
  expect(staleInstall(locked, installed)).toEqual([{ path: 'node_modules/calendar-lib', installed: '10.2.0', locked: '11.1.2' }]);
});

test('staleInstall finds nothing when every installed package is the locked one, and ignores packages not installed', () => {
  const installed = { packages: { 'node_modules/calendar-lib': { version: '11.1.2' }, 'node_modules/feed-lib': { version: '6.0.0' } } };
  expect(staleInstall(locked, installed)).toEqual([]);
});
