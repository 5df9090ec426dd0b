import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, type CsvColumn, csvRow, eventsCsv, fatalities, timePrecision } from '../../src/lib/exports/eventsCsv.ts';
import { input, monthEvent, nastyEvent, rangeEvent } from '../helpers/exportInput.ts';

const read = (csv: string) => parse(csv, { columns: true }) as Record<CsvColumn, string>[];

describe('eventsCsv', () => {
  test('writes the ACLED-style header and one row per event', () => {
    const csv = eventsCsv(input(), 'en-GB');
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(read(csv).map((r) => r.event_id)).toEqual(['2025-07-fighting', '2025-12-22-talks', '2025-12-24-nasty']);
  });

  test('quotes commas, quotes, line breaks and markup so a CSV parser reads them back unchanged', () => {
    const [row] = read(eventsCsv(input([nastyEvent]), 'en-GB'));
    expect(row!.location).toBe('Preah Vihear, "the temple"');
    expect(row!.notes.startsWith('One side said, "we were fired on",\nthen: <b>nothing</b> & more; =SUM(A1)')).toBe(true);
    expect(row!.source).toBe('Daily, "Quoted" News: Clashes <again>; b.txt');
    expect(row!.notes).toContain('Also involved: Line\nbreak "Corps".');
    expect(row).toEqual({ ...csvRow(nastyEvent, input(), 'en-GB'), time_precision: '1', fatalities: '3' });
  });

  test('prefixes a cell a spreadsheet would run as a formula', () => {
    const event = { ...nastyEvent, summary: '=HYPERLINK("http://x")' };
    expect(read(eventsCsv(input([event]), 'en-GB'))[0]!.notes.startsWith(`'=HYPERLINK`)).toBe(true);
  });

  test.each([
    [monthEvent, 3],
    [{ ...monthEvent, date: '2025' }, 3],
    [nastyEvent, 1],
    [{ ...nastyEvent, endDate: '2025-12-26' }, 1],
    [rangeEvent, 2],
    [{ ...rangeEvent, endDate: '2025-12-31' }, 3],
  ])('codes time_precision of %o as %i', (event, expected) => {
    expect(timePrecision(event)).toBe(expected);
  });

  test('takes the lowest reported toll for fatalities and leaves it empty when none is reported', () => {
    expect(fatalities(nastyEvent)).toBe(3);
    expect(fatalities(monthEvent)).toBe('');
  });

  test('gives the first day of a month-precision date and names the disagreement in notes', () => {
    expect(csvRow(monthEvent, input(), 'en-GB').event_date).toBe('2025-07-01');
    expect(csvRow(nastyEvent, input(), 'en-GB').notes).toContain('Sources disagree on killed: ≥3 (Daily, "Quoted" News: Clashes <again>); 5 (b.txt).');
  });

  test('gives ACLED\'s event and sub-event type of the event\'s type, of its kind where all its types share them, and none where ACLED has none', () => {
    const row = (event: Parameters<typeof csvRow>[0]) => csvRow(event, input(), 'en-GB');
    expect(row(nastyEvent)).toMatchObject({ event_type: 'Battles', sub_event_type: 'Armed clash' });
    expect(row({ ...nastyEvent, kind: 'strike', type: 'explosive' })).toMatchObject({ event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED' });
    expect(row(monthEvent)).toMatchObject({ event_type: 'Battles', sub_event_type: '' });
    expect(row({ ...monthEvent, kind: 'ceasefire' })).toMatchObject({ event_type: 'Strategic developments', sub_event_type: 'Agreement' });
    expect(row(rangeEvent)).toMatchObject({ event_type: '', sub_event_type: '' });
  });

  test('names the timeline\'s kind and type in notes when the ACLED columns cannot say what happened', () => {
    expect(csvRow(rangeEvent, input(), 'en-GB').notes).toMatch(/ Kind: Talks and meetings\.$/);
    expect(csvRow({ ...rangeEvent, type: 'talks' }, input(), 'en-GB').notes).toMatch(/ Kind: Talks and meetings; type: Talks or meeting\.$/);
    expect(csvRow(monthEvent, input(), 'en-GB').notes).toMatch(/ Kind: Fighting\.$/);
    expect(csvRow(nastyEvent, input(), 'en-GB').notes).not.toContain('Kind:');
  });
});
