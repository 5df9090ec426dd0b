import type { Fate } from '../../extract/explain/fatesOf.ts';

/** The step that took a mention, in the words the counts use: "merged by clusterMentions", "left out as named as known". */
export function takenBy(fate: Fate): string {
  const last = fate.steps.at(-1) ?? '';
  if (fate.event === undefined && last.startsWith('left out')) return last.includes('named as known') ? 'left out as named as known' : 'left out as a recap';
  if (!fate.by) return fate.event === undefined ? 'in no event' : 'in its own event, not this happening\'s';
  const verb = fate.by === 'clusterMentions' ? 'merged' : fate.by.startsWith('fold') ? 'folded' : fate.by.startsWith('redate') ? 'redated' : 'joined';
  return `${verb} by ${fate.by}${fate.as ? ` (${fate.as})` : ''}`;
}
