import type { Fate } from '../../extract/explain/fatesOf.ts';
import type { Mention } from '../../extract/mentions/buildMentions.ts';
import type { KeyHappening } from './devsetKey.ts';
import { isRightDate } from './isRightDate.ts';
import { commonestFirst } from '../../commonestFirst.ts';
import { takenBy } from './takenBy.ts';

/**
 * What joined a happening that shares its kind and day with a found one into that one's event, by
 * its articles' mentions of its kind at its date: the step that took them (the commonest, as
 * `takenBy` words it), or, when each of them made an event of its own (the other happening's),
 * that it was never read as a mention of its own; none at its date at all, when the step is
 * earlier (a date, a trigger). Names no sentence, like furthestStage.
 * @example joinedBy(keyShelling, ['a.txt'], mentions, fates) // 'merged by clusterMentions (its kind and day)'
 */
export function joinedBy(h: KeyHappening, files: ReadonlySet<string>, mentions: readonly Mention[], fates: readonly Fate[]): string {
  const kinds = new Set<string>([h.kind, ...h.alsoKinds]);
  const atDate = mentions.flatMap((m, i) => (files.has(m.source) && kinds.has(m.kind) && isRightDate(m.time, h) && fates[i] ? [fates[i]] : []));
  if (atDate.length === 0) return 'no mention of its kind at its date';
  const taken = atDate.filter((fate) => fate.by || fate.event === undefined).map(takenBy);
  return taken.length === 0 ? 'never read as a mention of its own' : commonestFirst(taken)[0]![0];
}
