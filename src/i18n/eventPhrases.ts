import type { PlaceKind } from '../lib/eventSchema.ts';
import type { OtherLocale } from './locales.ts';

/** The words an edition puts around the facts its templates (./eventTemplates.ts) name. */
export interface EventPhrases {
  /** "ที่ตาเมือนธม", "ในกัมพูชา": the place with the language's preposition. */
  place: (name: string, kind: PlaceKind | undefined) => string;
  /**
   * The date phrase of a summary: a day, month or year ({d} {m} {y}), then put in a sentence
   * ({when}) as a past or a coming thing, or a span ({from} {to}): days of one month ({d} to {e}
   * in `days`), or its first day without the year where both days are in one (`dayInYear`).
   */
  date: { day: string; month: string; year: string; days: string; dayInYear: string; past: string; coming: string; between: string };
}

// As Thai and Cambodian news sites put them; terms and date forms as in ./glossary.md.
export const EVENT_PHRASES: Record<OtherLocale, EventPhrases> = {
  th: {
    place: (name, kind) => (kind === 'country' ? `ใน${name}` : `ที่${name}`),
    date: { day: 'วันที่ {d} {m} {y}', month: 'เดือน{m} {y}', year: 'ปี {y}', days: 'วันที่ {d}–{e} {m} {y}', dayInYear: 'วันที่ {d} {m}', past: 'เมื่อ{when}', coming: 'ใน{when}', between: 'ช่วง{from} ถึง{to}' },
  },
  km: {
    place: (name) => `នៅ${name}`,
    date: { day: 'ថ្ងៃទី{d} ខែ{m} ឆ្នាំ{y}', month: 'ខែ{m} ឆ្នាំ{y}', year: 'ឆ្នាំ{y}', days: 'ថ្ងៃទី{d}–{e} ខែ{m} ឆ្នាំ{y}', dayInYear: 'ថ្ងៃទី{d} ខែ{m}', past: 'នៅ{when}', coming: 'នៅ{when}', between: 'ចន្លោះ{from} និង{to}' },
  },
};
