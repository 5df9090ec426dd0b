import type { Mention } from '../mentions/buildMentions.ts';
import { foldInto } from './foldInto.ts';

/** Words that tell one side fell on a place or on people: "raided the town", "stormed", "overran", "attacked". */
const RAID = /\b(?:raid(?:s|ed|ing)?|storm(?:s|ed|ing)?|overr(?:an|un|unning)|attack(?:s|ed|ing)?)\b/i;

/** Places a report names, with the provinces they lie in. */
const placeNames = (m: Mention) => m.places.flatMap((p) => [p.name, p.admin1].filter((x): x is string => Boolean(x)));

/**
 * Folds the harm an article tells in the sentence right after a raid it dates, and dates by that
 * raid alone, into the raid: "On Wednesday gunmen raided the town. Three people died and shops
 * were looted." is one happening, the raid and what it did, not a raid and an attack on
 * civilians on the same day. The harm must name no doer but the raid's and no place the raid
 * does not name (or lie in): "Troops of the other side shelled a village in the north, killing
 * two", told next, is an attack of its own. A harm the article dates by its own words, one told as
 * background, planned, or breaking out, and a raid that is itself background or retold, stay their
 * own. The harm's figures, actors and quote go to the raid. Returns new reports; linear in the
 * reports.
 * @example foldHarmIntoRaid([raidOnWednesday, lootingNextSentence]).length // 1
 */
export function foldHarmIntoRaid(mentions: readonly Mention[]): Mention[] {
  const at = (source: string, sentence: number) => `${source}|${sentence}`;
  // The raids each article dates to one day by its own words, by the sentence that tells them.
  const raids = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.kind !== 'fighting' || m.dating === 'context' || m.background || m.anaphoric || m.status !== 'occurred' || m.time.date.length !== 10 || m.time.endDate) continue;
    if (!m.citations.some((c) => c.source === m.source && RAID.test(c.quote))) continue;
    if (!raids.has(at(m.source, m.sentence))) raids.set(at(m.source, m.sentence), m);
  }
  if (raids.size === 0) return [...mentions];
  const harmOf = (m: Mention) =>
    m.kind === 'civilians' && m.type !== 'abduction' && m.dating === 'context' && !m.background && !m.anaphoric && m.status === 'occurred' && m.phase !== 'begin' && m.phase !== 'resume' && !m.time.endDate;
  return foldInto(
    mentions,
    (m) => {
      const raid = harmOf(m) ? raids.get(at(m.source, m.sentence - 1)) : undefined;
      if (!raid || raid.time.date !== m.time.date) return undefined;
      if (m.agent && m.agent !== raid.agent) return undefined;
      const theirs = new Set(placeNames(raid));
      return placeNames(m).every((n) => theirs.has(n)) ? raid : undefined;
    },
    { citations: true },
  );
}
