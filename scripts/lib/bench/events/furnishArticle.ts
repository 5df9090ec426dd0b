import { MONTH_NAMES } from '../../extract/time/calendarNames.ts';

/**
 * Page furniture a maintainer pastes with an article from a news site: navigation, a byline, share
 * and listen buttons, advertisement slots, captions with their credits, a newsletter prompt, links
 * to other stories under a label, a credit line. The links' headlines and the captions tell
 * happenings, as real ones do, but they are the site's, not the report's: the extractor's events
 * must not change when an article arrives wrapped in them (`bench:events --furnish`).
 *
 * Written for the project in the shapes such pages share; the lines name nobody real and quote no
 * outlet.
 */
const TOP = [
  ['Skip to main content'],
  ['Menu', 'Search', 'Sign in'],
  ['World', 'Africa', 'Americas', 'Asia', 'Europe', 'Middle East'],
  ['Home > World > Asia'],
] as const;

const UNDER_HEADLINE = [
  ['By Dana Mercer and Tomas Ilves'],
  ['By Staff Reporter', '4 min read'],
  ['Share', 'Save', 'Listen to this article'],
  ['Dana Mercer, Regional Correspondent'],
] as const;

const BETWEEN_PARAGRAPHS = [
  ['Advertisement'],
  ['Scroll to continue reading'],
  ['Residents leave their homes near the frontier after overnight shelling. Photo: Staff photographer'],
  ['Read more: Two soldiers killed as border clash flares'],
  ['Troops patrol a road near the border post. WIRE/Lina Ortiz'],
  ['Story continues below'],
] as const;

const BOTTOM = [
  ['Reporting by Dana Mercer; additional reporting by Lina Ortiz; editing by Paul Greer'],
  ['Sign up for our daily briefing', 'Enter your email address', 'Subscribe'],
  ['Related', 'Two soldiers killed as border clash flares | 3 days ago', 'Leaders to meet next week over frontier row', 'Explainer: the long history of a contested frontier'],
  ['Most read', 'Troops shell villages overnight, officials say', 'Envoy summoned after drone crosses border · 5h ago'],
  ['Share this story', 'Copy link'],
  ['© Example News. All rights reserved.'],
] as const;

/** A small deterministic hash of a name (FNV-1a), so each article gets its own mix. */
function seedOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function pick<T>(choices: readonly T[], seed: number, salt: number): T {
  return choices[(seed >>> salt) % choices.length]!;
}

/** What a dated page adds: its publication stamp, a later "Updated" stamp and a copyright year. */
export interface PageDates {
  /** The day the report was published, YYYY-MM-DD. */
  published: string;
  /** A later day the page says it was updated, YYYY-MM-DD. */
  updated: string;
  /** The year in the footer's copyright line: the year the page was saved, often later. */
  copyright: number;
}

/** The stamp shapes sites print, one chosen per article. */
const STAMPS: readonly ((published: [number, number, number], updated: [number, number, number]) => string)[] = [
  ([y, m, d], [uy, um, ud]) => `Published ${d} ${MONTH_NAMES[m - 1]} ${y}, 08:14 GMT\nUpdated ${ud} ${MONTH_NAMES[um - 1]} ${uy}, 17:40 GMT`,
  ([y, m, d], [uy, um, ud]) => `${MONTH_NAMES[m - 1]} ${d}, ${y} 6:02 AM UTC · Updated ${MONTH_NAMES[um - 1]} ${ud}, ${uy}`,
  ([y, m, d]) => `Posted ${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y} | By Staff Reporter`,
  ([y, m, d], [uy, um, ud]) => `First published on ${MONTH_NAMES[m - 1]} ${d}, ${y}. Last modified on ${MONTH_NAMES[um - 1]} ${ud}, ${uy}.`,
];

function dayParts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y!, m!, d!];
}

/** A headline: one short line that does not end as a sentence does. */
function isHeadline(paragraph: string): boolean {
  return !paragraph.includes('\n') && paragraph.split(/\s+/).length <= 20 && !/[.!?]["”’]?$/.test(paragraph.trim());
}

/**
 * Returns the article's body with page furniture around and between its paragraphs: a bar of
 * links above, a byline under the headline (above the lede when the article opens with it), a slot after every third
 * paragraph, and credits and related headlines below. Each block is its own paragraph and the
 * article's own paragraphs are kept whole, in order. The mix depends only on `name`. With
 * `dates`, the byline carries the page's stamps and the footer a copyright year, as most sites
 * print them: the publication day should then be read from the stamp, never from the footer.
 * @example furnishArticle('a.txt', 'Headline\n\nFirst.\n\nSecond.').includes('\n\nFirst.\n\n') // true
 */
export function furnishArticle(name: string, body: string, dates?: PageDates): string {
  const seed = seedOf(name);
  const block = (lines: readonly string[]) => lines.join('\n');
  // An article without a blank line is read a paragraph a line; its furniture keeps to that.
  const blank = /\n\s*\n/.test(body);
  const paragraphs = body.split(blank ? /\n\s*\n/ : '\n');
  const out = [block(pick(TOP, seed, 0))];
  const byline = [block(pick(UNDER_HEADLINE, seed, 3)), ...(dates ? [pick(STAMPS, seed, 9)(dayParts(dates.published), dayParts(dates.updated))] : [])];
  // The byline sits under the headline; an article that opens with its lede gets it on top.
  const headed = isHeadline(paragraphs[0] ?? '');
  if (!headed) out.push(...byline);
  paragraphs.forEach((paragraph, i) => {
    out.push(paragraph);
    if (i === 0 && headed) out.push(...byline);
    else if (i % 3 === 0 && i < paragraphs.length - 1) out.push(block(pick(BETWEEN_PARAGRAPHS, seed, 6 + i)));
  });
  out.push(block(pick(BOTTOM, seed, 12)), block(pick(BOTTOM, seed, 17)));
  if (dates) {
    const [y, m, d] = dayParts(dates.updated);
    out.push(`More on this story\nBorder crossings shut as talks stall | ${d} ${MONTH_NAMES[m - 1]} ${y}\nCeasefire holds on the frontier | ${MONTH_NAMES[m - 1]} ${d}, ${y}`);
    out.push(`© ${dates.copyright} Example News`);
  }
  return out.join(blank ? '\n\n' : '\n');
}
