import type { Claim } from '../../../../src/lib/eventSchema.ts';
import type { Draft } from './mergeCluster.ts';
import { daysBetween } from '../time/dayArithmetic.ts';
import { uniqueBy } from '../../../../src/lib/uniqueBy.ts';
import { nameKey } from '../sentences/nameKey.ts';

/** Days apart two reports may date one happening and still be taken to disagree, not to tell of two. */
const APART_DAYS = 3;
// Happenings that happen once under a name or among one body: an accord, a meeting of a committee.
const ONE_OFF = new Set(['ceasefire', 'talks']);
// A round of fighting breaks out once: two articles that date its outbreak days apart disagree.
const isOutbreak = (d: Draft) => d.kind === 'fighting' && d.phase === 'begin';

/** Offices a report puts before a person's name: "President Ana Reyes" is Ana Reyes. */
const OFFICE = /^(?:(?:president|prime|foreign|defen[cs]e|interior|deputy|minister|general|gen\.?|lt\.?|maj\.?|col\.?|secretary|ambassador|spokes(?:man|woman|person))[\s-]+)+/i;
/** A speaker's name without the office put before it, lowercased. */
const nameOf = (speaker: string) => nameKey(speaker.replace(OFFICE, '').trim());
/** Whether a report names the speaker with an office, as only a person is named. */
const titled = (d: Draft) => d.speaker !== undefined && OFFICE.test(d.speaker);
/**
 * Verbs a speaker uses day after day, which tell no one statement from another: appeals ("urges",
 * "calls on") and the plain verbs of speech ("says", "tells", "issues", "voices concern").
 */
const REPEATED = /^(?:urges?|asks?|appeals?|calls?|says?|tells?|states?|adds?|notes?|announces?|confirms?|issues?|writes?|explains?|reports?|repeats?|insists?|voices?)\b/;
/**
 * A statement in one verb that judges or answers, not an appeal or a plain "says": "Morales
 * condemns the shooting", dated by one outlet to the day of the shooting and by another to the
 * next. A country or a body speaks day after day, and appeals and accusations are repeated; one
 * person's words in one verb that outlets date days apart, one of them naming the person by
 * office, are the same words (checked below).
 */
const isSaying = (d: Draft) => d.kind === 'statement' && d.speaker !== undefined && d.says !== undefined && !REPEATED.test(d.says);

/**
 * A truce the reports give no name ("both sides accepted a halt to the fighting on Sunday"; in
 * Monday's other report, "a ceasefire took effect this morning"): agreed one evening and in force
 * the next morning, or filed in two time zones, it is dated a day apart, no more. An accord
 * (a peace agreement) with no name is not among them: its signing is a day of its own.
 */
const isNamelessTruce = (d: Draft) => d.kind === 'ceasefire' && d.type === 'ceasefire' && d.name === undefined && d.who === undefined;
/** Days apart two reports may date a nameless truce and still disagree on one: a night between. */
const TRUCE_APART_DAYS = 1;

/** What tells one such happening from another: the name the text gives it, who meets, or who said what; a nameless truce, none. */
const identity = (d: Draft) =>
  ((d.name ?? d.who) !== undefined ? nameKey((d.name ?? d.who)!) : undefined) ?? (isOutbreak(d) ? 'outbreak' : isSaying(d) ? `${nameOf(d.speaker!)}|${d.says}` : isNamelessTruce(d) ? 'truce' : undefined);
const sources = (d: Draft) => new Set(d.citations.map((c) => c.source));

/**
 * One event, not two, for a happening that different articles date a few days apart: an accord
 * or a meeting of the same name or body, the outbreak of a round of fighting, or one person's
 * statement in one verb ("Reyes condemns"), of the same kind
 * and type, dated to different days by
 * articles that share none of their reports. The event keeps the date most reports give (the
 * earlier on a tie) and records each source's date as a claim about the date, which the site
 * shows as it shows figures sources give differently. Returns new drafts.
 * @example reconcileDates([accordOn26From000, accordOn27From004]).length // 1
 */
export function reconcileDates(drafts: readonly Draft[]): Draft[] {
  const out: (Draft | undefined)[] = [...drafts];
  const groups = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    const id = identity(d);
    if (!(ONE_OFF.has(d.kind) || isOutbreak(d) || isSaying(d)) || !id || d.date.length !== 10 || d.endDate !== undefined || d.status === 'scheduled') return;
    // A nameless truce agreed and the truce taking effect are one: the phase tells them apart no more than the day.
    const phase = isNamelessTruce(d) && d.phase === 'begin' ? '' : (d.phase ?? '');
    const key = `${d.kind}|${d.type ?? ''}|${phase}|${id}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const members of groups.values()) {
    const ordered = [...members].sort((a, b) => drafts[a]!.date.localeCompare(drafts[b]!.date));
    for (let k = 1; k < ordered.length; k++) {
      const [i, j] = [ordered[k - 1]!, ordered[k]!];
      const a = out[i];
      const b = out[j];
      if (!a || !b || Math.abs(daysBetween(a.date, b.date)) > (isNamelessTruce(a) ? TRUCE_APART_DAYS : APART_DAYS)) continue;
      if (isSaying(a) && !titled(a) && !titled(b)) continue;
      const seen = sources(a);
      if ([...sources(b)].some((s) => seen.has(s))) continue;
      const [base, other] = b.citations.length > a.citations.length ? [b, a] : [a, b];
      const dated = (d: Draft): Claim => ({ about: 'date', values: [d.date], citation: d.citations[0]! });
      const merged: Draft = {
        ...base,
        places: uniqueBy([...base.places, ...other.places], (p) => p.name),
        actors: [...new Set([...base.actors, ...other.actors])],
        figures: [...base.figures, ...other.figures],
        claims: [...base.claims, ...other.claims, dated(base), dated(other)],
        citations: [...base.citations, ...other.citations],
        status: base.status === 'occurred' || other.status === 'occurred' ? 'occurred' : base.status,
      };
      out[i] = undefined;
      out[j] = merged;
      ordered[k] = j;
    }
  }
  return out.filter((d): d is Draft => d !== undefined);
}
