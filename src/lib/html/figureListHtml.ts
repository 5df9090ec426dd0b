import type { Event } from '../eventSchema.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { findDisagreements } from '../findDisagreements.ts';
import { formatFigureValue } from '../formatFigure.ts';
import { formatReportedDate } from '../formatReportedDate.ts';
import { sourceLabel } from '../sourceLabel.ts';
import { passagePath } from '../urls.ts';
import type { Timeline } from '../../loaders/getTimeline.ts';
import { siteConfig } from '../../siteConfig.ts';
import { reportedDateIn } from '../../i18n/describeDateIn.ts';
import { formatFigureIn } from '../../i18n/formatFigureIn.ts';
import { LOCALE_INFO, type Locale } from '../../i18n/locales.ts';
import { localUrl } from '../../i18n/localUrl.ts';
import { langIfOther, nameIn } from '../../i18n/localiseEvent.ts';
import { messagesFor } from '../../i18n/messagesFor.ts';
import { ACTOR_NAMES } from '../../i18n/names.ts';
import { htmlAttribute } from './htmlAttribute.ts';

type Figure = Event['figures'][number];

/**
 * An event's figures and disputed claims as a definition list, each value with the words its
 * report used and a link to the passage; rows the sources disagree on are marked. Empty when the
 * event has neither.
 * @example figureListHtml(event, timeline, 'en') // '<dl class="figures"><div class="figure-row"><dt>Killed</dt>…'
 */
export function figureListHtml(event: Event, timeline: Pick<Timeline, 'sources' | 'passageOf' | 'published'>, locale: Locale): string {
  if (event.figures.length === 0 && event.claims.length === 0) return '';
  const m = messagesFor(locale);
  const disputed = new Set(findDisagreements(event, timeline.published).map((d) => (d.type === 'figure' ? `${d.measure}|${d.unit}` : d.about)));
  const groups = new Map<string, Figure[]>();
  for (const f of event.figures) groups.set(`${f.measure}|${f.unit}`, [...(groups.get(`${f.measure}|${f.unit}`) ?? []), f]);
  const claimGroups = new Map<string, Event['claims']>();
  for (const c of event.claims) claimGroups.set(c.about, [...(claimGroups.get(c.about) ?? []), c]);
  const link = (c: { source: string; quote: string }) => {
    const p = timeline.passageOf(c);
    return htmlAttribute('href', localUrl(locale, passagePath(c.source, p.start, p.end)));
  };
  const by = (c: { source: string; quote: string }) => `<a class="by"${link(c)}>${escapeHtml(sourceLabel(timeline.sources.get(c.source)!))}</a>`;
  // A measure reported in two units (talks of days, an opening session of minutes) names its unit.
  const units = new Map<string, Set<string>>();
  for (const f of event.figures) units.set(f.measure, (units.get(f.measure) ?? new Set()).add(f.unit));
  const heading = (f: Figure) =>
    (units.get(f.measure)?.size ?? 0) > 1 ? `${m.measures[f.measure]} (${locale === 'en' ? f.unit : m.units[f.unit][1].trim() || f.unit})` : m.measures[f.measure];
  // The figure as the report wrote it stays in the report's language, marked where it is not the page's.
  const quoteLang = (file: string) => htmlAttribute('lang', langIfOther({ lang: timeline.sources.get(file)?.language ?? LOCALE_INFO.en.tag }, locale));
  const row = (key: string, title: string, values: string) =>
    `<div class="figure-row${disputed.has(key) ? ' disputed' : ''}"><dt>${escapeHtml(title)}${disputed.has(key) ? `<strong class="disagree">${escapeHtml(m.event.sourcesDiffer)}</strong>` : ''}</dt>${values}</div>`;
  let html = '<dl class="figures">';
  for (const [key, figures] of groups) {
    let values = '';
    for (const f of figures) {
      const value = locale === 'en' ? formatFigureValue(f, siteConfig.locale) : formatFigureIn(f, locale);
      values += `<dd><span class="value">${escapeHtml(value)}</span><span class="as-written"${quoteLang(f.citation.source)}>“${escapeHtml(f.text)}”</span>${by(f.citation)}</dd>`;
    }
    html += row(key, heading(figures[0]!), values);
  }
  for (const [about, claims] of claimGroups) {
    let values = '';
    for (const c of claims) {
      const value =
        about === 'date'
          ? locale === 'en' ? formatReportedDate(c.values[0]!, undefined, siteConfig.locale) : reportedDateIn(c.values[0]!, undefined, locale)
          : c.values.map((v) => nameIn(v, locale, ACTOR_NAMES)).join(', ');
      values += `<dd><span class="value">${escapeHtml(value)}</span>${by(c.citation)}</dd>`;
    }
    // A date sources give differently is shown like a figure they give differently.
    html += row(about, m.event.claimHeadings[about] ?? about, values);
  }
  return `${html}</dl>`;
}
