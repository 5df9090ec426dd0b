/** The four kinds of time expression TimeML tells apart. */
export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export type TimexType = (typeof TIMEX_TYPES)[number];

/**
 * A TIMEX3 annotation by character offsets `[start, end)` into a document's plain text.
 * @example { start: 12, end: 20, type: 'DATE', value: '1998-02-13' }
 */
export interface Timex {
  start: number;
  end: number;
  type: TimexType;
  /** TIMEX3 value: `1998-02-13`, `1998-W07`, `P3D`, `PRESENT_REF`, `XXXX-02-13`… */
  value: string;
}
