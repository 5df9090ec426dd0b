import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, type CsvColumn, csvRow, eventsCsv, fatalities, timePrecision } from '../../src/lib/exports/eventsCsv.ts';
import { neutraliseFormulas } from '../../src/lib/exports/neutraliseFormulas.ts';
import { input, monthEvent, nastyEvent, rangeEvent } from '../helpers/exportInput.ts';

const read = (csv: string) => parse(csv, { columns: true }) as Record<CsvColumn, string>[];

describe('eventsCsv', () => {
  test('writes the ACLED-style header and one row per event', () => {
    const csv = eventsCsv(input(), 'en-GB');
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(read(csv).map((r) => r.event_id)).toEqual(['2025-07-fighting', '2025-12-22-talks', '2025-12-24-nasty']);
  });

  test('quotes commas, quotes, line breaks and markup so a CSV parser reads them back unchanged', () => {
    const [row] = read(eventsCsv(input([nastyEvent]), 'en-GB'));
    expect(row!.location).toBe('Preah Vihear, "the temple"');
    expect(row!.notes.startsWith('One side said, "we were fired on",\nthen: <b>nothing</b> & more; \'=SUM(A1)')).toBe(true);
    expect(row!.source).toBe('Daily, "Quoted" News: Clashes <again>; b.txt');
    expect(row!.notes).toContain('Also involved: Line\nbreak "Corps".');
    const written = Object.fromEntries(Object.entries(csvRow(nastyEvent, input(), 'en-GB')).map(([k, v]) => [k, typeof v === 'string' ? neutraliseFormulas(v) : String(v)]));
    expect(row).toEqual(written);
  });

  test('prefixes a cell a spreadsheet would run as a formula', () => {
    const event = { ...nastyEvent, summary: '=HYPERLINK("http://x")' };
    expect(read(eventsCsv(input([event]), 'en-GB'))[0]!.notes.startsWith(`'=HYPERLINK`)).toBe(true);
  });

  // Formulas hidden where a spreadsheet splitting on another character would start a cell.
  const hidden = {
    ...nastyEvent,
    summary: 'Talks;=1+1 and a,@SUM(A1) and x\t=cmd|\' /C calc\'!A0 and ; "+1" and ,  -2+3 and ;\uff1d1',
    actors: ['"; =1+1', 'Cambodia'],
    places: [{ name: ' ,  "=bad"', admin1: '-1', country: '@x' }],
  };

  /**
   * The cells a spreadsheet makes of the file, splitting on `separator`: honouring double quotes
   * at a cell's start and reading the rest of the cell literally after a closing quote (as Excel
   * and LibreOffice do), or ignoring quotes altogether, with line breaks ending rows.
   */
  function cells(csv: string, separator: string, quotes: boolean): string[] {
    if (!quotes) return csv.split(/\r?\n/).flatMap((line) => line.split(separator));
    const out: string[] = [];
    let cell = '';
    for (let i = 0; i < csv.length; i++) {
      if (cell === '' && csv[i] === '"') {
        for (i++; i < csv.length && !(csv[i] === '"' && csv[i + 1] !== '"'); i++) cell += csv[i] === '"' ? csv[++i] : csv[i];
        continue;
      }
      if (csv[i] === separator || csv[i] === '\n' || csv[i] === '\r') {
        out.push(cell);
        cell = '';
      } else cell += csv[i];
    }
    return [...out, cell];
  }

  test.each([
    [',', true], [';', true], ['\t', true],
    [',', false], [';', false], ['\t', false],
  ])('no cell a spreadsheet cuts from the file on %j (quotes honoured: %s) starts a formula', (separator, quotes) => {
    const formulas = cells(eventsCsv(input([hidden, monthEvent]), 'en-GB'), separator, quotes)
      .map((cell) => cell.replace(/^[\s"]*/, ''))
      .filter((cell) => /^[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(cell));
    expect(formulas).toEqual([]);
  });

  test('quotes every field, and changes text only by the apostrophes before formula triggers', () => {
    const csv = eventsCsv(input([hidden]), 'en-GB');
    expect(csv.split('\r\n')[1]!.startsWith('"2025-12-24-nasty","2025-12-24","1","Battles"')).toBe(true);
    const [row] = read(csv);
    expect(row!.actor1).toBe(`"; '=1+1`);
    expect(row!.location).toBe(` ,  "'=bad"`);
    expect(row!.admin1).toBe(`'-1`);
    expect(row!.notes.startsWith(`Talks;'=1+1 and a,'@SUM(A1) and x\t'=cmd|' /C calc'!A0 and ; "'+1" and ,  '-2+3 and ;'\uff1d1`)).toBe(true);
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
