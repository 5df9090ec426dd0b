import type { Mention } from '../mentions/buildMentions.ts';
import { foldInto } from './foldInto.ts';

/** Places a report names, with the provinces they lie in: a village and its province are one place. */
const placeNames = (m: Mention) => m.places.flatMap((p) => [p.name, p.admin1].filter((x): x is string => Boolean(x)));
/** Whether either report names no place, or the attack names one the clash names or lies in. */
const samePlace = (attack: Mention, clash: Mention) => {
  const theirs = new Set(placeNames(clash));
  return attack.places.length === 0 || clash.places.length === 0 || placeNames(attack).some((n) => theirs.has(n));
};

/** Words that tell fire went both ways: "only shot back", "returned fire", "in self-defence". */
const FIRE_RETURNED = /\b(?:shot|fired|hit|struck) back\b|\breturn(?:s|ed|ing)? (?:the |their )?fire\b|\bself-defen[cs]e\b/i;

/**
 * Folds an attack on people that an article leaves undated into the clash it dates by its own
 * words to that same day: "men in uniform fired on the ferry on Friday" and, sentences on, "the
 * officer said his men had been shot at by a patrol boat and had only fired back" are one
 * exchange of fire told from each side, not a clash and an attack on civilians. The sentence that
 * gives the attack no day of its own, and tells that fire was returned, is still telling the
 * article's clash; an attack on people who did not fire back (a shell on a market told beside the
 * day's clash) is a happening of its own. An attack the article
 * dates itself, one placed elsewhere, of another article or day, an outbreak, a background line
 * and an abduction (an act of its own, not the fire of a clash) stay their own; so does an
 * attack beside a strike, which is one side's fire. The attack's quote goes with it. Returns new
 * reports; linear in the reports.
 * @example foldAttacksIntoClash([clashOnFriday, undatedAttackSameArticle]).length // 1
 */
export function foldAttacksIntoClash(mentions: readonly Mention[]): Mention[] {
  const at = (m: Mention) => `${m.source}|${m.time.date}`;
  // The clashes each article dates to one day by its own words, told as its news.
  const clashes = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.kind !== 'fighting' || m.dating === 'context' || m.background || m.anaphoric || m.status !== 'occurred' || m.time.date.length !== 10 || m.time.endDate) continue;
    (clashes.get(at(m)) ?? clashes.set(at(m), []).get(at(m))!).push(m);
  }
  if (clashes.size === 0) return [...mentions];
  const attackOf = (m: Mention) =>
    m.kind === 'civilians' && m.type === 'attack-on-civilians' && m.dating === 'context' && m.citations.some((c) => FIRE_RETURNED.test(c.quote)) && !m.background && m.status === 'occurred' && m.phase !== 'begin' && m.phase !== 'resume' && !m.time.endDate;
  return foldInto(mentions, (m) => (attackOf(m) ? clashes.get(at(m))?.find((c) => samePlace(m, c)) : undefined), { citations: true });
}
