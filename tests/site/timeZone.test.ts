// The site shows the days its sources give, whatever the zone of the machine that builds it. The
// tests build it in America/Los_Angeles (UTC−8) and again in Pacific/Kiritimati (UTC+14): a date
// read as UTC midnight and shown in local time lands on the day before in the one and stays in
// the other, so any such slip makes the two builds differ.
import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { precisionOf } from '../../src/lib/partialDate.ts';
import { builtSites } from '../helpers/builtSites.ts';
import { BUILD_ZONE, OTHER_ZONE } from '../setup/zones.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Every file of a build, by its path in the build. */
const files = async (dir: string) => (await Array.fromAsync(glob('**/*', { cwd: dir, withFileTypes: true })))
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
  .sort();

describe(`the site built in ${OTHER_ZONE} and in ${BUILD_ZONE}`, () => {
  test('has the same files', async () => {
    expect(await files(builtSites.siteInOtherZone)).toEqual(await files(builtSites.site));
  });

  test('has the same bytes in every file, so every date on every page and in every export reads the same', async () => {
    const differing: string[] = [];
    for (const file of await files(builtSites.site)) {
      const [here, there] = await Promise.all([readFile(join(builtSites.site, file)), readFile(join(builtSites.siteInOtherZone, file)).catch(() => undefined)]);
      if (!there || !here.equals(there)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });

  test.each([BUILD_ZONE, OTHER_ZONE])('built in %s, writes each event day of the reader page as that day, not the day before or after', async (zone) => {
    const dir = zone === BUILD_ZONE ? builtSites.site : builtSites.siteInOtherZone;
    const { document } = parseHTML(await readFile(join(dir, 'index.html'), 'utf8'));
    const times = [...document.querySelectorAll('#event-list time[datetime]')].filter((t) => precisionOf(t.getAttribute('datetime')!) === 'day');
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) {
      const [year, month, day] = time.getAttribute('datetime')!.split('-').map(Number) as [number, number, number];
      const name = MONTHS[month - 1]!;
      if (time.closest('.story-line')) {
        // The vertical timeline's line writes the day short ("7 Dec", "22–23 Dec") under a
        // heading that names its month and year.
        expect(time.textContent).toMatch(new RegExp(`^${day}\\D.*${name.slice(0, 3)}`));
        expect(time.closest('.month')!.querySelector('.month-heading')!.textContent).toBe(`${name} ${year}`);
      } else expect(time.textContent).toContain(`${day} ${name} ${year}`);
    }
  });
});
