import type { Citation, Event } from '../../../../src/lib/eventSchema.ts';
import type { Mention } from '../mentions/buildMentions.ts';
import type { Phase } from '../lexicon/lexiconSchema.ts';
import { precisionOf } from '../../../../src/lib/partialDate.ts';

/** An event before it has a title, summary and id. */
export type Draft = Omit<Event, 'id' | 'title' | 'summary'> & { phase?: Phase; who?: string; name?: string };

const sameCitation = (a: Citation, b: Citation) => a.source === b.source && a.quote === b.quote;
const uniqueBy = <T>(items: readonly T[], same: (a: T, b: T) => boolean) =>
  items.filter((item, i) => items.findIndex((other) => same(item, other)) === i);

/** The most common value, the earliest-mentioned on a tie. */
function mostCommon<T>(values: readonly (T | undefined)[]): T | undefined {
  const present = values.filter((v): v is T => v !== undefined);
  return [...present].sort((a, b) => present.filter((v) => v === b).length - present.filter((v) => v === a).length)[0];
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
    places: uniqueBy(mentions.flatMap((m) => m.places), (a, b) => a.name === b.name),
    actors: [...new Set(mentions.flatMap((m) => m.actors))],
    figures: uniqueBy(
      mentions.flatMap((m) => m.figures),
      (a, b) => a.measure === b.measure && a.text === b.text && sameCitation(a.citation, b.citation),
    ),
    claims: uniqueBy(
      mentions.flatMap((m) => m.claims),
      (a, b) => a.about === b.about && sameCitation(a.citation, b.citation),
    ),
    citations: uniqueBy(mentions.flatMap((m) => m.citations), sameCitation),
    ...(phase ? { phase } : {}),
    ...(who ? { who } : {}),
    ...(name ? { name } : {}),
  };
}
