// `astro build` into the given output and cache folders, run as a child process by buildSite.ts.
// Astro's command line has a flag for the output folder but none for the cache folder.
import { build } from 'astro';

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir || !cacheDir) throw new Error('usage: node tests/helpers/astroBuild.ts OUT_DIR CACHE_DIR');
await build({ root: process.cwd(), outDir, cacheDir, logLevel: 'warn' });
