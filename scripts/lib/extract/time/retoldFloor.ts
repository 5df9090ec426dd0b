import type { DateTime } from 'luxon';
import type { Anchor, ArticleAnalysis, Trigger } from '../sentences/analyseArticle.ts';
import { SPEECH_KINDS } from '../sentences/speechKinds.ts';
import { RECURRING_KINDS } from '../happenings/recurringKinds.ts';
import { placesOf } from './placesOf.ts';
import { nameKey } from '../sentences/nameKey.ts';

/** A happening another report of the run dates to a day in its own words, with the places its sentence names. */
export interface DatedElsewhere {
  day: DateTime;
  anchor: Pick<Anchor, 'trigger' | 'type' | 'who' | 'told'> & Partial<Pick<Anchor, 'tense'>>;
  places: ReadonlySet<string>;
}

/** How far two anchors tell one happening (1 the same kind, or one act named from either side). */
export type SameHappening = (a: Pick<Anchor, 'trigger' | 'type'>, b: Pick<Anchor, 'trigger' | 'type'>) => number;

/** Two reports' words for one trigger or doer, compared as names are (nameKey), spacing aside. */
const fold = (s?: string) => nameKey(s ?? '').replace(/\s+/g, ' ').trim();

/** A date at a month's precision or coarser: "last month", "in March", "in 2019". */
const isCoarse = (t: ArticleAnalysis['sentences'][number]['dates'][number]) =>
  t.spec.type === 'relative' ? t.spec.unit !== 'day' && t.spec.unit !== 'weekend' && t.spec.unit !== 'week' : t.spec.type === 'calendar' && t.spec.day === undefined && t.spec.weekday === undefined;

/**
 * A happening the text tells as done and gives no day ("the coastguards detained the fishermen as
 * they hauled in their nets"): a recap of news another report dates. Not a saying (somebody says
 * something most days) nor a meeting (the same parties meet again and again), nor violence, which
 * goes on day after day (a strike at one target aside), nor what goes on up to the report ("have
 * held the crew for days"), nor what is hedged, planned or denied.
 */
const isRetold = (t: Trigger) =>
  t.type !== undefined &&
  !SPEECH_KINDS.has(t.value) &&
  t.value !== 'talks' &&
  t.happening.perfect !== 'present' &&
  (!RECURRING_KINDS.has(t.value) || t.value === 'strike') &&
  !t.happening.modality &&
  !t.happening.negated &&
  t.happening.tense === 'past';

/**
 * The latest day another report of the run gives a happening this one retells undated, told done:
 * the report was written on it or after. Only a match of the same kind, named alike (its word or
 * its doer) or at a place both name; a day the other report dates only as a telling, or as a
 * plan, bounds nothing.
 * @example retoldFloor(analysis, dated, sameHappening) // DateTime 2031-07-19, the day another report gives the detention it retells
 */
export function retoldFloor(analysis: ArticleAnalysis, dated: readonly DatedElsewhere[], same: SameHappening): DateTime | undefined {
  let latest: DateTime | undefined;
  for (const s of analysis.sentences) {
    // "Last month's clashes ended in a ceasefire": a recap at a month's or a year's precision may
    // be of an earlier happening of the kind than the one the run dates, and bounds nothing.
    if (s.dates.some(isCoarse)) continue;
    const anchored = new Set(s.anchors.map((a) => a.trigger));
    const places = placesOf(s);
    for (const trigger of s.triggers) {
      if (anchored.has(trigger) || !isRetold(trigger)) continue;
      for (const d of dated) {
        if (
          d.anchor.told ||
          d.anchor.tense === 'future' ||
          same(d.anchor, {
            trigger,
            ...(trigger.type ? { type: trigger.type } : {}),
          }) < 1
        )
          continue;
        const doer = fold(trigger.happening.agent?.text);
        const alike = fold(d.anchor.trigger.text) === fold(trigger.text) || (doer !== '' && doer === fold(d.anchor.trigger.happening.agent?.text)) || [...d.places].some((p) => places.has(p));
        if (alike && (!latest || d.day > latest)) latest = d.day;
      }
    }
  }
  return latest;
}

/**
 * Whether every weekday a report names of the past, counted back from `day`, falls on or after
 * `floor`: "on Saturday" in a report written after a Friday's seizure is the next day, and a
 * weekday that would fall before what the report retells is another week's, which the floor
 * cannot place.
 * @example weekdaysAgree(saturday, friday, [6]) // true
 */
export function weekdaysAgree(day: DateTime, floor: DateTime, weekdays: readonly number[]): boolean {
  return weekdays.length > 0 && weekdays.every((w) => day.minus({ days: (day.weekday - w + 7) % 7 }) >= floor);
}
