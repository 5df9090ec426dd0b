import type { Citation, Event } from '../../../../src/lib/eventSchema.ts';
import type { Draft } from './mergeCluster.ts';

const slug = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const key = (c: Citation) => `${c.source}\n${c.quote}`;

/**
 * Gives each draft a readable id that stays the same from run to run: an event that shares a
 * citation and kind with one of the previous run keeps that one's id, so a maintainer's edits
 * to it still apply when a new article makes its date more precise. Otherwise `date-kind`,
 * lengthened by phase, participants or a counter until unique.
 * @example assignIds([talksDraft], [])[0] // '2025-12-24-talks'
 */
export function assignIds(drafts: readonly Draft[], previous: readonly Pick<Event, 'id' | 'kind' | 'citations'>[]): string[] {
  const taken = new Set<string>();
  const ids: (string | undefined)[] = drafts.map(() => undefined);

  // Keep previous ids first, best overlap first, each previous id used once.
  const pairs = drafts.flatMap((draft, i) => {
    const cited = new Set(draft.citations.map(key));
    return previous
      .filter((p) => p.kind === draft.kind)
      .map((p) => ({ i, id: p.id, overlap: p.citations.filter((c) => cited.has(key(c))).length }))
      .filter((p) => p.overlap > 0);
  });
  for (const pair of pairs.sort((a, b) => b.overlap - a.overlap || a.i - b.i || a.id.localeCompare(b.id))) {
    if (ids[pair.i] === undefined && !taken.has(pair.id)) {
      ids[pair.i] = pair.id;
      taken.add(pair.id);
    }
  }

  return drafts.map((draft, i) => {
    if (ids[i]) return ids[i]!;
    const base = `${draft.date}-${draft.kind}`;
    const candidates = [base, `${base}-${draft.phase ?? ''}`, `${base}-${slug(draft.who ?? draft.name ?? '')}`, `${base}-${draft.phase ?? ''}-${slug(draft.who ?? draft.name ?? '')}`]
      .map((c) => c.replace(/-+$/, '').replace(/--+/g, '-'));
    let id = candidates.find((c) => !taken.has(c));
    for (let n = 2; !id; n++) if (!taken.has(`${base}-${n}`)) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}
