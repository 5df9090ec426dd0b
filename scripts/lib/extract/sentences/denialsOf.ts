import type { Happening } from '../happenings/findHappenings.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { nameIn } from './speakerOf.ts';
import { tiedParty } from './tiedParty.ts';
import type { Trigger } from './triggersOf.ts';
import { partiesOf } from './partiesOf.ts';
import { VIOLENT_KINDS } from '../happenings/violentKinds.ts';

// Acts a side is charged with, which it may say it did not do.
const HOSTILE: ReadonlySet<string> = VIOLENT_KINDS;
// The teller's own side, named by a pronoun: "it", "its troops", "their forces", "our soldiers".
const OWN_SIDE = /^(?:it|they|we|(?:its|their|our)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$/iu;

/**
 * The denials a sentence tells as someone's words of their own side: "Borea said its troops had
 * not fired on Arland's posts", "Borea's diplomats said Borea had not violated the ceasefire". A
 * hostile act told as not done, by a named party, of itself or its own forces, is that party's
 * denial: who spoke is the news, though nothing happened. An act denied of the other side ("said
 * Arland had not attacked") or by no one named is none.
 * @example denialsOf(text, happenings, lexicon)[0].type // 'denial'
 */
export function denialsOf(text: string, happenings: readonly Happening[], lexicon: CompiledLexicon): Trigger[] {
  const found = new Map<number, Trigger>();
  for (const h of happenings) {
    const by = h.told?.by;
    if (!h.negated || !h.conflict || h.kind === undefined || !HOSTILE.has(h.kind) || h.modality !== undefined || !by || !h.agent || found.has(h.told!.frame.start)) continue;
    const teller = nameIn(by.text, lexicon, false) ?? tiedParty(text, by, lexicon);
    if (teller === undefined) continue;
    const agent = h.agent.text.trim();
    const doer = OWN_SIDE.test(agent) ? teller : (nameIn(agent, lexicon, false) ?? tiedParty(text, h.agent, lexicon));
    if (doer === undefined || !partiesOf(teller).some((p) => partiesOf(doer).includes(p))) continue;
    const frame = h.told!.frame;
    const clause = { start: Math.min(frame.start, by.start), end: Math.max(frame.end, by.end) };
    const happening: Happening = {
      type: 'denial',
      kind: 'accusation',
      conflict: true,
      trigger: frame,
      pos: 'verb',
      lemma: 'deny',
      sentence: h.sentence,
      clause: { ...clause, text: text.slice(clause.start, clause.end) },
      negated: false,
      ...(h.tense ? { tense: h.tense } : {}),
      speaker: by,
      background: false,
      casualty: false,
      rule: 'told-denial',
    };
    found.set(frame.start, { start: frame.start, end: frame.end, text: frame.text, value: 'accusation', type: 'denial', happening, clause, outer: clause });
  }
  return [...found.values()];
}
