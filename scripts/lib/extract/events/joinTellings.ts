import { daySpan, precisionOf } from '../../../../src/lib/partialDate.ts';
import type { Mention } from '../mentions/buildMentions.ts';
import { partiesOf } from '../sentences/partiesOf.ts';

/** Reports of a kind, of some types or of all but some. */
interface Told {
  kind: string;
  /** The types that tell it; any, when not given. */
  types?: readonly string[];
  /** Types of its kind that tell something else. */
  not?: readonly string[];
  /** Types whose report in a group makes the group a happening of its own. */
  never?: readonly string[];
}

/** Types of fighting that are happenings of their own: ground changing hands. */
const TERRITORY = ['territory-regained', 'territory-taken'];

/**
 * Happenings the ontology's kinds each tell in part, so that one report codes what another codes
 * otherwise: a group told as the `happening` joins the one group of each `toldAs` of its day and
 * place. Each row is a kind of happening, not a pair any one report gave.
 */
const ONE_HAPPENING: readonly { happening: Told; toldAs: readonly Told[]; why: string; sameArticle?: boolean }[] = [
  {
    why: 'a crowd and armed forces in one confrontation: the crowd\'s riot, the force used on it, the forces\' fire on people, the clash between them ("villagers stoned the post", "guards fired on the crowd", "the two clashed")',
    happening: { kind: 'protest', types: ['violent-demonstration', 'mob-violence'] },
    toldAs: [
      { kind: 'fighting', never: TERRITORY },
      { kind: 'civilians', types: ['attack-on-civilians'] },
      { kind: 'protest', types: ['excessive-force'] },
    ],
  },
  {
    why: 'force used on a crowd, told by others as fire on people or as a clash, with no riot told',
    happening: { kind: 'protest', types: ['excessive-force'] },
    toldAs: [
      { kind: 'fighting', never: TERRITORY },
      { kind: 'civilians', types: ['attack-on-civilians'] },
    ],
  },
  {
    why: 'people shot by a patrol that says it came under fire and answered it, one article telling both sides\' accounts: the attack on them and the exchange of fire',
    happening: { kind: 'civilians', types: ['attack-on-civilians'] },
    toldAs: [{ kind: 'fighting', never: TERRITORY }],
    sameArticle: true,
  },
  {
    why: 'people seized and held: an abduction of civilians in one report ("took thirty villagers hostage"), their seizure or holding in another ("thirty were detained")',
    happening: { kind: 'civilians', types: ['abduction'] },
    toldAs: [{ kind: 'detention', not: ['release'] }],
  },
];

const tells = (told: Told, m: Mention) => m.kind === told.kind && (told.types === undefined || told.types.includes(m.type ?? '')) && !(told.not ?? []).includes(m.type ?? '');
/** The days a group's reports that tell it give to the day. */
const daysOf = (cluster: readonly Mention[], told: Told) =>
  new Set(cluster.filter((m) => tells(told, m) && precisionOf(m.time.date) === 'day' && !m.time.approximate && !m.time.endDate).map((m) => daySpan(m.time.date).first));
/** Places a group names, with the provinces they lie in. */
const placesOf = (cluster: readonly Mention[]) => new Set(cluster.flatMap((m) => m.places.flatMap((p) => [p.name, p.admin1].filter((x): x is string => Boolean(x)))));
/** Parties a group names. */
const partiesIn = (cluster: readonly Mention[]) => new Set(cluster.flatMap((m) => m.actors.flatMap(partiesOf)));
const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === 0 || b.size === 0 || [...a].some((x) => b.has(x));
const done = (cluster: readonly Mention[]) => cluster.every((m) => m.status !== 'scheduled' && !m.background);

/**
 * Whether a group is of a happening that took place, most of whose reports that type it tell it:
 * "villagers protesting the pylons" beside two reports that they stoned the guards is the riot.
 */
const isOf = (told: Told, cluster: readonly Mention[]) => {
  const typed = cluster.filter((m) => m.type !== undefined);
  return done(cluster) && cluster.every((m) => m.kind === told.kind) && typed.filter((m) => tells(told, m)).length * 2 > typed.length;
};
/** Whether a group, all of one kind, took place and holds no report of a type that keeps it apart. */
const toldAs = (told: Told, cluster: readonly Mention[]) => done(cluster) && cluster.every((m) => m.kind === told.kind && !(told.never ?? []).includes(m.type ?? ''));

/**
 * Joins the groups of one happening that reports tell as different kinds (`ONE_HAPPENING`): a
 * riot, and the clash and the fire on people of its day; an abduction, and the seizure of its day.
 * A group of the other kind joins when some report of it dates it to the happening's day, it
 * names a place the happening names (or either names none) and a party in common (or either
 * names none), and, for a row marked `sameArticle`, when an article tells both ("Borean guards shot
 * two herders near the pass", "the guards said they came under fire and answered it": one article
 * giving each side's account). Only where the happening itself is told: a clash and a shell on a market, with no
 * crowd, stay two. One that could join two groups of a kind joins neither; a plan, a background
 * line, a peaceful protest, ground taken and a release stay apart. Every report, quote and figure
 * goes to the joined group. Returns new groups; the groups given are not changed. Linear in the
 * groups for few happenings of a day.
 * @example joinTellings([[riotAtPass], [guardsFireOnVillagers], [clashAtPass]]).length // 1
 */
export function joinTellings(clusters: readonly Mention[][]): Mention[][] {
  const into = new Map<Mention[], Mention[]>();
  for (const row of ONE_HAPPENING) {
    const anchors = clusters.filter((c) => !into.has(c) && isOf(row.happening, c));
    if (anchors.length === 0) continue;
    const anchored = new Set(anchors);
    // The other tellings found by their days, so that many happenings beside many groups stay linear.
    const byDay = new Map<string, { cluster: Mention[]; as: number }[]>();
    for (const cluster of clusters) {
      if (into.has(cluster) || anchored.has(cluster)) continue;
      row.toldAs.forEach((told, as) => {
        if (!toldAs(told, cluster)) return;
        for (const day of daysOf(cluster, told)) (byDay.get(day) ?? byDay.set(day, []).get(day)!).push({ cluster, as });
      });
    }
    for (const anchor of anchors) {
      const sameDay = [...daysOf(anchor, row.happening)].flatMap((d) => byDay.get(d) ?? []);
      const articles = new Set(anchor.map((m) => m.source));
      const fits = (cluster: Mention[]) =>
        !into.has(cluster) && meets(placesOf(anchor), placesOf(cluster)) && meets(partiesIn(anchor), partiesIn(cluster)) && (!row.sameArticle || cluster.some((m) => articles.has(m.source)));
      for (const as of row.toldAs.keys()) {
        const candidates = [...new Set(sameDay.filter((t) => t.as === as && fits(t.cluster)).map((t) => t.cluster))];
        if (candidates.length === 1) into.set(candidates[0]!, anchor);
      }
    }
  }
  if (into.size === 0) return [...clusters];
  // A group joined into a group that itself joined another goes where that one went.
  const root = (c: Mention[]): Mention[] => (into.has(c) ? root(into.get(c)!) : c);
  const grown = new Map<Mention[], Mention[]>();
  for (const telling of into.keys()) {
    const target = root(telling);
    (grown.get(target) ?? grown.set(target, [...target]).get(target)!).push(...telling);
  }
  return clusters.filter((c) => !into.has(c)).map((c) => grown.get(c) ?? c);
}
