import { describe, expect, test } from 'vitest';
import { KINDS } from '../../src/lib/eventSchema.ts';
import { parseArticle } from '../../src/lib/parseArticle.ts';
import { SIZE_LIMITS } from '../../src/lib/sizeLimits.ts';
import { validateEvents } from '../../src/lib/validateEvents.ts';
import { generateTimeline } from '../../scripts/lib/bench/generateTimeline.ts';
import { DAY_MS } from '../../src/lib/dayMs.ts';

describe('generateTimeline', () => {
  test('makes a timeline the project validator accepts, every quote standing in its article', () => {
    const { file, articles } = generateTimeline(120);
    const parsed = new Map(articles.map((a) => [a.name, parseArticle(`seeds/${a.name}`, a.text, '2026-01-01').article!]));
    const { problems } = validateEvents({ file: 'events.json', text: JSON.stringify(file), articles: parsed });
    expect(problems).toEqual([]);
    expect(file.events).toHaveLength(120);
    expect(new Set(file.events.map((e) => e.kind))).toEqual(new Set(KINDS));
  });

  test('spreads events over more than a year and is the same for the same seed', () => {
    const a = generateTimeline(200);
    const days = a.file.events.map((e) => e.date).sort();
    expect(Date.parse(days.at(-1)!) - Date.parse(days[0]!)).toBeGreaterThan(365 * DAY_MS);
    expect(generateTimeline(200)).toEqual(a);
    expect(generateTimeline(200, 2)).not.toEqual(a);
  });

  test('keeps 10,000 events within the size the build reads', () => {
    expect(JSON.stringify(generateTimeline(10_000).file).length).toBeLessThan(SIZE_LIMITS.events);
  });
});
