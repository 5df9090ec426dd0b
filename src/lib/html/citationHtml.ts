import type { Citation } from '../eventSchema.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { formatReportedDate } from '../formatReportedDate.ts';
import { sourceLabel } from '../sourceLabel.ts';
import { passagePath } from '../urls.ts';
import type { Timeline } from '../../loaders/getTimeline.ts';
import { siteConfig } from '../../siteConfig.ts';
import { reportedDateIn } from '../../i18n/describeDateIn.ts';
import { LOCALE_INFO, type Locale } from '../../i18n/locales.ts';
import { langIfOther } from '../../i18n/localiseEvent.ts';
import { localUrl } from '../../i18n/localUrl.ts';
import { messagesFor } from '../../i18n/messagesFor.ts';
import { htmlAttribute } from './htmlAttribute.ts';

/**
 * One quote of an event card, with the link to its passage and the report's day.
 * @example citationHtml({ source: 'a.txt', quote: 'Shelling began.' }, timeline, 'en')
 *   // '<figure class="citation"><blockquote>Shelling began.</blockquote><figcaption>— <a href="/sources/a.txt/#p-0-15">…'
 */
export function citationHtml(citation: Citation, timeline: Pick<Timeline, 'sources' | 'passageOf'>, locale: Locale): string {
  const source = timeline.sources.get(citation.source)!;
  const passage = timeline.passageOf(citation);
  const t = messagesFor(locale).event;
  const published = source.published ? (locale === 'en' ? formatReportedDate(source.published, undefined, siteConfig.locale) : reportedDateIn(source.published, undefined, locale)) : undefined;
  // A quote stays in its report's language, never translated; `lang` says which, so it is read
  // and hyphenated as that language. In the page's own language it is inherited, and left out:
  // the list carries it for every quote.
  const lang = htmlAttribute('lang', langIfOther({ lang: source.language ?? LOCALE_INFO.en.tag }, locale));
  const href = htmlAttribute('href', localUrl(locale, passagePath(citation.source, passage.start, passage.end)));
  const day = published ? `<span class="muted">, ${escapeHtml(published)}${source.publishedInferred ? escapeHtml(t.inferred) : ''}</span>` : '';
  return `<figure class="citation"><blockquote${htmlAttribute('cite', source.url)}${lang}>${escapeHtml(citation.quote)}</blockquote><figcaption>— <a${href}${lang}>${escapeHtml(sourceLabel(source))}</a>${day}</figcaption></figure>`;
}
