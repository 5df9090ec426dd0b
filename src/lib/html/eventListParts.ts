import { DateTime } from 'luxon';
import { dayRange } from '../dayRange.ts';
import type { Event } from '../eventSchema.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { gapStep } from '../gapStep.ts';
import { locateEvent } from '../geo/locateEvent.ts';
import { daySpan } from '../partialDate.ts';
import { shortDate } from '../shortDate.ts';
import type { Timeline } from '../../loaders/getTimeline.ts';
import { siteConfig } from '../../siteConfig.ts';
import { shortDateIn } from '../../i18n/describeDateIn.ts';
import type { Locale } from '../../i18n/locales.ts';
import { eventTextFor, langIfOther } from '../../i18n/localiseEvent.ts';
import { messagesFor } from '../../i18n/messagesFor.ts';
import { GLOSSARY_WORDS } from '../../i18n/glossaryWords.ts';
import { wordEnds } from '../../i18n/wordEnds.ts';
import { writeDay } from '../../i18n/writeDay.ts';
import { eventCardHtml } from './eventCardHtml.ts';
import { htmlAttribute } from './htmlAttribute.ts';
import { kindIconHtml } from './kindIconHtml.ts';
import { shownTextHtml } from './shownTextHtml.ts';

export interface EventListOptions {
  /** Id of the list, for the timeline to find and filter it. */
  id?: string;
  /** Heading level of the months; each event's title is one below. */
  level?: 2 | 3;
  /**
   * Mark the in-page links (an entry's story line, its previous and next) `target="_self"`, for
   * a page whose links open in a new tab (the embed's `<base target="_blank">`, and its pieces).
   * The reader page has no such base and leaves them out: some 45 bytes an entry.
   */
  targetSelf?: boolean;
  /**
   * Write only this many entries as the list's markup; the rest go inside `<noscript>` (see
   * restOfList) with their data as JSON for the timeline. Undefined: every entry in the list.
   */
  firstEntries?: number;
}

/** Entries in each part of a list's rest: what the timeline inserts in one idle slice. */
export const REST_PART = 25;
/** Stands between the parts of a list's rest (inside `<noscript>`, where no reader without script sees it). */
export const REST_MARK = '<!--part-->';

/**
 * The events as the reader page's list, by the month each starts in: every entry carries the
 * data the timeline filters on (`data-*`), a one-line story link that opens the entry in place on
 * a narrow screen (#event-…, no script needed), its card, and links to its neighbours.
 *
 * Written in parts (the list's opening, each entry, each month's ends), so that a build can write
 * a 25,000-event list to its file a little at a time (src/integrations/spooledLists.ts), and
 * directly rather than rendered from components: at 25,000 events the list was some 150,000
 * component instances an edition (entry, card, quotes, icons), rendered six times a build (three
 * reader pages, three editions' embed pieces), which held about 650 MB while each page rendered.
 * The markup is the components' own, byte for byte but for attribute values, which escape every
 * character escapeHtml knows.
 * @example [...eventListParts(timeline.events, timeline, 'th')][0] // '<div class="event-list-container"><ol class="months" id="event-list">'
 */
export function* eventListParts(events: readonly Event[], timeline: Pick<Timeline, 'sources' | 'passageOf' | 'published'>, locale: Locale, { id = 'event-list', level = 3, targetSelf = true, firstEntries }: EventListOptions = {}): Generator<string> {
  const t = messagesFor(locale);
  const textOf = eventTextFor(timeline, locale, siteConfig.parties);
  const monthName = (month: string) => (locale === 'en' ? DateTime.fromISO(month, { zone: 'UTC', locale: siteConfig.locale }).toFormat('LLLL yyyy') : writeDay(month, locale, 'month'));
  const inPage = htmlAttribute('target', targetSelf ? '_self' : undefined);
  const starts = events.map((e) => dayRange(e.date, e.endDate)[0]);
  const previousText = escapeHtml(t.event.previous);
  const nextText = escapeHtml(t.event.next);
  // A day's date and a title's word ends are worked out once a list: an archive has many events
  // a day and many titles alike ("Fighting resumes"), and Intl formats and segments slowly.
  const whens = new Map<string, string>();
  const whenOf = (event: Event) => {
    const key = `${event.date}/${event.endDate ?? ''}`;
    let when = whens.get(key);
    if (when === undefined) whens.set(key, (when = locale === 'en' ? shortDate(event.date, event.endDate, siteConfig.locale) : shortDateIn(event.date, event.endDate, locale)));
    return when;
  };
  const breaks = new Map<string, string>();
  const breaksOf = (text: string) => {
    let found = breaks.get(text);
    if (found === undefined) breaks.set(text, (found = wordEnds(text, locale, GLOSSARY_WORDS[locale]).join(',')));
    return found;
  };
  // `lean`: an entry of the rest (below), whose data the timeline reads from the JSON beside it;
  // it keeps only what the list itself uses (its id, and the gap a narrow screen spaces it by).
  const entry = (event: Event, i: number, lean = false) => {
    const title = textOf(event).title;
    const [previous, next] = [events[i - 1], events[i + 1]];
    const anchor = escapeHtml(`#event-${event.id}`);
    const when = whenOf(event);
    let html = `<li class="event-item"${htmlAttribute('id', `event-${event.id}`)}${htmlAttribute('data-id', event.id)}`;
    if (!lean) {
      html += `${htmlAttribute('data-date', event.date)}${htmlAttribute('data-end', event.endDate)}`;
      html += `${htmlAttribute('data-approximate', event.approximate ? '' : undefined)}${htmlAttribute('data-kind', event.kind)}${htmlAttribute('data-status', event.status)}`;
      html += `${htmlAttribute('data-actors', event.actors.join('|'))}${htmlAttribute('data-sources', [...new Set(event.citations.map((c) => c.source))].join('|'))}`;
      html += htmlAttribute('data-place', locateEvent(event)?.place.name);
    }
    html += htmlAttribute('data-gap', i === 0 ? 0 : gapStep(starts[i - 1]!, starts[i]!));
    if (!lean) html += htmlAttribute('data-breaks', locale === 'en' ? undefined : breaksOf(title.text));
    html += '>';
    html += `<a class="story-line"${inPage} href="${anchor}"><time${htmlAttribute('datetime', event.date)}>${escapeHtml(when)}</time> ${kindIconHtml(event.kind, event.status)} `;
    html += `<span class="story-text"><span class="story-title"${htmlAttribute('lang', langIfOther(title, locale))}>${shownTextHtml(title)}</span> <span class="story-kind">${escapeHtml(t.kinds[event.kind])}</span></span></a>`;
    html += eventCardHtml(event, timeline, locale, { level: level === 2 ? 3 : 4 });
    // Not a navigation landmark: one per event would bury the page's own among hundreds.
    html += '<p class="story-nav">';
    if (previous) html += `<a href="${escapeHtml(`#event-${previous.id}`)}"${inPage} rel="prev">← ${previousText}</a>`;
    if (next) html += `<a href="${escapeHtml(`#event-${next.id}`)}"${inPage} rel="next">${nextText} →</a>`;
    return `${html}</p></li>`;
  };
  // Grouped by the month an event starts in, months in the order they first appear (the events
  // come in timeline order, so each month's are together); neighbours are the list's, not the month's.
  const monthOf = (event: Event) => daySpan(event.date).first.slice(0, 7);
  const months = new Map<string, number[]>();
  for (const [i, event] of events.entries()) {
    const month = monthOf(event);
    const items = months.get(month);
    if (items) items.push(i);
    else months.set(month, [i]);
  }
  yield `<div class="event-list-container"><ol class="months"${htmlAttribute('id', id)}>`;
  const first = Math.min(firstEntries ?? events.length, events.length);
  // The months of the events written as markup; a month cut by the end of that list goes on in the rest.
  for (const [month, items] of months) {
    if (items[0]! >= first) break;
    yield `<li class="month"${htmlAttribute('data-month', month)}><h${level} class="month-heading">${escapeHtml(monthName(month))}</h${level}><ol class="events">`;
    for (const i of items) if (i < first) yield entry(events[i]!, i);
    yield '</ol></li>';
  }
  yield '</ol>';
  if (first < events.length) {
    // The rest, for a reader without script: inside <noscript>, which a browser running scripts
    // parses as one run of text (no elements, no style or layout), in parts the timeline puts
    // into the list a few at a time once it has drawn (src/client/timeline/restOfList.ts).
    // A part is whole months (a month it cuts goes on in the next part, without its heading
    // again), so each parses alone.
    yield `<noscript${htmlAttribute('data-rest-of', id)}><ol class="months">${REST_MARK}`;
    let month: string | undefined;
    for (let i = first; i < events.length; i++) {
      const m = monthOf(events[i]!);
      const starts = (i - first) % REST_PART === 0;
      if (month !== undefined && (starts || m !== month)) yield `</ol></li>${starts ? REST_MARK : ''}`;
      if (starts || m !== month) {
        const heading = m !== month && (i === 0 || monthOf(events[i - 1]!) !== m) ? `<h${level} class="month-heading">${escapeHtml(monthName(m))}</h${level}>` : '';
        yield `<li class="month"${htmlAttribute('data-month', m)}>${heading}<ol class="events">`;
      }
      month = m;
      yield entry(events[i]!, i, true);
    }
    yield `</ol></li>${REST_MARK}</ol></noscript>`;
    // What the timeline reads of each entry (readEvents reads it from an entry's attributes), so
    // that it draws every event before the rest is in the list.
    const records = events.slice(first).map((event) => {
      const title = textOf(event).title.text;
      return [event.id, event.date, event.endDate ?? '', event.approximate ? 1 : 0, event.kind, event.status, event.actors.join('|'), [...new Set(event.citations.map((c) => c.source))].join('|'), locateEvent(event)?.place.name ?? '', title, locale === 'en' ? '' : breaksOf(title)];
    });
    yield `<script type="application/json"${htmlAttribute('id', `${id}-rest`)}>${JSON.stringify(records).replace(/</g, '\\u003c')}</script>`;
  }
  yield '</div>';
}
