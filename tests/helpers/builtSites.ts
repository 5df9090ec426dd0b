import { join } from 'node:path';
import { inject } from 'vitest';

/** The sites this run built (tests/setup/buildSites.ts): output folders by name. */
export const builtSites = inject('builtSites');

/**
 * A file of the site built from data/events.json and seeds/, by its path in the build.
 * @example builtFile('events/index.html') // '…/node_modules/.cache/site-tests/site-Ab12Cd/events/index.html'
 */
export const builtFile = (path: string) => join(builtSites.site, path);
