// `astro build` into the given output and cache folders, run as a child process by the tests'
// and the benchmark's buildSite. Astro's command line has a flag for the output folder but none
// for the cache folder. Prints the process's peak memory as its last line, for the benchmark.
import { build } from 'astro';

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir || !cacheDir) throw new Error('usage: node scripts/io/astroBuild.ts OUT_DIR CACHE_DIR');
await build({ root: process.cwd(), outDir, cacheDir, logLevel: 'warn' });
// resourceUsage counts kibibytes.
console.log(JSON.stringify({ peakMemoryBytes: process.resourceUsage().maxRSS * 1024 }));
