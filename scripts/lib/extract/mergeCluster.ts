import type { Citation, Event } from '../../../src/lib/eventSchema.ts';
import type { Mention } from './buildMentions.ts';
import type { Phase } from './lexiconSchema.ts';
import { precisionOf } from '../../../src/lib/partialDate.ts';

/** An event before it has a title, summary and id. */
export type Draft = Omit<Event, 'id' | 'title' | 'summary'> & { phase?: Phase; who?: string; name?: string };

const citationKey = (c: Citation) => `${c.source}\u0000${c.quote}`;
/** The items whose key was not seen before, in order: linear, for clusters of thousands of reports. */
const uniqueBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
};

/** The most common value, the earliest-mentioned on a tie. */
function mostCommon<T>(values: readonly (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

/**
 * One event from the reports of one happening: the most precise date, every citation, figure
 * and claim, and the union of actors and places. Reports are taken in article order.
 * @example mergeCluster([fromA, fromB]).citations.length // 2
 */
export function mergeCluster(cluster: readonly Mention[]): Draft {
  const mentions = [...cluster].sort((a, b) => a.source.localeCompare(b.source) || a.sentence - b.sentence);
  const exact = cluster.find((m) => !m.time.approximate && precisionOf(m.time.date) === 'day');
  const when = exact?.time ?? cluster[0]!.time;
  const statuses = new Set(mentions.map((m) => m.status));
  const status = statuses.has('occurred') ? 'occurred' : statuses.has('claimed') ? 'claimed' : 'scheduled';
  const phase = mostCommon(mentions.map((m) => m.phase));
  const type = mostCommon(mentions.map((m) => m.type));
  const who = mentions.find((m) => m.who)?.who;
  const name = mentions.find((m) => m.name)?.name;
  return {
    date: when.date,
    ...(when.endDate ? { endDate: when.endDate } : {}),
    approximate: when.approximate,
    kind: mentions[0]!.kind,
    ...(type ? { type } : {}),
    status,
    places: uniqueBy(mentions.flatMap((m) => m.places), (p) => p.name),
    actors: [...new Set(mentions.flatMap((m) => m.actors))],
    figures: uniqueBy(mentions.flatMap((m) => m.figures), (f) => `${f.measure}\u0000${f.text}\u0000${citationKey(f.citation)}`),
    claims: uniqueBy(mentions.flatMap((m) => m.claims), (c) => `${c.about}\u0000${citationKey(c.citation)}`),
    citations: uniqueBy(mentions.flatMap((m) => m.citations), citationKey),
    ...(phase ? { phase } : {}),
    ...(who ? { who } : {}),
    ...(name ? { name } : {}),
  };
}
