import { daySpan, precisionOf } from "../../../../src/lib/partialDate.ts";
import type { Mention } from "../mentions/buildMentions.ts";
import { partiesOf } from "../sentences/partiesOf.ts";

/**
 * The kinds and types one confrontation of a crowd and armed forces is told as, as the ontology
 * codes them: the crowd's riot (`protest`, `violent-demonstration`), the forces' fire on it
 * (`civilians`, `attack-on-civilians`) and the clash between them (`fighting`). One report says
 * villagers stoned a border post, another that guards shot at villagers, a third that the two
 * clashed: an analyst codes one happening, which any of the three may name.
 */
const RIOT = { kind: "protest", type: "violent-demonstration" } as const;
const TOLD_AS: readonly { kind: string; type?: string }[] = [
  { kind: "fighting" },
  { kind: "civilians", type: "attack-on-civilians" },
];
/** Types of fighting that are happenings of their own beside a riot: ground changing hands. */
const TERRITORY = new Set(["territory-regained", "territory-taken"]);

/** The days a group's reports give to the day. */
const daysOf = (cluster: readonly Mention[]) =>
  new Set(
    cluster
      .filter(
        (m) =>
          precisionOf(m.time.date) === "day" &&
          !m.time.approximate &&
          !m.time.endDate,
      )
      .map((m) => daySpan(m.time.date).first),
  );
/** Places a group names, with the provinces they lie in. */
const placesOf = (cluster: readonly Mention[]) =>
  new Set(
    cluster.flatMap((m) =>
      m.places.flatMap((p) =>
        [p.name, p.admin1].filter((x): x is string => Boolean(x)),
      ),
    ),
  );
/** Parties a group names. */
const partiesIn = (cluster: readonly Mention[]) =>
  new Set(cluster.flatMap((m) => m.actors.flatMap(partiesOf)));
const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === 0 || b.size === 0 || [...a].some((x) => b.has(x));
const done = (cluster: readonly Mention[]) =>
  cluster.every((m) => m.status !== "scheduled" && !m.background);

/**
 * Whether a group is of a riot that took place: a protest most of whose reports that type it tell
 * of the crowd's violence ("villagers protesting the pylons" beside "stoned the guards" is the
 * riot), no plan.
 */
const isRiot = (cluster: readonly Mention[]) => {
  const typed = cluster.filter((m) => m.type !== undefined);
  return (
    done(cluster) &&
    cluster.every((m) => m.kind === RIOT.kind) &&
    typed.filter((m) => m.type === RIOT.type).length * 2 > typed.length
  );
};
/** Which of the other tellings a group is, if it is one. */
const tellingOf = (cluster: readonly Mention[]) =>
  done(cluster)
    ? TOLD_AS.findIndex((t) =>
        cluster.every(
          (m) =>
            m.kind === t.kind &&
            (t.type === undefined || m.type === t.type) &&
            !TERRITORY.has(m.type ?? ""),
        ),
      )
    : -1;

/**
 * Joins the groups of one day's confrontation of a crowd and armed forces, told as a riot, as
 * fire on civilians and as a clash, into one group: a riot's day and place, and a clash or a
 * shooting of people on that day at that place (or none named) with a party in common (or none
 * named), are one happening. Only where a riot is told: a clash and a shell on a market of one day,
 * with no crowd, stay two. A riot that could join two clashes, or two shootings, of its day joins
 * neither; a peaceful protest, a plan and ground taken stay apart. Every report, quote and figure
 * goes to the joined group. Returns new groups; the groups given are not changed.
 * @example joinConfrontationTellings([[riotAtPass], [guardsFireOnVillagers], [clashAtPass]]).length // 1
 */
export function joinConfrontationTellings(
  clusters: readonly Mention[][],
): Mention[][] {
  const riots = clusters.filter(isRiot);
  if (riots.length === 0) return [...clusters];
  // The other tellings found by their days, so that many riots beside many clashes stay linear.
  const byDay = new Map<string, { cluster: Mention[]; telling: number }[]>();
  for (const cluster of clusters) {
    const telling = tellingOf(cluster);
    if (telling < 0) continue;
    for (const day of daysOf(cluster))
      (byDay.get(day) ?? byDay.set(day, []).get(day)!).push({
        cluster,
        telling,
      });
  }
  const into = new Map<Mention[], Mention[]>();
  for (const riot of riots) {
    const days = daysOf(riot);
    if (days.size === 0) continue;
    const sameDay = [...new Set([...days].flatMap((d) => byDay.get(d) ?? []))];
    const fits = (cluster: Mention[]) =>
      !into.has(cluster) &&
      meets(placesOf(riot), placesOf(cluster)) &&
      meets(partiesIn(riot), partiesIn(cluster));
    for (const index of TOLD_AS.keys()) {
      const candidates = [
        ...new Set(
          sameDay
            .filter((t) => t.telling === index && fits(t.cluster))
            .map((t) => t.cluster),
        ),
      ];
      if (candidates.length === 1) into.set(candidates[0]!, riot);
    }
  }
  if (into.size === 0) return [...clusters];
  const grown = new Map<Mention[], Mention[]>();
  for (const [telling, riot] of into)
    (grown.get(riot) ?? grown.set(riot, [...riot]).get(riot)!).push(...telling);
  return clusters.filter((c) => !into.has(c)).map((c) => grown.get(c) ?? c);
}
