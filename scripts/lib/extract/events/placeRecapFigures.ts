import { daySpan } from '../../../../src/lib/partialDate.ts';
import type { Mention } from '../mentions/buildMentions.ts';
import { latestOfKind } from './latestOfKind.ts';
import type { Draft } from './mergeCluster.ts';
import { TERRITORIAL_TYPES } from './territorialTypes.ts';

const firstDay = (d: Draft) => daySpan(d.date).first;
const lastDay = (d: Draft) => daySpan(d.endDate ?? d.date).last;
// Ground changing hands is the outcome of fighting, not the fighting a toll counts.
const COUNTS_NO_TOLL: ReadonlySet<string> = TERRITORIAL_TYPES;

/**
 * Gives the figures of recaps that joined no event ("after clashes in January that killed 40
 * soldiers") to the happening of their kind inside the recap's own period, the latest there, and
 * to nothing when the timeline has none: a toll of an earlier round never counts the news of the
 * day ("troops clashed on Thursday, killing two"). Returns new drafts; the input is not changed.
 * @example placeRecapFigures([clashOn6March], [januaryRecapWith40Killed])[0].figures.length // 0
 */
export function placeRecapFigures(drafts: readonly Draft[], recaps: readonly Mention[]): Draft[] {
  const out = [...drafts];
  const indexOf = new Map(drafts.map((d, i) => [d, i]));
  for (const recap of recaps) {
    if (recap.figures.length === 0) continue;
    const first = daySpan(recap.time.date).first;
    const last = daySpan(recap.time.endDate ?? recap.time.date).last;
    const found = latestOfKind(drafts, [recap.kind], firstDay, { by: last, where: (d) => !COUNTS_NO_TOLL.has(d.type ?? '') && lastDay(d) >= first });
    if (!found) continue;
    const i = indexOf.get(found)!;
    out[i] = { ...out[i]!, figures: [...out[i]!.figures, ...recap.figures] };
  }
  return out;
}
