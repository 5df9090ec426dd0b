import { daySpan } from '../../../../src/lib/partialDate.ts';
import { addClaim, type LooseClaim, type LooseFigure } from '../mentions/buildMentions.ts';
import { latestOfKind } from './latestOfKind.ts';
import type { Draft } from './mergeCluster.ts';
import { TERRITORIAL_TYPES } from './territorialTypes.ts';

const firstDay = (d: Draft) => daySpan(d.date).first;
// Ground changing hands is the outcome of fighting, not the fighting a toll counts: "in February
// they took Bukavu" takes no count of a battle an article could not date.
const COUNTS_NO_TOLL: ReadonlySet<string> = TERRITORIAL_TYPES;

/**
 * Gives the claims and figures no article could place to the happening each is most likely
 * about: the latest of its kind that had occurred by the day the figure's article was published,
 * and still went on after the figure's `since` when it has one (an agreement's broker to the
 * latest agreement not collapsing); a toll never goes to ground taken or given up. Returns new drafts.
 * @example placeLoose(drafts, [], [{ kinds: ['fighting'], figure, published: '2025-07-29' }])[0].figures.length // 1
 */
export function placeLoose(drafts: readonly Draft[], claims: readonly LooseClaim[], figures: readonly LooseFigure[]): Draft[] {
  const out = [...drafts];
  const indexOf = new Map(drafts.map((d, i) => [d, i]));
  // The same question is asked of every loose item alike: answer each once, on the input drafts.
  const answers = new Map<string, Draft | undefined>();
  const target = (key: string, find: () => Draft | undefined) => (answers.has(key) ? answers.get(key) : answers.set(key, find()).get(key));
  for (const { kind, claim } of claims) {
    const found = target(`claim|${kind}`, () => latestOfKind(drafts, [kind], firstDay, { where: (d) => d.phase !== 'collapse' }));
    if (!found) continue;
    const i = indexOf.get(found)!;
    if (!out[i]!.claims.some((c) => c.citation.quote === claim.citation.quote)) out[i] = addClaim(out[i]!, claim);
  }
  for (const { kinds, figure, published, since } of figures) {
    const where = (d: Draft) => !COUNTS_NO_TOLL.has(d.type ?? '') && (!since || daySpan(d.endDate ?? d.date).last >= since);
    const found = target(`figure|${kinds.join('|')}|${published}|${since}`, () => latestOfKind(drafts, kinds, firstDay, { by: published, where }));
    if (!found) continue;
    const i = indexOf.get(found)!;
    out[i] = { ...out[i]!, figures: [...out[i]!.figures, figure] };
  }
  return out;
}
