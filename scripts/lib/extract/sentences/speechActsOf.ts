import type { Happening } from '../happenings/findHappenings.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { nameIn } from './speakerOf.ts';
import type { Trigger } from './triggersOf.ts';

// Acts one side tells of the other are its claim.
const HOSTILE = new Set(['fighting', 'strike', 'civilians']);
const ANNOUNCING = /^announc/i;
const parties = (names: string) => names.split(/,\s*|\s+and\s+/);

/**
 * What the words that frame a told happening say besides it. An announcement is a statement of
 * its own: "Trump had announced the ceasefire" is Trump's statement as well as the ceasefire. An
 * attack one party tells of another ("Kyrgyzstan's border service said Tajik troops had shot at
 * Kyrgyz vehicles") rests on that party's word: it is returned among the `claimed`.
 * @example speechActsOf(text, triggers, lexicon).acts[0].value // 'statement'
 */
export function speechActsOf(text: string, triggers: readonly Trigger[], lexicon: CompiledLexicon): { acts: Trigger[]; claimed: Set<Trigger> } {
  const acts = new Map<number, Trigger>();
  const claimed = new Set<Trigger>();
  for (const t of triggers) {
    const told = t.happening.told;
    if (!told?.by) continue;
    const teller = nameIn(told.by.text, lexicon, false);
    const agent = t.happening.agent ? nameIn(t.happening.agent.text, lexicon, false) : undefined;
    if (HOSTILE.has(t.value) && teller !== undefined && agent !== undefined && !parties(teller).some((p) => parties(agent).includes(p))) claimed.add(t);
    if (!ANNOUNCING.test(told.frame.text) || acts.has(told.frame.start)) continue;
    const clause = { start: Math.min(told.frame.start, told.by.start), end: Math.max(told.frame.end, told.by.end) };
    const happening: Happening = {
      type: 'statement',
      kind: 'statement',
      conflict: true,
      trigger: told.frame,
      pos: 'verb',
      lemma: 'announce',
      sentence: t.happening.sentence,
      clause: { ...clause, text: text.slice(clause.start, clause.end) },
      negated: false,
      ...(t.happening.tense ? { tense: t.happening.tense } : {}),
      speaker: told.by,
      // What was announced is what the statement is about.
      patient: t.happening.trigger,
      background: false,
      casualty: false,
      rule: 'announcement',
    };
    acts.set(told.frame.start, { start: told.frame.start, end: told.frame.end, text: told.frame.text, value: 'statement', type: 'statement', happening, clause, outer: t.outer });
  }
  return { acts: [...acts.values()], claimed };
}
