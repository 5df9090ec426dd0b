import { DateTime } from 'luxon';

/** A clock time and the offset from UTC of the zone it is told in. */
export interface ZonedClock {
  hour: number;
  minute: number;
  offsetMinutes: number;
}

// A clock time and the zone it is told in, on a stamp line: "08:14 GMT", "10:30 p.m. UTC", "23:40 UTC+3",
// "09:20 AM GMT+5", "14:05 +01:00", "22.10 BST", "2:05 p.m. ET", and the time of an ISO 8601 stamp
// ("2024-03-14T09:20:00+05:00"), the offset perhaps glued to the next word as pasted pages leave it
// ("GMT+5Updated"). Without a zone the time is the report's own and says nothing more.
const ZONED_CLOCKS =
  /(?<![\d:.])(?<h>[01]?\d|2[0-3])[:.](?<min>[0-5]\d)(?:[:.][0-5]\d(?:\.\d+)?)?\s*(?<ap>[aApP]\.?\s?[mM]\.?)?\s*(?:\(?(?<utc>GMT|UTC|Z)(?:\s*(?<sign>[+\-−])\s*(?<oh>\d{1,2})(?::?(?<om>\d{2}))?(?!\d)|(?![\p{L}\d]))|(?<sign2>[+\-−])(?<oh2>\d{2}):?(?<om2>\d{2})(?!\d)|\(?(?<abbr>[A-Z]{2,4})(?![\p{L}\d]))/gu;

// Zone abbreviations that stamp lines print and that name one offset only (IST, AST, CST name
// several, and are left out). Offsets from the IANA tz database's abbreviations for these zones, or,
// for those it now prints as numbers ("+08" for SGT, MYT), from its older releases.
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, TRT: 180, IDT: 180, WAT: 60, CAT: 120, EAT: 180, SAST: 120,
  IRST: 210, AFT: 270, PKT: 300, NPT: 345, MMT: 390, ICT: 420, WIB: 420, WITA: 480, HKT: 480, SGT: 480, MYT: 480, PHT: 480,
  JST: 540, KST: 540, WIT: 540, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  EST: -300, EDT: -240, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};
// "ET", "PT": a United States zone in whichever of its two offsets the day falls.
const US_ZONES: Readonly<Record<string, string>> = { ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles' };

/**
 * The clock time a line gives with its zone, if it gives one: the first, or the one nearest to
 * `near` (the date it is the time of, on a line that stamps two: "Mar 14, 2024 11:55 PM GMT+5 |
 * First published Mar 13, 2024 9:05 AM GMT+5"). `on`, the day of the line, says which offset a
 * zone that keeps summer time had ("2:05 p.m. ET" in July is UTC-4).
 * @example zonedClock('Updated 9:40 PM EST, March 14, 2024') // { hour: 21, minute: 40, offsetMinutes: -300 }
 */
export function zonedClock(line: string, on?: { year: number; month: number; day: number }, near?: { start: number; end: number }): ZonedClock | undefined {
  const gap = (m: RegExpExecArray) => (near === undefined ? 0 : Math.max(near.start - (m.index + m[0].length), m.index - near.end, 0));
  const read = [...line.matchAll(ZONED_CLOCKS)].flatMap((m) => {
    const clock = clockOf(m.groups!, on);
    return clock ? [{ clock, gap: gap(m) }] : [];
  });
  return read.reduce<(typeof read)[number] | undefined>((best, r) => (best === undefined || r.gap < best.gap ? r : best), undefined)?.clock;
}

/** The clock time and zone offset of one match of ZONED_CLOCKS, if its zone names one offset. */
function clockOf(g: Record<string, string | undefined>, on?: { year: number; month: number; day: number }): ZonedClock | undefined {
  const pm = g.ap !== undefined && /^p/i.test(g.ap);
  const hour = (Number(g.h) % (g.ap ? 12 : 24)) + (pm ? 12 : 0);
  const minute = Number(g.min);
  if (g.abbr !== undefined) {
    const fixed = ZONE_OFFSETS[g.abbr];
    if (fixed !== undefined) return { hour, minute, offsetMinutes: fixed };
    const zone = US_ZONES[g.abbr];
    if (zone === undefined || on === undefined) return undefined;
    const at = DateTime.fromObject({ ...on, hour, minute }, { zone });
    return at.isValid ? { hour, minute, offsetMinutes: at.offset } : undefined;
  }
  const sign = /^[-−]$/u.test(g.sign ?? g.sign2 ?? '') ? -1 : 1;
  return { hour, minute, offsetMinutes: sign * (Number(g.oh ?? g.oh2 ?? 0) * 60 + Number(g.om ?? g.om2 ?? 0)) };
}
