import { acledType } from '../acledType.ts';
import { describeDate } from '../describeDate.ts';
import type { Event } from '../eventSchema.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { eventPath, sitePath } from '../urls.ts';
import type { Timeline } from '../../loaders/getTimeline.ts';
import { siteConfig } from '../../siteConfig.ts';
import { describeDateIn } from '../../i18n/describeDateIn.ts';
import { formatNumber } from '../../i18n/formatNumber.ts';
import type { Locale } from '../../i18n/locales.ts';
import { localUrl } from '../../i18n/localUrl.ts';
import { eventTextFor, langIfOther, nameIn } from '../../i18n/localiseEvent.ts';
import { messagesFor } from '../../i18n/messagesFor.ts';
import { ACTOR_NAMES } from '../../i18n/names.ts';
import { citationHtml } from './citationHtml.ts';
import { figureListHtml } from './figureListHtml.ts';
import { htmlAttribute } from './htmlAttribute.ts';
import { kindIconHtml } from './kindIconHtml.ts';
import { shownTextHtml } from './shownTextHtml.ts';

export interface EventCardOptions {
  /** Heading level of the title: 1 on the event's own page, 3 or 4 in a list. */
  level?: 1 | 2 | 3 | 4;
  /** Link the title to the event's page. */
  link?: boolean;
}

/**
 * An event's card: title, date and kind, summary, figures, places and actors, and its quotes. On
 * the event's own page (level 1) it also says how ACLED would code it.
 * Written as one string rather than as components, because a list renders 25,000 of them (see
 * eventListHtml); every value from the data is escaped.
 * On its own page the card is named by its title (`aria-labelledby`); in a list it is not, as
 * its title heads it: the id and the reference were some 90 bytes an event, 19 KB gzipped of the
 * reader page at 2,000 events (writePanel names the timeline's copy of a card).
 * @example eventCardHtml(event, timeline, 'en', { level: 4 }) // '<article class="event"><h4 class="event-title">…'
 */
export function eventCardHtml(event: Event, timeline: Pick<Timeline, 'sources' | 'passageOf' | 'published'>, locale: Locale, { level = 3, link = true }: EventCardOptions = {}): string {
  const m = messagesFor(locale);
  const t = m.event;
  const text = eventTextFor(timeline, locale, siteConfig.parties)(event);
  const when = locale === 'en' ? describeDate(event, siteConfig.locale) : describeDateIn(event, locale);
  const titleId = level === 1 ? escapeHtml(`title-${event.id}`) : undefined;
  const titleLang = htmlAttribute('lang', langIfOther(text.title, locale));
  const title = shownTextHtml(text.title);
  // A title or summary the editors wrote by hand in English stays theirs, said to be English.
  const handWritten = text.title.from === 'maintainer' && langIfOther(text.title, locale) !== undefined;
  let html = titleId ? `<article class="event" aria-labelledby="${titleId}"><h${level} class="event-title" id="${titleId}">` : `<article class="event"><h${level} class="event-title">`;
  html += link ? `<a${htmlAttribute('href', localUrl(locale, eventPath(event.id)))}${titleLang}>${title}</a>` : `<span${titleLang}>${title}</span>`;
  html += `</h${level}>`;
  if (handWritten) html += `<p class="hand-written muted">${escapeHtml(t.handWritten)}</p>`;
  html += `<p class="event-meta"><time${htmlAttribute('datetime', event.date)}>${escapeHtml(when.text)}</time><span class="muted">(${escapeHtml(when.certainty)})</span>`;
  html += `<span class="kind">${kindIconHtml(event.kind, event.status)} ${escapeHtml(m.kinds[event.kind])}`;
  // The event's own page says what type of happening it is and how ACLED would code it; lists keep to the kind.
  if (level === 1 && event.type) html += `<span class="type">: ${escapeHtml(m.types[event.type])}</span>`;
  html += '</span>';
  if (event.status !== 'occurred') html += `<span class="status ${escapeHtml(event.status)}">${escapeHtml(m.status[event.status])}</span>`;
  html += `</p><p class="summary"${htmlAttribute('lang', langIfOther(text.summary, locale))}>${shownTextHtml(text.summary)}</p>`;
  if (level === 1) {
    const acled = acledType(event);
    html += '<p class="coding muted">';
    html += acled.eventType
      ? `${escapeHtml(t.acled)} <span${htmlAttribute('lang', locale === 'en' ? undefined : 'en')}>${escapeHtml(acled.eventType)}${acled.subEventType ? escapeHtml(` / ${acled.subEventType}`) : ''}</span>${escapeHtml(m.timeline.visibleEnd)}`
      : escapeHtml(t.notAcled);
    const covers = htmlAttribute('href', localUrl(locale, `${sitePath('data/')}#${event.type ? `type-${event.type}` : `kind-${event.kind}`}`));
    html += ` <a${covers}>${escapeHtml(event.type ? t.whatTypeCovers : t.whatKindCovers)}</a></p>`;
  }
  html += figureListHtml(event, timeline, locale);
  // A place with the province and country it lies in, each named once: a country is not "Thailand, Thailand".
  const places = event.places.map((p) => [...new Set([p.name, p.admin1, p.country].filter((n): n is string => Boolean(n)))].map((n) => nameIn(n, locale)).join(', '));
  const actors = event.actors.map((a) => nameIn(a, locale, ACTOR_NAMES));
  if (places.length > 0 || actors.length > 0) {
    html += '<p class="involved muted">';
    if (places.length > 0) html += escapeHtml(`${t.where(places.join('; '))} `);
    if (actors.length > 0) html += escapeHtml(t.involved(actors.join(', ')));
    html += '</p>';
  }
  // The quotes are shown, not folded in a <details>: Chromium gives every <details> a shadow tree
  // as it parses it, which at 2,000 events was a quarter of the reader page's main-thread work.
  html += `<div class="sources"><p class="sources-heading muted">${escapeHtml(t.sources(formatNumber(event.citations.length, locale), event.citations.length))}</p>`;
  if (locale !== 'en') html += `<p class="quoted-note muted">${escapeHtml(t.quotedNote)}</p>`;
  for (const c of event.citations) html += citationHtml(c, timeline, locale);
  return `${html}</div></article>`;
}
