import type { Token } from '../happenings/tagText.ts';

// Words that may open a relative clause whose object is the noun before it: "the island, which Arland claims".
const RELATIVE = new Set(['which', 'that']);
// A subject of a few words: "it", "Arland", "the Borean navy", "both countries".
const SUBJECT_WORD = new Set(['PROPN', 'PRON', 'DET', 'NOUN', 'ADJ', 'NUM']);
const NAME_WORD = new Set(['PROPN', 'PRON']);
const SUBJECT_REACH = 4;
// What may follow a claim of land before its clause ends: "claims as its own", "claims under its memorandum", "claims too".
const CLAUSE_ENDS = new Set(['PUNCT', 'ADP', 'CCONJ']);
const NOT_AFTER = new Set(['that', 'to', 'of']);

/**
 * Whether the claim word at token `at` claims land, not a telling: its object stands before it, in a
 * relative clause ("the waters Arland claims", "the island, which both countries claim") and no
 * clause of what is said follows it. Such a "claims" makes nothing in its sentence one side's word;
 * "Arland claims Borean ships rammed its boats", "…, Arland claimed." and "claimed to have" still do.
 * @example claimsLand(tagText('Borean ships rammed the boats in the area Arland claims.'), 9) // true
 */
export function claimsLand(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  // The tagger may read "claims" after a name as a noun ("Arland claims"): what stands around it decides.
  if (!word || !/^claim(?:s|ed)?$/.test(word.lower)) return false;
  const next = tokens[at + 1];
  if (next && (NOT_AFTER.has(next.lower) || !(CLAUSE_ENDS.has(next.pos) || next.pos === 'ADV'))) return false;
  // Back over the subject to what opens the clause: a relative pronoun, or the noun it leaves out.
  let i = at - 1;
  while (i >= 0 && at - i <= SUBJECT_REACH && SUBJECT_WORD.has(tokens[i]!.pos) && !RELATIVE.has(tokens[i]!.lower)) {
    if (RELATIVE.has(tokens[i - 1]?.lower ?? '')) return i - 1 > 0;
    i--;
  }
  // "the area it claims": with no relative pronoun, a name or pronoun right after a noun.
  const subject = tokens[at - 1];
  if (!subject || !NAME_WORD.has(subject.pos)) return false;
  let j = at - 1;
  while (j >= 0 && (NAME_WORD.has(tokens[j]!.pos) || (tokens[j]!.pos === 'DET' && NAME_WORD.has(tokens[j + 1]!.pos)))) j--;
  return j >= 0 && tokens[j]!.pos === 'NOUN';
}
