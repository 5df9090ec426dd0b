import type { Mention } from '../mentions/buildMentions.ts';

/**
 * Folds each report into the report `targetOf` names for it: what it carried (figures, claims,
 * actors not named yet) goes to that report, and the report itself goes. Reports named as no
 * target stay, in order; the reports given are not changed. The one way the fold stages
 * (foldSentenceActs, foldUndatedViolence, foldAnnouncedPlans, foldAttacksIntoClash) merge; linear
 * in the reports. With `citations`, the folded report's quotes go too: a report of another
 * sentence is a telling of its own that the event should cite. The target keeps, in `folded`,
 * the kinds it took in: what it told besides its own kind; in `absorbed`, which reports, by `origin`.
 * @example foldInto([riot, attack], (m) => (m === attack ? riot : undefined)).length // 1
 */
export function foldInto(mentions: readonly Mention[], targetOf: (m: Mention) => Mention | undefined, { citations = false } = {}): Mention[] {
  const folded = new Map<Mention, Mention>();
  const kept: Mention[] = [];
  for (const m of mentions) {
    const target = targetOf(m);
    if (!target) {
      kept.push(m);
      continue;
    }
    const into = folded.get(target) ?? { ...target, figures: [...target.figures], claims: [...target.claims], actors: [...target.actors], citations: [...target.citations], ...(target.absorbed ? { absorbed: [...target.absorbed] } : {}) };
    folded.set(target, into);
    into.figures.push(...m.figures);
    into.claims.push(...m.claims);
    for (const actor of m.actors) if (!into.actors.includes(actor)) into.actors.push(actor);
    if (citations) into.citations.push(...m.citations);
    if (!(into.folded ?? []).includes(m.kind)) into.folded = [...(into.folded ?? []), m.kind];
    if (m.origin !== undefined) (into.absorbed ??= []).push(m.origin, ...(m.absorbed ?? []));
  }
  return kept.map((m) => folded.get(m) ?? m);
}
