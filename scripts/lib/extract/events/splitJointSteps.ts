import type { Mention } from '../mentions/buildMentions.ts';

/**
 * Diplomatic steps one government takes alone: its envoy called home or another's sent away, its
 * border shut. Ties restored or an accord suspended may be one joint act; these never are.
 */
const ONE_SIDED = new Set(['envoy-recalled', 'border-closed']);
// Not partiesOf: a step split in one report per government must part "Arland, Borea, and Cordia"
// into bare names, where partiesOf, which only asks whether two lists share a name, leaves
// "and Cordia"; making partiesOf do the same would change which reports cluster.
const parties = (names: string) => names.split(/,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);

/**
 * Splits a one-sided diplomatic step that a report gives several parties as doing into one report
 * per party: "Arland and Borea each recalled their ambassadors" tells of two recalls, one by each
 * government, as an analyst codes them, not of one step both took together. Each report keeps the
 * words, figures and date of the one it came from. Returns new reports; linear in the reports.
 * @example splitJointSteps([recallByArlandAndBorea]).map((m) => m.agent) // ['Arland', 'Borea']
 */
export function splitJointSteps(mentions: readonly Mention[]): Mention[] {
  return mentions.flatMap((m) => {
    if (m.kind !== 'diplomacy' || !ONE_SIDED.has(m.type ?? '') || !m.agent) return [m];
    const each = [...new Set(parties(m.agent))];
    return each.length > 1 ? each.map((agent) => ({ ...m, agent })) : [m];
  });
}
