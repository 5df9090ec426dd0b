import type { PlaceKind, Status } from '../lib/eventSchema.ts';
import type { OtherLocale } from './locales.ts';

/** Which template an event takes: one said by a named speaker, one still to come, or the rest. */
export type TemplateKey = 'spoken' | 'scheduled' | 'default';

export interface EventTemplates {
  /** Headline: short, no date. Placeholders: {what} {place} {actors} {speaker} {date}; a [part] drops when empty. */
  title: Record<TemplateKey, string>;
  /** One sentence with the date; the catalogue adds whether it rests on a claim and what sources dispute. */
  summary: Record<TemplateKey, string>;
  /** "at Ta Muen Thom temple", "in Surin": the place with the language's preposition. */
  place: (name: string, kind: PlaceKind | undefined) => string;
  /**
   * The date phrase of a summary: a day, month or year ({d} {m} {y}), then put in a sentence
   * ({when}) as a past or a coming thing, or a span ({from} {to}).
   */
  date: { day: string; month: string; year: string; past: string; coming: string; between: string };
}

// The Thai and Khmer forms of the lexicon's title and summary templates (scripts/lexicon/
// happenings.yaml writes the English ones from the article's words; these are written from
// the event's facts alone: its type, place, parties, speaker and date, each named in the
// edition's language from the gazetteers). Short and neutral, as a news site's Thai or Khmer
// would put them; terms as in ./glossary.md.
export const EVENT_TEMPLATES: Record<OtherLocale, EventTemplates> = {
  th: {
    title: {
      spoken: '{what}ของ{speaker}',
      scheduled: '{what}[{place}] (ตามกำหนดการ)',
      default: '{what}[ระหว่าง{actors}][{place}]',
    },
    summary: {
      spoken: '{what}ของ{speaker} {date}',
      scheduled: 'มีกำหนด{what}[ระหว่าง{actors}][{place}] {date}',
      default: '{what}[ระหว่าง{actors}][{place}] {date}',
    },
    place: (name, kind) => (kind === 'country' ? `ใน${name}` : `ที่${name}`),
    date: { day: 'วันที่ {d} {m} {y}', month: 'เดือน{m} {y}', year: 'ปี {y}', past: 'เมื่อ{when}', coming: 'ใน{when}', between: 'ระหว่าง{from} ถึง{to}' },
  },
  km: {
    title: {
      spoken: '{what}របស់{speaker}',
      scheduled: '{what}[{place}] (គ្រោងទុក)',
      default: '{what}[រវាង{actors}][{place}]',
    },
    summary: {
      spoken: '{what}របស់{speaker} {date}។',
      scheduled: 'គ្រោងនឹងមាន{what}[រវាង{actors}][{place}] {date}។',
      default: '{what}[រវាង{actors}][{place}] {date}។',
    },
    place: (name) => `នៅ${name}`,
    date: { day: 'ថ្ងៃទី{d} ខែ{m} ឆ្នាំ{y}', month: 'ខែ{m} ឆ្នាំ{y}', year: 'ឆ្នាំ{y}', past: 'នៅ{when}', coming: 'នៅ{when}', between: 'ចន្លោះ{from} និង{to}' },
  },
};

/** @example templateKey({ status: 'scheduled' }) // 'scheduled' */
export const templateKey = (event: { status: Status; speaker?: string | undefined }): TemplateKey =>
  event.speaker ? 'spoken' : event.status === 'scheduled' ? 'scheduled' : 'default';
