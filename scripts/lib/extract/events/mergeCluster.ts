import type { Citation, Event, Status } from '../../../../src/lib/eventSchema.ts';
import { precisionOf } from '../../../../src/lib/partialDate.ts';
import type { Phase } from '../lexicon/lexiconSchema.ts';
import type { Mention } from '../mentions/buildMentions.ts';
import { uniqueBy } from '../../../../src/lib/uniqueBy.ts';

/** An event before it has a title, summary and id. */
export type Draft = Omit<Event, 'id' | 'title' | 'summary'> & {
  phase?: Phase;
  who?: string;
  name?: string;
  /** Who did it, as a party, when the reports agree on one: "Borea" for "Borea broke off relations". */
  agent?: string;
  /** For something said: the verb a title gives it ("urges") and what about ("restraint"). */
  says?: string;
  saysAbout?: string;
};

const citationKey = (c: Citation) => `${c.source}\u0000${c.quote}`;
/** The items whose key was not seen before, in order: linear, for clusters of thousands of reports. */
/** Dated by its own words first, then by the day it was told of, then by the article's time. */
const DATING = { own: 0, told: 1, context: 2 } as const;

/** The most common value, the earliest-mentioned on a tie. */
function mostCommon<T>(values: readonly (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

/**
 * What the reports together say became of a happening, counted by article, not by report: an
 * article that tells a clash five times is one voice. An article tells it as done when one of its
 * reports says it took place and none denies it; it only claims it when its reports claim or deny
 * it. The happening is `occurred` when more articles tell it as done than only claim it (a raid
 * three reports tell as fact and one side denies in a fourth), or as many and none of the others
 * denies it (a clash one report tells and another carries only as one side's charge);
 * `claimed` when it rests on one side's word more than on fact, or a denial weighs as much as the
 * fact; and `scheduled` while every report only announces it (a plan a later report says was held
 * is done).
 */
function statusOf(all: readonly Mention[]): Status {
  // A report that only names the happening as known inside someone's words ("accused each other
  // of breaking the truce") claims the breach, not the truce: it has no say in whether the truce
  // was agreed, unless no other report tells of it. A denial of it still has its say.
  const voting = all.filter((m) => !(m.anaphoric && m.status === 'claimed' && !m.denied));
  const mentions = voting.length > 0 ? voting : all;
  const done = new Set<string>();
  const claimed = new Set<string>();
  for (const m of mentions) {
    if (m.status === 'occurred' && !m.denied) done.add(m.source);
    if (m.status === 'claimed' || m.denied) claimed.add(m.source);
  }
  // A denial an article quotes cancels its telling of the happening as done, unless the denial
  // only names the happening as known ("rejected the charge that its troops had shelled the
  // hill") while the article itself tells, in its own words, that it took place.
  const told = new Set(mentions.filter((m) => m.status === 'occurred' && !m.denied && !m.anaphoric).map((m) => m.source));
  for (const m of mentions) if (m.denied && !(m.anaphoric && told.has(m.source))) done.delete(m.source);
  for (const source of done) claimed.delete(source);
  if (done.size === 0) return claimed.size > 0 ? 'claimed' : 'scheduled';
  // As many articles telling it as done as only telling one side's word of it ("shooting broke
  // out on Saturday" here, "the ministry said its guards had been fired on" there): the word
  // disputes who did what, not whether it took place. A denial among them disputes that, and keeps
  // it a claim.
  const denying = mentions.some((m) => m.denied && claimed.has(m.source));
  return done.size > claimed.size || (done.size === claimed.size && !denying) ? 'occurred' : 'claimed';
}

/**
 * One event from the reports of one happening: the date its most precise report gives (its own
 * words before a date the article's context lends), every citation, figure and claim, and the
 * union of actors and places. Reports are taken in article order.
 * @example mergeCluster([fromA, fromB]).citations.length // 2
 */
export function mergeCluster(cluster: readonly Mention[]): Draft {
  const mentions = [...cluster].sort((a, b) => a.source.localeCompare(b.source) || a.sentence - b.sentence);
  // A report that only joins a happening others date (a denial of it, "the truce") gives no date of its own.
  const dating = cluster.some((m) => !m.anaphoric) ? cluster.filter((m) => !m.anaphoric) : cluster;
  const byDating = [...dating].sort((a, b) => DATING[a.dating] - DATING[b.dating]);
  const exact = byDating.filter((m) => !m.time.approximate && precisionOf(m.time.date) === 'day');
  // Days an article follows one round of fighting over make a span: days its words give, not the
  // days a report merely mentioned it on.
  // A truce holding on later days is its state, not more days of it.
  // The day a happening was told of is the latest it can have happened on: a day a report gives
  // in its own words, on or before it, is its day ("said on Thursday that gunmen had attacked a
  // post" and "the attack took place on Tuesday night" are of Tuesday, not Tuesday to Thursday).
  const spanning = exact.filter((m) => m.dating !== 'context' && m.phase !== 'hold');
  const ownFirst = spanning.filter((m) => m.dating === 'own').map((m) => m.time.date).sort()[0];
  const days = [...new Set(spanning.filter((m) => m.dating !== 'told' || ownFirst === undefined || m.time.date < ownFirst).flatMap((m) => [m.time.date, m.time.endDate ?? m.time.date]))].sort();
  const when = days.length > 1 ? { date: days[0]!, endDate: days.at(-1)!, approximate: false } : (exact[0]?.time ?? byDating[0]!.time);
  // What happened is told by the reports that date it to a day: a recap of the month folded in
  // ("clashes began early in November") names the round, not what its day's reports say it was.
  const precise = mentions.filter((m) => !m.time.approximate && precisionOf(m.time.date) === 'day');
  const voters = precise.length > 0 ? precise : mentions;
  // Its phase any report may tell: "the truce agreed in July" names what the day's "took effect" does not.
  const phase = mostCommon(mentions.map((m) => m.phase).filter((p) => p !== 'hold')) ?? mostCommon(mentions.map((m) => m.phase));
  // Reports of one day's violence as fighting and as strikes: fighting, the broader, on a tie.
  const kind = mostCommon([...voters.filter((m) => m.kind === 'fighting'), ...voters.filter((m) => m.kind !== 'fighting')].map((m) => m.kind))!;
  const type = mostCommon(voters.filter((m) => m.kind === kind).map((m) => m.type));
  // Participants as a body names them ("the General Border Committee") before a description ("officials").
  const who = mentions.find((m) => m.who && /^(?:the\s+)?\p{Lu}/u.test(m.who))?.who ?? mentions.find((m) => m.who)?.who;
  const name = mentions.find((m) => m.name)?.name;
  const speaker = mostCommon(mentions.map((m) => m.speaker));
  // One party as the doer only when no report names another.
  const agents = new Set(mentions.flatMap((m) => (m.agent ? [m.agent] : [])));
  const agent = agents.size === 1 ? [...agents][0] : undefined;
  const addressee = mostCommon(mentions.map((m) => m.addressee));
  // An act dated only by a vague day of its telling ("earlier in the week, the army said it had
  // killed ten") may be any round before it: its toll counts a day's happening no more.
  const counting = precise.length > 0 ? mentions.filter((m) => !(m.dating === 'told' && precisionOf(m.time.date) === 'day' && (m.time.approximate || m.time.endDate !== undefined))) : mentions;
  // The words of the speaker's own report, the first that has them.
  const worded = mentions.find((m) => m.speaker === speaker && m.says);
  return {
    date: when.date,
    ...(when.endDate ? { endDate: when.endDate } : {}),
    approximate: when.approximate,
    kind,
    ...(type ? { type } : {}),
    status: statusOf(mentions),
    ...(speaker ? { speaker } : {}),
    ...(addressee ? { addressee } : {}),
    ...(agent ? { agent } : {}),
    places: uniqueBy(mentions.flatMap((m) => m.places), (p) => p.name),
    actors: [...new Set(mentions.flatMap((m) => m.actors))],
    figures: uniqueBy(counting.flatMap((m) => m.figures), (f) => `${f.measure}\u0000${f.text}\u0000${citationKey(f.citation)}`),
    claims: uniqueBy(mentions.flatMap((m) => m.claims), (c) => `${c.about}\u0000${citationKey(c.citation)}`),
    citations: uniqueBy(mentions.flatMap((m) => m.citations), citationKey),
    ...(phase ? { phase } : {}),
    ...(who ? { who } : {}),
    ...(name ? { name } : {}),
    ...(worded?.says ? { says: worded.says } : {}),
    ...(worded?.saysAbout ? { saysAbout: worded.saysAbout } : {}),
  };
}
