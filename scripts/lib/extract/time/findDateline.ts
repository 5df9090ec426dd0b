import { findTimeExpressions } from './findTimeExpressions.ts';
import type { TimeSpec } from './timeSpec.ts';

/** Where a report states its own day near its top. */
export interface Dateline {
  kind: 'dateline' | 'updated-line';
  /** The calendar date as written; the year may be missing ("BANGKOK, March 3 (Reuters) -"). */
  spec: Extract<TimeSpec, { type: 'calendar' }> & { month: number; day: number };
  /** The words of the date, and their offset in the body. */
  text: string;
  start: number;
}

/** How many lines from the top a dateline or an "Updated" line may stand on. */
const TOP_LINES = 6;
// Wire datelines: a place in capitals, a date, an agency in brackets, a dash or a colon.
//   "BANGKOK, March 3 (Reuters) -"  "PHNOM PENH, 14 April —"  "SURIN, Thailand, Dec. 7, 2025 (AP) —"
const DATELINE = /^\s*(?:\p{Lu}[\p{Lu}\p{M} .'’-]+)(?:,\s*\p{L}[\p{L} .'’-]*?)?,\s*(?<date>[^()\n]{3,40}?)\s*(?:\([^)\n]{1,40}\)\s*)?[-–—:]/u;
// "Updated: 14:32, 3 March 2026", "Published 3 March 2026 08:00", "Last updated on Dec 24, 2025".
const UPDATED = /^\s*(?:last\s+)?(?:updated|published|posted|first\s+published)(?:\s+on)?\s*:?\s*(?<date>.{3,60})$/imu;
// A line that is only a date, under a headline: "March 3, 2026", "Wednesday 24 December 2025".
const DATE_ONLY = /^\s*(?<date>(?:\p{L}+,?\s+)?(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2}),?\s+\d{4})\s*$/u;

/** The first calendar day with its month and day among the time expressions of some words. */
function dayIn(words: string): { spec: Dateline['spec']; text: string; offset: number } | undefined {
  for (const e of findTimeExpressions(words).all) {
    const s = e.spec;
    if (s.type === 'calendar' && s.month !== undefined && s.day !== undefined) return { spec: s as Dateline['spec'], text: e.text, offset: e.start };
  }
  return undefined;
}

/**
 * The day a report prints near its top: a wire dateline, an "Updated"/"Published" line, or a
 * date alone on a line under the headline.
 * @example findDateline('BANGKOK, March 3 (Reuters) - Troops…')?.spec // { type: 'calendar', month: 3, day: 3 }
 */
export function findDateline(body: string): Dateline | undefined {
  let offset = 0;
  const lines = body.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i >= TOP_LINES) break;
    for (const [kind, pattern] of [['dateline', DATELINE], ['updated-line', UPDATED], ['dateline', DATE_ONLY]] as const) {
      const m = pattern.exec(line);
      if (!m?.groups?.date) continue;
      const found = dayIn(m.groups.date);
      if (found) {
        const at = offset + (m.indices?.groups?.date?.[0] ?? line.indexOf(m.groups.date)) + found.offset;
        return { kind, spec: found.spec, text: found.text, start: at };
      }
    }
    offset += line.length + 1;
  }
  return undefined;
}
