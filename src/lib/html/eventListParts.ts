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
}

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
export function* eventListParts(events: readonly Event[], timeline: Pick<Timeline, 'sources' | 'passageOf' | 'published'>, locale: Locale, { id = 'event-list', level = 3, targetSelf = true }: EventListOptions = {}): Generator<string> {
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
    if (found === undefined) breaks.set(text, (found = wordEnds(text, locale).join(',')));
    return found;
  };
  const entry = (event: Event, i: number) => {
    const title = textOf(event).title;
    const [previous, next] = [events[i - 1], events[i + 1]];
    const anchor = escapeHtml(`#event-${event.id}`);
    const when = whenOf(event);
    let html = `<li class="event-item"${htmlAttribute('id', `event-${event.id}`)}${htmlAttribute('data-id', event.id)}${htmlAttribute('data-date', event.date)}${htmlAttribute('data-end', event.endDate)}`;
    html += `${htmlAttribute('data-approximate', event.approximate ? '' : undefined)}${htmlAttribute('data-kind', event.kind)}${htmlAttribute('data-status', event.status)}`;
    html += `${htmlAttribute('data-actors', event.actors.join('|'))}${htmlAttribute('data-sources', [...new Set(event.citations.map((c) => c.source))].join('|'))}`;
    html += `${htmlAttribute('data-place', locateEvent(event)?.place.name)}${htmlAttribute('data-gap', i === 0 ? 0 : gapStep(starts[i - 1]!, starts[i]!))}`;
    html += `${htmlAttribute('data-breaks', locale === 'en' ? undefined : breaksOf(title.text))}>`;
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
  const months = new Map<string, number[]>();
  for (const [i, event] of events.entries()) {
    const month = daySpan(event.date).first.slice(0, 7);
    const items = months.get(month);
    if (items) items.push(i);
    else months.set(month, [i]);
  }
  yield `<div class="event-list-container"><ol class="months"${htmlAttribute('id', id)}>`;
  for (const [month, items] of months) {
    yield `<li class="month"${htmlAttribute('data-month', month)}><h${level} class="month-heading">${escapeHtml(monthName(month))}</h${level}><ol class="events">`;
    for (const i of items) yield entry(events[i]!, i);
    yield '</ol></li>';
  }
  yield '</ol></div>';
}
