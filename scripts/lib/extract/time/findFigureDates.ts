/** A calendar day written in figures, with the other reading when its order is unsure. */
export interface FigureDate {
  start: number;
  end: number;
  spec: { type: 'calendar'; year: number; month: number; day: number };
  /** "08-05-2023" is 8 May or 5 August: the month-first reading, kept for the text's own dates to choose. */
  otherReading?: FigureDate['spec'];
}

// Year last: "14/03/2024", "08.05.25", "12-03-2021". Year first: "2024-03-14", "2015.08.25", "2024/03/14",
// followed by nothing, a space or the "T" of an ISO 8601 time. One separator throughout; no figure glued on.
const YEAR_LAST = /(?<![\d./-])(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\d/-]|\.\d)/gu;
const YEAR_FIRST = /(?<![\d./-])(?<y>(?:19|20)\d\d)(?<sep>[./-])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\d/-]|\.\d)/gu;

/** A month and day that a calendar has (the 31st of any month: the reader of the day checks the rest). */
const validDay = (x: { month: number; day: number }) => x.month >= 1 && x.month <= 12 && x.day >= 1 && x.day <= 31;

/**
 * The calendar days a line writes in figures, year first or last. Day first is the world's usual
 * order; a number above 12 settles it; a day that reads both ways keeps its month-first reading as
 * `otherReading`. A two-figure year is of this century.
 * @example findFigureDates('Posted 08-05-2023 09:10')[0] // { spec: { year: 2023, month: 5, day: 8 }, otherReading: { year: 2023, month: 8, day: 5 }, … }
 */
export function findFigureDates(text: string): FigureDate[] {
  const found: FigureDate[] = [];
  for (const m of text.matchAll(YEAR_FIRST)) {
    const spec = { type: 'calendar', year: Number(m.groups!.y), month: Number(m.groups!.m), day: Number(m.groups!.d) } as const;
    if (validDay(spec)) found.push({ start: m.index, end: m.index + m[0].length, spec });
  }
  for (const m of text.matchAll(YEAR_LAST)) {
    if (found.some((f) => m.index < f.end && m.index + m[0].length > f.start)) continue;
    const [a, b] = [Number(m.groups!.a), Number(m.groups!.b)];
    const year = m.groups!.y!.length === 2 ? 2000 + Number(m.groups!.y) : Number(m.groups!.y);
    const dayFirst = { type: 'calendar', year, month: b, day: a } as const;
    const monthFirst = { type: 'calendar', year, month: a, day: b } as const;
    const spec = validDay(dayFirst) ? dayFirst : monthFirst;
    if (!validDay(spec)) continue;
    const other = spec === dayFirst && a !== b && validDay(monthFirst) ? monthFirst : undefined;
    found.push({ start: m.index, end: m.index + m[0].length, spec, ...(other ? { otherReading: other } : {}) });
  }
  return found.sort((x, y) => x.start - y.start);
}
