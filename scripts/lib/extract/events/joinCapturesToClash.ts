import { daySpan, precisionOf } from '../../../../src/lib/partialDate.ts';
import type { Mention } from '../mentions/buildMentions.ts';
import { partiesOf } from '../sentences/partiesOf.ts';
import { ARMED_KINDS } from '../happenings/violentKinds.ts';

/** Kinds of violence a capture may be taken in. */
const VIOLENCE: ReadonlySet<string> = ARMED_KINDS;
/** The days a group's reports give to the day, in their own words or not. */
const daysOf = (cluster: readonly Mention[]) =>
  new Set(cluster.filter((m) => precisionOf(m.time.date) === 'day' && !m.time.approximate && !m.time.endDate).map((m) => daySpan(m.time.date).first));
/** Places a group names, with the provinces they lie in. */
const placesOf = (cluster: readonly Mention[]) => new Set(cluster.flatMap((m) => m.places.flatMap((p) => [p.name, p.admin1].filter((x): x is string => Boolean(x)))));

/** Whether a group is only of a capture that took place: no release, no plan. */
const isCapture = (cluster: readonly Mention[]) => cluster.every((m) => m.kind === 'detention' && m.type !== 'release' && m.status !== 'scheduled');
/** Whether a group is of violence some report of which told a capture in the same breath, folded into it. */
const toldCapture = (cluster: readonly Mention[]) => cluster.some((m) => VIOLENCE.has(m.kind) && (m.folded ?? []).includes('detention'));

/**
 * Joins a group of reports of a capture to the group of a clash or strike of its day that one
 * article told with that capture in the same breath ("coast guard vessels opened fire on three
 * navy boats on Sunday and then seized them"): other articles that tell only the seizure ("a day
 * after the coast guard seized three boats") tell the same happening, which one article shows is
 * one act of force. A capture of another day, one the violence's own reports place elsewhere, or
 * one by a party none of the violence's reports names as a doer (the other side's arrests) stays
 * its own; so does a capture beside violence that no article told with a capture, and one that
 * could join more than one group. Combatants an article tells taken or freed with no day of their
 * own, beside a battle it dates that day in its own words ("had taken a patrol captive and a
 * unit then freed it"), are figures of that battle (the devset's ruling on captured combatants,
 * rule 3), unless the taker tells it as its own claim (rule 2). Returns new groups; the groups
 * given are not changed.
 * @example joinCapturesToClash([fireAndSeizureOnSunday, seizureOnSunday]).length // 1
 */
export function joinCapturesToClash(clusters: readonly Mention[][]): Mention[][] {
  // Each clash read once and found by its days, so that many captures beside many clashes stay linear.
  const byDay = new Map<string, { days: Set<string>; doers: string[]; places: Set<string>; clash: Mention[] }[]>();
  for (const clash of clusters.filter(toldCapture)) {
    const read = { days: daysOf(clash), doers: clash.flatMap((m) => (m.agent ? partiesOf(m.agent) : [])), places: placesOf(clash), clash };
    for (const day of read.days) (byDay.get(day) ?? byDay.set(day, []).get(day)!).push(read);
  }
  const into = new Map<Mention[], Mention[]>();
  for (const capture of clusters.filter(isCapture)) {
    const days = daysOf(capture);
    if (days.size === 0) continue;
    const agents = capture.flatMap((m) => (m.agent ? partiesOf(m.agent) : []));
    const places = placesOf(capture);
    const fits = (byDay.get(days.values().next().value!) ?? []).filter(({ days: theirDays, doers, places: theirPlaces }) => {
      if (![...days].every((d) => theirDays.has(d))) return false;
      if (agents.length > 0 && doers.length > 0 && !agents.every((a) => doers.includes(a))) return false;
      return places.size === 0 || theirPlaces.size === 0 || [...places].some((p) => theirPlaces.has(p));
    }).map((read) => read.clash);
    if (fits.length === 1) into.set(capture, fits[0]!);
  }
  // "Borean soldiers had taken an Arlandese patrol captive and a unit then freed it", told
  // with no day of its own in an article that dates a clash of its own that day: the taking and
  // freeing of combatants in the battle are figures of that battle, no happenings of their own.
  const clashDays = new Map<string, Mention[][]>();
  for (const clash of clusters.filter((c) => c.some((m) => VIOLENCE.has(m.kind)))) {
    for (const m of clash) if (VIOLENCE.has(m.kind) && m.dating === 'own' && !m.background && precisionOf(m.time.date) === 'day' && !m.time.endDate) {
      const key = `${m.source}|${m.time.date}`;
      const list = clashDays.get(key) ?? clashDays.set(key, []).get(key)!;
      if (!list.includes(clash)) list.push(clash);
    }
  }
  for (const taken of clusters.filter((c) => !into.has(c) && c.every((m) => m.kind === 'detention' && m.status === 'occurred' && m.dating === 'context'))) {
    const hosts = [...new Set(taken.flatMap((m) => clashDays.get(`${m.source}|${m.time.date}`) ?? []))];
    if (hosts.length === 1 && taken.every((m) => (clashDays.get(`${m.source}|${m.time.date}`) ?? []).includes(hosts[0]!))) into.set(taken, hosts[0]!);
  }
  if (into.size === 0) return [...clusters];
  const grown = new Map<Mention[], Mention[]>();
  for (const [capture, clash] of into) (grown.get(clash) ?? grown.set(clash, [...clash]).get(clash)!).push(...capture);
  return clusters.filter((c) => !into.has(c)).map((c) => grown.get(c) ?? c);
}
