import type { Kind } from '../../../../src/lib/eventSchema.ts';
import type { Mention } from '../mentions/buildMentions.ts';

/**
 * Kinds a government's decision carries out in the same breath. Statements are not among them:
 * a minister calling the decision a mistake is a reaction an analyst codes on its own.
 */
const ALONGSIDE = new Set<Kind>(['diplomacy']);

/**
 * Folds into one report the diplomatic steps one sentence tells of with a decision on the same day:
 * "parliament approved a mobilisation and halted negotiations". An analyst codes the decision once,
 * with what was broken off by it; counted apart, the step would be a second event of one happening.
 * A diplomatic step of another day, or told in another sentence, stays its own.
 * @example foldSentenceActs([decisionIn3, talksHaltedIn3]).length // 1
 */
export function foldSentenceActs(mentions: readonly Mention[]): Mention[] {
  const key = (m: Mention) => [m.source, m.sentence, m.time.date, m.time.endDate ?? '', m.status].join('|');
  const decisions = new Map<string, Mention>();
  for (const m of mentions) if (m.kind === 'measure' && !decisions.has(key(m))) decisions.set(key(m), m);
  const folded = new Map<Mention, Mention>();
  const kept: Mention[] = [];
  for (const m of mentions) {
    const decision = ALONGSIDE.has(m.kind) ? decisions.get(key(m)) : undefined;
    if (!decision) {
      kept.push(m);
      continue;
    }
    const into = folded.get(decision) ?? { ...decision, figures: [...decision.figures], claims: [...decision.claims], actors: [...decision.actors] };
    folded.set(decision, into);
    into.figures.push(...m.figures);
    into.claims.push(...m.claims);
    for (const actor of m.actors) if (!into.actors.includes(actor)) into.actors.push(actor);
  }
  return kept.map((m) => folded.get(m) ?? m);
}
