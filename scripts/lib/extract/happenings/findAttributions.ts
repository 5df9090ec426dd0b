import type { HappeningRules } from './compileHappenings.ts';
import type { Chunk, Structure } from './readStructure.ts';
import type { Token } from './tagText.ts';
import { chunkAtToken } from './chunkAtToken.ts';
import { claimsLand } from '../sentences/claimsLand.ts';

/** Reported speech in a sentence: who told what part of it. */
export interface Attribution {
  /** The reporting words ("said", "according to", "claimed"). */
  frame: Chunk;
  /** Who speaks, when the sentence names them. */
  speaker?: Chunk;
  /** Who is spoken to ("told reporters", "told Xinhua"). */
  addressee?: Chunk;
  /** The tokens the speaker reports. */
  scope: Chunk;
  /** Said as one side's claim ("claimed", "alleged", "reportedly"), not merely reported. */
  claim: boolean;
}

/**
 * Finds who reports what in a sentence: "X said (that) Y", "Y, X said", "Y, said X",
 * "according to X, Y", "X told Z that Y", "X claimed Y". The reported part is the scope; a
 * happening in it is told by the speaker, and the telling itself is no happening.
 * @example findAttributions(…'Rebels shelled the town, officials said.'…)[0].speaker // "officials"
 */
export function findAttributions(tokens: readonly Token[], keys: readonly string[][], s: Structure, rules: HappeningRules): Attribution[] {
  const found: Attribution[] = [];
  const chunkAt = (i: number) => chunkAtToken(s, i);
  // A preposition of place between a teller and the phrase that places them: "a journalist at the site".
  // Only "at": "officials in the capital said" names where they sit, and is read as their title.
  const placedTeller = (j: number) => tokens[j]!.lower === 'at' && chunkAt(j - 1) !== undefined && chunkAt(j + 1) !== undefined;
  // The teller whose words end at `i`: the phrase there, or the one before its phrase of place.
  const tellerBefore = (i: number) => {
    const last = chunkAt(i);
    return last && last.start - 1 > s.start && placedTeller(last.start - 1) ? chunkAt(last.start - 2) : last;
  };
  for (const m of rules.findReporting.longest(tokens, keys, s.start, s.end)) {
    const words = tokens.slice(m.start, m.end);
    const first = words[0]!;
    // "Borean troops are reported to have crossed", "were believed to have shelled": a passive verb
    // of telling raised over the doer names no teller; the clause is hearsay, one side's claim at most.
    if (hearsay(tokens, m.start, m.end, s.start)) {
      const clause = s.clauses[s.clauseOf[m.start - s.start]!]!;
      // Its doer starts after the last comma before it: "Barely a day after A warned B, B's troops are reported to …".
      let start = m.start;
      while (start > clause.start && tokens[start - 1]!.text !== ',') start--;
      found.push({ frame: { start: m.start, end: m.end }, scope: { start, end: clause.end }, claim: true });
      continue;
    }
    const claim = m.values.includes('claim');
    // "the waters Arland claims": a claim of land reports nothing.
    if (claim && m.end - m.start === 1 && claimsLand(tokens, m.start)) continue;
    // A noun or adjective among the words is no reporting verb: "the report", "a claim of responsibility".
    if (words.length === 1 && !['VERB', 'AUX', 'ADV'].includes(first.pos) && first.lower !== 'reportedly' && first.lower !== 'allegedly') continue;
    if (first.lower === 'according' || first.lower === 'in') {
      const speaker = chunkAt(m.end);
      const afterSpeaker = speaker?.end ?? m.end;
      const scope = m.start > s.start + 2 ? { start: s.start, end: m.start } : { start: afterSpeaker, end: s.end };
      found.push({ frame: { start: m.start, end: m.end }, ...(speaker ? { speaker } : {}), scope, claim });
      continue;
    }
    if (first.pos === 'ADV' || first.lower === 'reportedly' || first.lower === 'allegedly') {
      const clause = s.clauses[s.clauseOf[m.start - s.start]!]!;
      found.push({ frame: { start: m.start, end: m.end }, scope: { start: clause.start, end: clause.end }, claim: true });
      continue;
    }
    // "…, officials said." / "…, said the army": the report closes the sentence after a comma.
    let comma = -1;
    for (let j = m.start - 1; j >= Math.max(s.start, m.start - 8); j--) {
      if (tokens[j]!.text === ',') {
        comma = j;
        break;
      }
      // "…, a journalist at the site said": a teller placed by a phrase of where they stood.
      if (!chunkAt(j) && tokens[j]!.pos !== 'ADV' && tokens[j]!.pos !== 'AUX' && !placedTeller(j)) break;
    }
    const rest = tokens.slice(m.end, s.end);
    // "…, the army's spokesman said, and …": a report set off by commas inside the sentence tells
    // what came before it, as one that closes the sentence does.
    // So does one whose own day or place comes before that comma: "…, the president announced on
    // Thursday, as the dispute grew".
    const ownComma = rest.findIndex((t) => t.text === ',');
    const setOff = ownComma > 0 && ownComma <= SET_OFF_WORDS && OWN_SETTING.test(rest[0]!.lower) && rest.slice(0, ownComma).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX');
    // "…, saying Arland's navy shoots at boats": a participle of saying hung on an act never closes a
    // report; what follows it is what was said, never its teller (the tagger often takes the said
    // verb for a noun). One placed by a preposition ("writing on its website") is a setting.
    const saying = /ing$/.test(first.lower) && m.end - m.start === 1 && tokens[m.end]?.pos !== 'ADP';
    // "Early on, there was talk, and a rumour or two, that …": hearsay opened by "there was"
    // tells what follows it; a comma before it sets off a fronted adverbial, no words told.
    const opensHearsay = first.lower === 'there';
    const closes = comma > s.start && !saying && !opensHearsay && (rest.every((t) => t.pos !== 'VERB' || t.lower === 'said') || tokens[m.end]?.text === ',' || setOff);
    if (closes) {
      // "…, Lena Ferrin, Arland's envoy, told reporters": right after the comma, a verb of telling
      // is the end of an apposition, and what follows it is the hearer, never the teller ("…, said
      // the army" names one). The teller is the words' own subject, which the reading names.
      const hearer = comma === m.start - 1 && HEARER_AFTER.test(first.lemma) ? chunkAt(m.end) : undefined;
      const speaker = comma < m.start - 1 ? tellerBefore(m.start - 1) : hearer ? undefined : chunkAt(m.end);
      found.push({ frame: { start: m.start, end: m.end }, ...(speaker ? { speaker } : {}), ...(hearer ? { addressee: hearer } : {}), scope: { start: s.start, end: comma }, claim });
      continue;
    }
    // "X said (that) Y", "X told Z (that) Y".
    const clause = s.clauses[s.clauseOf[m.start - s.start]!]!;
    const subject = clause.subject && clause.subject.end <= m.start ? clause.subject : nameBefore(tokens, m.start, s, chunkAt);
    // "A statement issued by the Borean ministry said": a document speaks for whoever issued it.
    const speaker = subject && issuerOf(tokens, subject, m.start, chunkAt);
    let from = m.end;
    const object = chunkAt(from);
    let addressee: Chunk | undefined;
    if (object && TELLING.test(first.lemma)) {
      addressee = object;
      from = object.end;
    }
    while (from < s.end && /^(?:that|on|in|a|statement|,)$/.test(tokens[from]!.lower) && !chunkAt(from)) from++;
    if (from >= s.end) continue;
    found.push({ frame: { start: m.start, end: m.end }, ...(speaker ? { speaker } : {}), ...(addressee ? { addressee } : {}), scope: { start: from, end: s.end }, claim });
  }
  return found;
}

const BE = /^(?:is|are|was|were|be|been|being|'s|'re)$/;
/** Words a report's own day or place may take before the comma that ends it: "on Thursday evening in Kelvask". */
const SET_OFF_WORDS = 6;
/** Words that open a report's own day or place, not its hearer ("told Bernama, the agency"). */
const OWN_SETTING = /^(?:on|in|at|late|early|last|this|yesterday|today|earlier)$/;
/** Verbs of telling whose object is the one told: "told reporters", "warned Borea". */
const TELLING = /^(?:tell|inform|brief|assure|warn)$/;
/** Those never set after their teller ("…, warned the army" may be): what follows is always the one told. */
const HEARER_AFTER = /^(?:tell|inform|brief)$/;

/**
 * Whether the reporting words at `[start, end)` are a passive raised over the doer: a form of "be"
 * (perhaps with an adverb: "are widely believed") before, "to" after or ending them ("said to").
 */
function hearsay(tokens: readonly Token[], start: number, end: number, from: number): boolean {
  let b = start - 1;
  while (b > from && tokens[b]!.pos === 'ADV') b--;
  if (b < from || !BE.test(tokens[b]!.lower) || !/(?:ed|id|wn|ld|ght)$/i.test(tokens[start]!.lower)) return false;
  const to = tokens[end - 1]!.lower === 'to' ? end - 1 : tokens[end]?.lower === 'to' ? end : -1;
  // "was reported to the police" names a hearer; "to have crossed", "to be holding" raise a verb.
  const verb = tokens[to + 1];
  return to >= 0 && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

// A document that says something, and the verbs that name who put it out.
const DOCUMENT = /^(?:statement|communiqu[eé]|letter|release|post|note|message|declaration|notice|bulletin)$/i;
const ISSUED = /^(?:issued|released|posted|published|sent|signed|put|circulated|read|distributed)$/i;

/** Who issued a document that speaks ("A statement issued by the ministry said"): the agent after "by", else the document. */
function issuerOf(tokens: readonly Token[], subject: Chunk, verbAt: number, chunkAt: (i: number) => Chunk | undefined): Chunk {
  if (!DOCUMENT.test(tokens[subject.end - 1]!.lower)) return subject;
  let i = subject.end;
  if (!ISSUED.test(tokens[i]?.lower ?? '')) return subject;
  i++;
  if (tokens[i]?.lower === 'out') i++;
  if (tokens[i]?.lower !== 'by') return subject;
  const agent = chunkAt(i + 1);
  return agent && agent.end <= verbAt ? agent : subject;
}

/**
 * The phrase right before a verb of saying when the parser gave its clause no subject, as after a
 * fronted setting ("In a statement posted on its website on Tuesday, Borea's army said"): the
 * words after the setting's comma.
 */
function nameBefore(tokens: readonly Token[], verbAt: number, s: Structure, chunkAt: (i: number) => Chunk | undefined): Chunk | undefined {
  const chunk = chunkAt(verbAt - 1);
  if (!chunk || chunk.end !== verbAt) return undefined;
  const before = tokens[chunk.start - 1];
  return chunk.start === s.start || before?.text === ',' ? chunk : undefined;
}
