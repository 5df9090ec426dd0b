import type { Happening } from '../../extract/happenings/findHappenings.ts';
import type { Fate } from '../../extract/explain/fatesOf.ts';
import type { Mention } from '../../extract/mentions/buildMentions.ts';
import type { ArticleAnalysis } from '../../extract/sentences/analyseArticle.ts';
import type { KeyHappening } from './devsetKey.ts';
import { isRightDate, spanOf, WINDOW_DAYS } from './isRightDate.ts';
import { DAY_MS } from '../../../../src/lib/dayMs.ts';
import { commonestFirst } from '../../commonestFirst.ts';
import { takenBy } from './takenBy.ts';

/**
 * How far the extractor got with a key happening it made no event for, judged by what it made of
 * the articles that tell it: the furthest stage any happening of its kind reached there.
 * - `lost`: a mention of its kind at its date was built, then folded, merged or dropped as a recap
 *   (with the trace's fates, by which step);
 * - `misdated`: mentions of its kind were built, none at its date;
 * - `undated`: its kind was taken as a trigger, which no date reached;
 * - `dropped`: its kind was read, and left out as negated, hedged, generic or not of the conflict;
 * - `unread`: nothing of its kind was read in any of its articles.
 * An article the extractor refused is counted apart, for the undated: its day would have dated them.
 */
export type Stage = 'lost' | 'misdated' | 'undated' | 'dropped' | 'unread';

export interface StageOf {
  stage: Stage;
  /** Which of its kind's happenings were dropped and why, or what became of the lost mention. */
  why: string;
}

/**
 * What the trigger stage left a happening out for, in the words the counts use: explainArticle's
 * whyDropped without the type or the hedging word, so that like reasons count together.
 */
function droppedFor(h: Happening): string {
  if (!h.conflict) return 'not of the conflict';
  if (h.negated) return 'negated';
  if (h.modality !== undefined) return `hedged (${h.modality})`;
  return 'generic, habitual, stopped, an instrument, a toll or inside a date';
}

/** Whether a mention's days lie within the scorer's window of the happening's. */
function near(m: Mention, h: KeyHappening): boolean {
  const a = spanOf(m.time);
  const b = spanOf(h);
  const gap = Math.max(Date.parse(a.first) - Date.parse(b.last), Date.parse(b.first) - Date.parse(a.last)) / DAY_MS;
  return gap <= WINDOW_DAYS;
}

const most = (reasons: readonly string[]) => commonestFirst(reasons)[0]![0];

/**
 * The furthest stage a missed happening's kind reached in the articles that tell it (`files`).
 * It names no sentence, so a set nobody may read can still say which stage a round should work on.
 * Pure.
 * @example furthestStage(keyShelling, ['a.txt'], analyses, mentions).stage // 'dropped'
 */
export function furthestStage(
  h: KeyHappening,
  files: ReadonlySet<string>,
  analyses: readonly ArticleAnalysis[],
  mentions: readonly Mention[],
  refused: ReadonlySet<string>,
  fates?: readonly Fate[],
): StageOf {
  const kinds = new Set<string>([h.kind, ...h.alsoKinds]);
  const own = mentions.flatMap((m, i) => (files.has(m.source) && kinds.has(m.kind) ? [{ m, fate: fates?.[i] }] : []));
  const atDate = own.filter(({ m }) => isRightDate(m.time, h));
  if (atDate.length > 0) {
    const why = atDate.every(({ m }) => m.background) ? 'a recap' : atDate.every(({ m }) => m.anaphoric) ? 'named as known' : 'folded or merged';
    // With the trace's fates, the step that took them instead: the commonest among those not left out, else among all.
    const steps = atDate.flatMap(({ fate }) => (fate ? [{ fate, label: takenBy(fate) }] : []));
    if (steps.length === 0) return { stage: 'lost', why };
    const kept = steps.filter(({ fate }) => fate.event !== undefined || !fate.steps.at(-1)?.startsWith('left out'));
    return { stage: 'lost', why: most((kept.length > 0 ? kept : steps).map(({ label }) => label)) };
  }
  if (own.length > 0) return { stage: 'misdated', why: own.some(({ m }) => near(m, h)) ? 'within a week of its date' : 'further off' };
  const sentences = analyses.filter((a) => files.has(a.article.name)).flatMap((a) => a.sentences.map((s) => ({ s, file: a.article.name })));
  const triggered = sentences.filter(({ s }) => s.triggers.some((t) => kinds.has(t.value)));
  if (triggered.length > 0) return { stage: 'undated', why: triggered.every(({ file }) => refused.has(file)) ? 'in refused articles' : 'no date reached it' };
  const read = sentences.flatMap(({ s }) => s.happenings.filter((x) => x.kind !== undefined && kinds.has(x.kind)));
  if (read.length > 0) return { stage: 'dropped', why: most(read.map(droppedFor)) };
  return { stage: 'unread', why: 'its kind read in none of its articles' };
}

