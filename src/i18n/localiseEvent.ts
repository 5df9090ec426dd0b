import type { Event } from '../lib/eventSchema.ts';
import { eventForm } from '../lib/eventForm.ts';
import { findDisagreements } from '../lib/findDisagreements.ts';
import { TYPE_FORMS, TYPE_LABELS, TYPE_PHASE_FORMS, type EventType, type TypeForm } from '../lib/ontology.ts';
import { precisionOf, type PartialDate } from '../lib/partialDate.ts';
import { CALENDARS } from './calendars.ts';
import { renderTemplate } from '../lib/renderTemplate.ts';
import { templateKey } from '../lib/templateKey.ts';
import { EVENT_PHRASES, type EventPhrases } from './eventPhrases.ts';
import { EVENT_TEMPLATES } from './eventTemplates.ts';
import type { EditionPlaceholder } from './editionPlaceholders.ts';
import { LOCALE_INFO, type Locale, type OtherLocale } from './locales.ts';
import { markRun } from './markRun.ts';
import { messagesFor } from './messagesFor.ts';
import { ACTOR_NAMES, PLACE_NAMES } from './names.ts';
import { splitRuns, type Run } from './splitRuns.ts';
import { fromPattern } from './writeDay.ts';

/** A text as an edition shows it: the words, the language they are in, and where they came from. */
export interface ShownText {
  text: string;
  /** BCP 47 tag of `text`, for its element's `lang`. */
  lang: string;
  /** `extracted` and `generated` are the site's words; `maintainer` a person's, shown as written. */
  from: 'extracted' | 'generated' | 'maintainer';
  /**
   * Only when some words are in another language than `lang` (an English name the gazetteers
   * cannot translate, in a Thai title): `text` as runs, each with its own language.
   */
  runs?: Run[];
}

export interface LocalisedEvent {
  title: ShownText;
  summary: ShownText;
}

/** A place's or actor's name in an edition: the gazetteer's, else as the data has it (a name the gazetteer lacks). */
export const nameIn = (name: string, locale: Locale, table: typeof PLACE_NAMES = PLACE_NAMES): string =>
  locale === 'en' ? name : (table[name]?.[locale] ?? name);

/** A name inside an edition's generated text: the gazetteer's, else the data's English one, marked as English. */
const nameInText = (name: string, locale: OtherLocale, table: typeof PLACE_NAMES): string =>
  table[name]?.[locale] ?? markRun(name, LOCALE_INFO.en.tag);

/**
 * Who spoke or was spoken to, in an edition: an actor the gazetteer names, or several joined as
 * the English data joins them ("ASEAN and China"), each named and listed in the edition's way.
 * @example namesIn('ASEAN and China', 'th') // 'อาเซียนและจีน'
 */
function namesIn(names: string, locale: OtherLocale): string {
  if (ACTOR_NAMES[names]) return nameInText(names, locale, ACTOR_NAMES);
  const parts = names.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  return parts.length > 1 && parts.every((p) => ACTOR_NAMES[p]) ? messagesFor(locale).event.list(parts.map((p) => nameInText(p, locale, ACTOR_NAMES))) : markRun(names, LOCALE_INFO.en.tag);
}

/**
 * When an event happened or is to happen, as a summary says it: a day, a month or a span, a span
 * within one month or one year written once as the newsrooms write it ("เมื่อวันที่ 22–23
 * ธันวาคม 2568", "នៅថ្ងៃទី២២–២៣ ខែធ្នូ ឆ្នាំ២០២៥"), as the English says "between 22 and 23 December".
 */
function datePhrase(event: Pick<Event, 'date' | 'endDate' | 'status'>, locale: OtherLocale, t: EventPhrases): string {
  const table = CALENDARS[locale];
  const parts = (date: PartialDate) => date.split('-').map(Number) as [number, number?, number?];
  const bare = (date: PartialDate, pattern = t.date[precisionOf(date) ?? 'day']) => {
    const [y, m = 1, d = 1] = parts(date);
    return fromPattern(y, m, d, table, pattern);
  };
  const span = (from: PartialDate, to: PartialDate) => {
    const [[y1, m1, d1], [y2, m2, d2]] = [parts(from), parts(to)];
    const days = d1 !== undefined && d2 !== undefined;
    if (days && y1 === y2 && m1 === m2) return bare(from, t.date.days.replace('{e}', String(d2)));
    return t.date.between.replace('{from}', bare(from, days && y1 === y2 ? t.date.dayInYear : undefined)).replace('{to}', bare(to));
  };
  const when = event.endDate && event.endDate !== event.date ? span(event.date, event.endDate) : bare(event.date);
  return (event.status === 'scheduled' ? t.date.coming : t.date.past).replace('{when}', when);
}

/**
 * A form's wording in an edition. The ontology's schema requires one for every edition; a module
 * not regenerated since (`npm run schema`) fails the build here rather than show a broader label.
 */
function formIn(form: TypeForm, locale: OtherLocale, type: EventType): string {
  const wording = (form as Partial<Record<OtherLocale, string>>)[locale];
  if (!wording) throw new Error(`no ${locale} wording of the form "${form.label}" of type ${type}: add \`${locale}:\` to it in scripts/lexicon/ontology.yaml and run \`npm run schema\``);
  return wording;
}

// The most precise place names the event best, as the English titles do.
const PRECISION: Record<string, number> = { temple: 0, checkpoint: 0, 'border-crossing': 0, site: 0, village: 1, city: 2, capital: 2, district: 3, province: 4, country: 5 };

/**
 * An event's title and summary as one edition shows them. In English, the extractor's. In
 * another language: a maintainer's translation (data/events.json `translations`) as written;
 * else, for a field the maintainer wrote by hand in English (`handWritten`), the English as
 * written, marked as English; else the edition's templates filled with the event's facts.
 * `parties` are the conflict's two sides, named together when an event involves both.
 * @example localiseEvent(event, 'th', ['Thailand', 'Cambodia'], published).title.text // 'การปะทะด้วยอาวุธระหว่างไทยและกัมพูชา'
 */
export function localiseEvent(event: Event, locale: Locale, parties: readonly string[], published: ReadonlyMap<string, string>): LocalisedEvent {
  const english = (text: string, from: ShownText['from']): ShownText => ({ text, lang: LOCALE_INFO.en.tag, from });
  if (locale === 'en') return { title: english(event.title, 'extracted'), summary: english(event.summary, 'extracted') };
  const tag = LOCALE_INFO[locale].tag;
  const written = event.translations?.[locale];
  const handWritten = new Set(event.handWritten ?? []);
  const t = EVENT_PHRASES[locale];
  const templates = EVENT_TEMPLATES[locale][event.kind];
  const m = messagesFor(locale);
  const place = [...event.places].sort((a, b) => (PRECISION[a.kind ?? 'city'] ?? 2) - (PRECISION[b.kind ?? 'city'] ?? 2))[0];
  // As the English titles do (describeEvent): an event of no type is worded as its kind's own
  // type where the kind has one, and a type by the form its phase or its reports' words call for.
  const typeId = event.type ?? (event.kind in TYPE_LABELS ? (event.kind as EventType) : undefined);
  const form = typeId && eventForm(event, { forms: TYPE_FORMS[typeId], phases: TYPE_PHASE_FORMS[typeId] });
  const values: Record<EditionPlaceholder, string | undefined> = {
    what: typeId && form ? formIn(form, locale, typeId) : typeId ? m.types[typeId] : m.kinds[event.kind],
    place: place && t.place(nameInText(place.name, locale, PLACE_NAMES), place.kind),
    actors: parties.length === 2 && parties.every((p) => event.actors.includes(p)) ? m.event.list(parties.map((p) => nameInText(p, locale, ACTOR_NAMES))) : undefined,
    speaker: event.speaker && namesIn(event.speaker, locale),
    addressee: event.addressee && namesIn(event.addressee, locale),
    date: datePhrase(event, locale, t),
    name: event.name && markRun(event.name, LOCALE_INFO.en.tag),
  };
  const generated = (marked: string): ShownText => ({ ...splitRuns(marked, tag), lang: tag, from: 'generated' });
  const title = templates ? renderTemplate(templates.titles[templateKey(event, templates.titles)]!, values) : values.what!;
  const matters = findDisagreements(event, published).map((d) => m.event.matters[d.type === 'figure' ? d.measure : d.about] ?? m.event.mattersOther);
  const summary = [
    templates ? renderTemplate(templates.summaries[templateKey(event, templates.summaries)]!, values) : `${values.what} ${values.date}`,
    event.status === 'claimed' ? m.event.summaryClaimed : '',
    matters.length > 0 ? m.event.summaryDisputed(m.event.list([...new Set(matters)])) : '',
  ].filter(Boolean).join(' ');
  return {
    title: written?.title ? { text: written.title, lang: tag, from: 'maintainer' }
      : handWritten.has('title') ? english(event.title, 'maintainer')
      : generated(title),
    summary: written?.summary ? { text: written.summary, lang: tag, from: 'maintainer' }
      : handWritten.has('summary') ? english(event.summary, 'maintainer')
      : generated(summary),
  };
}

/** A text's `lang` where it differs from the page's, else nothing: English titles or quotes on a Thai page say so. */
export const langIfOther = (shown: Pick<ShownText, 'lang'>, locale: Locale): string | undefined => (shown.lang === LOCALE_INFO[locale].tag ? undefined : shown.lang);

const cache = new WeakMap<object, Map<Locale, Map<string, LocalisedEvent>>>();

/**
 * Every event's title and summary in one edition, written once per build however many pages
 * and components show them.
 * @example eventTextFor(timeline, 'th', ['Thailand', 'Cambodia'])(event).title.text
 */
export function eventTextFor(timeline: { published: ReadonlyMap<string, string> }, locale: Locale, parties: readonly string[]): (event: Event) => LocalisedEvent {
  let byLocale = cache.get(timeline);
  if (!byLocale) cache.set(timeline, (byLocale = new Map()));
  let texts = byLocale.get(locale);
  if (!texts) byLocale.set(locale, (texts = new Map()));
  const known = texts;
  return (event) => {
    let text = known.get(event.id);
    if (!text) known.set(event.id, (text = localiseEvent(event, locale, parties, timeline.published)));
    return text;
  };
}
