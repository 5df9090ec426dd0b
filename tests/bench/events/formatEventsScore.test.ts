import { describe, expect, test } from 'vitest';
import { formatEventsScore, formatMissCauses, percent, totalScore } from '../../../scripts/lib/bench/events/formatEventsScore.ts';
import { scoreConflict } from '../../../scripts/lib/bench/events/scoreConflict.ts';
import { event, key } from './fixtures.ts';

const score = scoreConflict({
  key,
  events: [event({ date: '2030-03-04', kind: 'fighting', title: 'Clash at the pass' }), event({ date: '2026-03-04', kind: 'fighting', title: 'Clash in the wrong year', quote: 'Soldiers clashed on Monday.' })],
  refused: [{ file: 'b.txt', message: 'expected a publication date, found none' }],
});

describe('formatEventsScore', () => {
  test('prints a row per conflict and an overall row with recall and precision', () => {
    const [header, row, overall] = formatEventsScore([score], { details: false });
    expect(header).toMatch(/^conflict\s+articles\s+refused\s+key\s+found\s+recall\s+events\s+correct\s+precision/);
    expect(row!.split(/\s{2,}/)).toEqual(['north-south', '2', '1', '4', '1', '25 %', '2', '1', '50 %', '0', '0', '0', '0', '0', '0', '1', '0/0', '0/0']);
    expect(overall!.split(/\s{2,}/)[0]).toBe('overall');
  });

  test('lists each refused article, each miss with its reason and each wrong event with its quote', () => {
    const lines = formatEventsScore([score]);
    expect(lines).toContain('refused  b.txt: expected a publication date, found none');
    expect(lines).toContain('  talks  [talks] Talks in the capital — no event at its date');
    const wrong = lines.findIndex((l) => l.includes('[unmatched] 2026-03-04 fighting/occurred "Clash in the wrong year"'));
    expect(lines[wrong + 1]).toBe('      a.txt: "Soldiers clashed on Monday."');
  });

  test('adds conflicts up into the overall figures', () => {
    expect(totalScore([score, score])).toMatchObject({ articles: 4, refused: 2, keyHappenings: 8, found: 2, events: 4 });
    expect([percent(1, 3), percent(0, 0)]).toEqual(['33 %', '–']);
  });

  test('counts the misses by cause in one line that names no happening', () => {
    // The key's four happenings: one found, the wrong-year clash matches none, so three have no event at their date.
    // The wrong-year clash is of the pass clash's kind and matched nothing, but it is found already; the three others have no event of their own kind near.
    expect(formatMissCauses([score, score])).toBe('missed 6 of 8: 0 at their date under another kind, 0 at their date, said by another speaker, 0 only at a coarser date, 0 sharing kind and date with a found happening (merged into its event, or not read), 0 with an unmatched event of their kind near their date (misdated), 6 with none of these (not read)');
    const wrongKind = scoreConflict({ key, events: [event({ date: '2030-03-04', kind: 'protest', title: 'Crowd at the pass' })] });
    expect(formatMissCauses([wrongKind])).toMatch(/^missed 4 of 4: 1 at their date under another kind, 0 at their date, said by another speaker, 0 only at a coarser date, 0 sharing .*, 0 with an unmatched event .*, 3 with none of these/);
  });

  test("counts an unmatched event of a missed happening's kind, days off or a year off on the same day, as misdated", () => {
    const lateBy = (date: string) => scoreConflict({ key, events: [event({ date, kind: 'talks', title: 'Talks' })] });
    const talks = key.happenings.find((h) => h.id === 'talks')!;
    const shifted = (days: number) => new Date(Date.parse(talks.date) + days * 86_400_000).toISOString().slice(0, 10);
    expect(lateBy(shifted(3)).misses.find((m) => m.id === 'talks')?.cause).toBe('misdated');
    expect(lateBy(`${Number(talks.date.slice(0, 4)) - 1}${talks.date.slice(4)}`).misses.find((m) => m.id === 'talks')?.cause).toBe('misdated');
    expect(lateBy(shifted(30)).misses.find((m) => m.id === 'talks')?.cause).toBe('none');
  });

  test('counts a missed happening whose kind and date a found one shares as merged, or not read', () => {
    const talks = key.happenings.find((h) => h.id === 'talks')!;
    const second = { ...talks, id: 'talks-2', what: 'Second talks the same day' };
    const twoTalks = { ...key, happenings: [...key.happenings, second], articles: key.articles.map((a, i) => (i === 0 ? { ...a, key: [...a.key, 'talks-2'] } : a)) };
    const one = scoreConflict({ key: twoTalks, events: [event({ date: talks.date, kind: 'talks', title: 'Talks' })] });
    const causes = one.misses.filter((m) => m.id.startsWith('talks')).map((m) => m.cause);
    expect(causes).toEqual(['merged']);
  });
});
