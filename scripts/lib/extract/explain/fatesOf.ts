import type { Citation } from '../../../../src/lib/eventSchema.ts';
import type { Mention } from '../mentions/buildMentions.ts';
import type { FoldNote } from './traceFolds.ts';
import type { JoinNote } from './traceJoins.ts';
import { describeMention } from './describeMention.ts';
import { isExactDay } from '../time/isExactDay.ts';

/** What became of one report as built, on its way to the events. */
export interface Fate {
  /** What each stage did to it, in order: "folded into … by foldSentenceActs", "merged by clusterMentions into …". */
  steps: string[];
  /** The step that took it out, folded it into another report or merged it into another's group, by name: "foldSentenceActs", "clusterMentions". */
  by?: string;
  /** For a report clustering merged into a group founded by another: how it stood to the reports before it (joinedAs). */
  as?: string;
  /** The id of the event it ended in; none when it was lost. */
  event?: string;
}

/** What an event's draft shows of the group it came from. */
type Drafted = { kind: string; date: string; citations: readonly Citation[] };

/** What the trace kept of each stage, for `fatesOf`. */
export interface StagesSeen {
  /** The reports as built; a report's `origin` is its index here. */
  built: readonly Mention[];
  folds: ReadonlyMap<number, readonly FoldNote[]>;
  /** The groups as clustering made them, before any join. */
  clustered: readonly (readonly Mention[])[];
  /** The reports clustering left out. */
  left: readonly Mention[];
  joins: ReadonlyMap<number, readonly JoinNote[]>;
  /** Each group after the joins, with the one draft it made, before dates were reconciled. */
  grouped: readonly { members: readonly Mention[]; draft: Drafted }[];
  /** The drafts in the events' order, with their ids. */
  events: readonly (Drafted & { id: string })[];
}

/** Dated to less than a day: a month, a year or a window of days. */
const vague = (m: Mention) => !isExactDay(m.time);
const key = (c: Citation) => `${c.source}\u0000${c.quote}`;

/**
 * How each report of a group stood to the reports that joined it before, in a few words the counts
 * can use: a recap of their period, named as known, of a later day than all of them, of another
 * kind than those of its day, or of their kind and day. `join` is asked of the reports in the
 * order they joined, and keeps what it needs of each, so a group of thousands is read once.
 */
function joinedSoFar(): { join: (m: Mention) => string } {
  let precise = false;
  const kindsOn = new Map<string, Set<string>>();
  const spans: Mention[] = [];
  const judge = (m: Mention) => {
    if (vague(m) && precise) return 'a recap of its period';
    if (m.anaphoric) return 'named as known';
    const day = m.time.date;
    const kinds = new Set(kindsOn.get(day) ?? []);
    for (const b of spans) if (b.time.date <= day && day <= b.time.endDate!) kinds.add(b.kind);
    if (kinds.size === 0) return 'a later day';
    return kinds.has(m.kind) ? 'its kind and day' : 'another kind, same day';
  };
  return {
    join: (m) => {
      const as = judge(m);
      if (!vague(m)) {
        precise = true;
        if (m.time.endDate) spans.push(m);
        else (kindsOn.get(m.time.date) ?? kindsOn.set(m.time.date, new Set()).get(m.time.date)!).add(m.kind);
      }
      return as;
    },
  };
}

/** Why clustering left a report out, from how it is told. */
function whyLeft(m: Mention): string {
  if (m.anaphoric) return 'left out by clusterMentions: named as known, and no group of its kind and date took it';
  if (m.background && vague(m)) return 'left out by clusterMentions: a recap of a month or a year that no day-precise report of its period matched';
  if (m.background) return 'left out by clusterMentions: a day only recaps give, that no report tells as news';
  return 'left out by clusterMentions: a window of more than a week in a month gone by, that no report dates to a day';
}

/**
 * What became of each report as built: the stage that folded it into another report, merged it
 * into a group, joined its group to another, or left it out, and the event it ended in. Pure:
 * read from what each stage returned.
 * @example fatesOf(seen)[3] // { steps: ['folded into the strike mention of sentence 2 (2024-03-18) by foldHarmIntoRaid', …], event: '2024-03-18-strike' }
 */
export function fatesOf(seen: StagesSeen): Fate[] {
  const groupOf = new Map<number, number>();
  seen.grouped.forEach((g, i) => g.members.forEach((m) => m.origin !== undefined && !groupOf.has(m.origin) && groupOf.set(m.origin, i)));
  // A group's draft lies whole inside one event: reconcileDates only adds another article's dating to it.
  // Two groups may cite one sentence alone (a strike and the statement told in it): the kind and date tell their events apart.
  // Events are looked up by their citations, so a run of thousands of events is traced in linear time.
  const citing = new Map<string, number[]>();
  seen.events.forEach((e, index) => {
    for (const k of new Set(e.citations.map(key))) (citing.get(k) ?? citing.set(k, []).get(k)!).push(index);
  });
  const eventOfGroup = seen.grouped.map(({ draft }) => {
    const wanted = draft.citations.map(key);
    const holding = (citing.get(wanted[0] ?? '') ?? []).flatMap((index) => {
      const e = seen.events[index]!;
      const has = new Set(e.citations.map(key));
      return e.kind === draft.kind && wanted.every((k) => has.has(k)) ? [{ index, same: e.date === draft.date }] : [];
    });
    const found = holding.find((h) => h.same) ?? holding[0];
    return found && { index: found.index, joined: seen.events[found.index]!.citations.length > new Set(wanted).size };
  });
  const clusterNote = new Map<number, string>();
  const joinedBy = (origin: number) => seen.joins.get(origin)?.[0]?.step;
  const mergedAs = new Map<number, string>();
  for (const c of seen.clustered) {
    const head = c[0];
    if (!head) continue;
    const before = joinedSoFar();
    c.forEach((m) => {
      const as = before.join(m);
      if (m.origin === undefined || m.origin === head.origin || clusterNote.has(m.origin)) return;
      mergedAs.set(m.origin, as);
      clusterNote.set(
        m.origin,
        as === 'a recap of its period'
          ? `merged by clusterMentions, as a recap of its period, into the day-precise group of the ${describeMention(head)}`
          : `merged by clusterMentions (${as}) into the group of the ${describeMention(head)}: kinds of one family, dates that fit, nothing telling them apart`,
      );
    });
  }
  const left = new Set(seen.left.flatMap((m) => (m.origin !== undefined ? [m.origin] : [])));
  const rootOf = (origin: number): number => {
    const into = seen.folds.get(origin)?.find((n) => n.removed)?.into;
    return into === undefined || into === origin ? origin : rootOf(into);
  };
  return seen.built.map((_, origin) => {
    const folds = seen.folds.get(origin) ?? [];
    const steps = folds.map((n) => n.how);
    const folded = folds.find((n) => n.removed)?.step;
    const root = rootOf(origin);
    if (folds.some((n) => n.removed && n.into === undefined)) return { steps, by: folded! };
    if (root === origin && left.has(origin)) return { steps: [...steps, whyLeft(seen.built[origin]!)], by: 'clusterMentions' };
    const note = clusterNote.get(origin);
    if (note) steps.push(note);
    steps.push(...(seen.joins.get(origin) ?? []).map((n) => n.how));
    const by = folded ?? (note ? 'clusterMentions' : joinedBy(origin));
    const as = !folded && note ? mergedAs.get(origin) : undefined;
    const group = groupOf.get(root);
    const found = group === undefined ? undefined : eventOfGroup[group];
    if (!found) return { steps: [...steps, root !== origin && left.has(root) ? 'lost with the report it was folded into' : 'in no event'], ...(by ? { by } : {}), ...(as ? { as } : {}) };
    if (found.joined) steps.push('its event joined by reconcileDates to another article\'s dating of the same happening');
    const byAny = by ?? (found.joined ? 'reconcileDates' : undefined);
    return { steps, ...(byAny ? { by: byAny } : {}), ...(as ? { as } : {}), event: seen.events[found.index]!.id };
  });
}
