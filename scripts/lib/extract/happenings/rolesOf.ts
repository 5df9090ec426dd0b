import type { Role } from '../lexicon/happeningsSchema.ts';
import type { Chunk, Structure } from './readStructure.ts';
import type { Token } from './tagText.ts';
import { chunkAtToken } from './chunkAtToken.ts';
import { NAME_PARTICLE_WORDS } from '../sentences/nameParticles.ts';

/** Where each role of a trigger lies, as token runs; a role may have several runs or none. */
export type Roles = Record<Role, Chunk[]> & {
  /** The trigger reads as a verb ("attacked") or a noun ("the attack"). */
  pos: 'noun' | 'verb';
  /** The verb group that says whether and when it happened: its own, or the one that governs it. */
  predicate?: Chunk;
};

// Where a target follows; "in" and "near" say where, not whom ("attacked a village in X district").
const TARGET_PREPOSITIONS = new Set(['on', 'at', 'against', 'into', 'upon', 'towards', 'toward', 'targeting', 'targetting', 'inside', 'from']);
const NOUN_TARGET_PREPOSITIONS = new Set(['on', 'at', 'against', 'into', 'upon', 'targeting', 'targetting', 'of', 'inside']);
// Words that may stand between a verb and its object's phrase: "killed at least five", "seized more than 200".
const BEFORE_OBJECT = new Set(['at', 'least', 'up', 'to', 'about', 'around', 'nearly', 'almost', 'over', 'as', 'many', 'some', 'roughly', 'approximately', 'an', 'estimated']);
const INSTRUMENT = new Set(['with', 'using', 'by means of', 'armed with']);
const FROM = new Set(['from', 'by']);
const PARTICLES = new Set(['up', 'off', 'down', 'back', 'out', 'away', 'over']);
const OBJECT_RELATIVES = new Set(['which', 'whom']);
// Words that join two verbs of one subject: "crossed the line and seized a post".
const CONJOINING = new Set(['and', 'but']);
const QUOTE_MARK = /^["“”‘’']$/;
const NAMING = new Set(['call', 'dub', 'term', 'label', 'brand', 'name', 'describe', 'style']);
// A day or month after "on", "from" or "into" dates the act; it names no target: "handed over on 3 March", "met on 2 November".
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/;
// Verbs of saying and thinking: the clause after one has a subject of its own.
const SAYING = new Set(['say', 'tell', 'report', 'announce', 'state', 'warn', 'fear', 'hope', 'expect', 'believe', 'think', 'claim',
  'insist', 'confirm', 'add', 'know', 'predict', 'promise', 'assure', 'note', 'worry', 'suggest', 'doubt', 'fear', 'feel']);
const PASSIVE_AUX = new Set(['be', 'get', 'is', 'are', 'was', 'were', 'been', 'being', 'got', 'gets']);
// Lower-case words inside a name: "Gregorio del Pilar", "Ruud van Dam", "Abu al-Qasim".
const NAME_PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLE_WORDS);
// Words of the prepositional phrases that may follow a subject before its verb, and how many.
const SUBJECT_PHRASE = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const MAX_SUBJECT_PHRASES = 12;
/** A verb form not of the past, though it is no dictionary form: "seizes", "holding". */
const NOT_PAST_FORM = /(?:s|ing)$/;
// Words that open a phrase of time with no preposition: "seized last week", "held this month".
const TIME_LEAD = new Set(['last', 'this', 'yesterday', 'earlier', 'today']);
// What a relative clause's phrases of time or place are made of, up to the main verb.
const GAP_ADJUNCT = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV']);

/**
 * Finds the roles of the trigger at tokens `[start, end)` in a sentence: who does it (agent), to
 * whom or what (patient), with what (with, modifier), the word after it (next), its own words
 * with any gap (within), the verb that
 * governs a noun trigger (governor), its clause and its sentence.
 * "Rebels shelled the town" → agent Rebels, patient the town; "the town was shelled by rebels" →
 * the same; "a rebel grenade attack on a market" → modifier "a rebel grenade", patient "a market".
 * @example rolesOf(tokens, structure, 1, 2).agent // [{ start: 0, end: 1 }]
 */
export function rolesOf(tokens: readonly Token[], s: Structure, start: number, end: number, carriers: ReadonlySet<string>): Roles {
  const at = (i: number) => (i >= s.start && i < s.end ? tokens[i] : undefined);
  const clauseIndex = s.clauseOf[start - s.start]!;
  const clause = s.clauses[clauseIndex]!;
  const chunkAt = (i: number) => chunkAtToken(s, i);
  const groupAt = (i: number) => {
    const k = i >= s.start && i < s.end ? s.groupOf[i - s.start]! : -1;
    return k >= 0 ? s.groups[k] : undefined;
  };
  const roles: Roles = {
    pos: 'noun',
    agent: [],
    doer: [],
    patient: [],
    object: [],
    of: [],
    with: [],
    modifier: [],
    next: end < s.end ? [{ start: end, end: end + 1 }] : [],
    // The trigger's own words, gap and all: "agreed on Saturday to" holds the day the agreeing was done.
    within: [{ start, end }],
    // A relative clause is about its antecedent: "the oilfield, which troops seized" is about the oilfield.
    clause: [{ start: clause.start, end: clause.end }, ...antecedent(s, clause)],
    sentence: [{ start: s.start, end: s.end }],
    governor: [],
  };
  /** The noun phrase that starts at or just after `i` (past a determiner-less gap of one particle). */
  const phraseFrom = (i: number): Chunk | undefined => {
    let j = i;
    while (j < clause.end && PARTICLES.has(at(j)?.lower ?? '')) j++;
    for (let k = j; k < Math.min(clause.end, j + 4); k++) {
      const c = chunkAt(k);
      if (c) return ofPhrase(c);
      if (!BEFORE_OBJECT.has(at(k)!.lower)) return undefined;
    }
    return undefined;
  };
  /** A phrase with the "of …" that completes it: "a cache of firearms", "members of the group". */
  const ofPhrase = (c: Chunk): Chunk => {
    const next = at(c.end);
    const after = chunkAt(c.end + 1);
    return next?.lower === 'of' && after ? { start: c.start, end: after.end } : c;
  };
  /** A phrase that is a day or month, its number first or not: "Monday", "June 22", "2 November". */
  const isDate = (c: Chunk): boolean => CALENDAR.test(at(c.start)?.lower ?? '') || (/^\d{1,2}$/.test(at(c.start)?.lower ?? '') && c.end > c.start + 1 && CALENDAR.test(at(c.start + 1)?.lower ?? ''));
  /** The phrase after the first of `preps` within a few words of `i`, before the next verb. */
  const afterPreposition = (i: number, preps: ReadonlySet<string>): Chunk[] => {
    const found: Chunk[] = [];
    for (let j = i; j < Math.min(clause.end, i + 8); j++) {
      const t = at(j)!;
      if (groupAt(j) && j > i) break;
      if (preps.has(t.lower)) {
        const c = chunkAt(j + 1);
        if (c && !isDate(c)) found.push(ofPhrase(c));
      }
    }
    return found;
  };
  const instruments = (): Chunk[] => {
    const found: Chunk[] = [];
    for (let j = clause.start; j < clause.end; j++) {
      if (!INSTRUMENT.has(at(j)!.lower)) continue;
      const c = chunkAt(j + 1);
      if (c) found.push(c);
    }
    return found;
  };
  const byAgent = (i: number): Chunk[] => {
    for (let j = i; j < Math.min(clause.end, i + 6); j++) if (at(j)!.lower === 'by') return chunkAt(j + 1) ? [ofPhrase(chunkAt(j + 1)!)] : [];
    return [];
  };

  /**
   * Whether only prepositional phrases lie between a subject and its verb: "fighting with the
   * rebels on its border with the north had ended". A comma, a verb or a clause opener ends the
   * subject.
   */
  const onlyPhrases = (from: number, to: number): boolean =>
    at(from)?.pos === 'ADP' && to - from <= MAX_SUBJECT_PHRASES && tokens.slice(from, to).every((t) => SUBJECT_PHRASE.has(t.pos));

  /**
   * "the sailors Borea seized last week were freed", "the crew that Arland held": the phrase a
   * relative clause with no "which" or "who" is said of, when `g` is that clause's lone past verb,
   * with its subject right before it and only phrases of time or place after it up to the verb of
   * the main clause: the main verb's subject. (The relative's own verb, which tells what is known
   * of it, is left without that object: read, it made a saying of the news a charge of the old act.)
   */
  const gapHead = (g: Chunk): Chunk | undefined => {
    const v = at(g.start);
    if (g.end - g.start !== 1 || !v || v.pos !== 'VERB' || v.lower === v.lemma || NOT_PAST_FORM.test(v.lower)) return undefined;
    const inner = s.chunks.find((c) => c.end === g.start);
    if (!inner) return undefined;
    // The tags run the two phrases into one ("the sailors Borea", "the servicemen his forces"): a
    // common noun, then a name or a determiner, is where the relative's subject begins.
    let split: number | undefined;
    for (let k = inner.start + 1; k < inner.end && split === undefined; k++) if (at(k - 1)!.pos === 'NOUN' && (at(k)!.pos === 'PROPN' || at(k)!.pos === 'DET' || at(k)!.pos === 'PRON')) split = k;
    if (split === undefined && inner.start <= s.start) return undefined;
    const link = split ?? (at(inner.start - 1)?.lower === 'that' ? inner.start - 1 : inner.start);
    const outer = split !== undefined ? { start: inner.start, end: split } : s.chunks.find((c) => c.end === link);
    if (!outer || !tokens.slice(outer.start, outer.end).some((t) => t.pos === 'NOUN') || (outer.start > s.start && at(outer.start - 1)?.pos === 'ADP' && at(outer.start - 1)?.lower !== 'of' && split === undefined && link === inner.start)) return undefined;
    const next = s.groups.find((k) => k.start >= g.end);
    if (!next || (at(next.start)?.pos !== 'AUX' && at(next.start)?.pos !== 'VERB')) return undefined;
    const between = tokens.slice(g.end, next.start);
    if (between.length > 0 && !(between[0]!.pos === 'ADP' || between[0]!.pos === 'ADV' || TIME_LEAD.has(between[0]!.lower))) return undefined;
    return between.every((t) => GAP_ADJUNCT.has(t.pos)) ? ofPhrase(outer) : undefined;
  };

  const head = at(start)!;
  const ownChunk = chunkAt(start);
  const group = groupAt(start);
  const verb = !ownChunk && group !== undefined && (head.pos === 'VERB' || head.pos === 'AUX' || head.pos === 'NOUN' || head.pos === 'ADJ');

  if (verb) {
    roles.pos = 'verb';
    roles.predicate = { start: group.start, end: Math.max(group.end, end) };
    const before = tokens.slice(group.start, start);
    const participle = /(?:ed|en|wn|ne|t)$/.test(head.lower) && !head.lower.endsWith('ing');
    // The auxiliary nearest the participle says whether it is passive: "had been shelled" is, "are
    // reported to have crossed" is not (its "are" is of "reported").
    const aux = before.findLast((t) => t.pos !== 'ADV' && t.pos !== 'PART');
    const passive = participle && aux !== undefined && (PASSIVE_AUX.has(aux.lower) || aux.lemma === 'be' || aux.lemma === 'get') && aux.lower !== 'has' && aux.lower !== 'have';
    // "mines planted by rebels": a participle right after a noun, with its agent after "by"; one
    // with an object of its own is a past tense ("parliament passed the bill by a large majority").
    const reduced = participle && group.start === start && chunkAt(start - 1) !== undefined && byAgent(end).length > 0 && chunkAt(end) === undefined;
    // The subject is the phrase right before the verb's own group ("the army said rebels shelled"
    // → rebels), else the clause's.
    const previousGroup = s.groups.filter((g) => g.end <= group.start && g.start >= clause.start).at(-1);
    // A phrase after a preposition is no subject, save a partitive's "of": "about half of the
    // border had been agreed" is said of the border.
    let own = s.chunks
      // "with officials accusing the north of …": after "with", a phrase right before an -ing verb is its subject.
      .filter((c) => c.end <= group.start && c.start >= (previousGroup?.end ?? clause.start) && (c.start === clause.start || at(c.start - 1)?.pos !== 'ADP' || at(c.start - 1)?.lower === 'of' ||
        (at(c.start - 1)?.lower === 'with' && c.end === group.start && head.lower.endsWith('ing'))))
      .at(-1);
    // "some residents, afraid for their safety, have moved away": an adjective set off by a comma
    // describes the subject before it, which it is not.
    // The aside runs from its comma, with an adjective after it ("afraid for their safety",
    // "fearful of more shelling"), to the verb's group.
    let comma = -1;
    for (let i = group.start - 1; i > clause.start && own !== undefined && i >= own.start - 6; i--) if (at(i)?.text === ',' && at(i + 1)?.pos === 'ADJ') comma = i;
    if (own !== undefined && comma > clause.start && own.start > comma) {
      own = s.chunks.filter((c) => c.end <= comma && c.start >= clause.start && (c.start === clause.start || at(c.start - 1)?.pos !== 'ADP')).at(-1) ?? own;
    }
    // "the council is due to take up the dispute", "rebels are likely to attack": an adjective after
    // "is" is said of the subject, whose verb the infinitive is; it is no subject of its own.
    const predicative = own !== undefined && previousGroup !== undefined
      && tokens.slice(own.start, own.end).every((t) => t.pos === 'ADJ' || t.pos === 'ADV')
      && tokens.slice(previousGroup.start, previousGroup.end).some((t) => t.lemma === 'be');
    // "soldiers of the militia crossed": a phrase after "of" completes the one before it, which is the subject.
    const whole = (c: Chunk): Chunk => (at(c.start - 1)?.lower === 'of' && chunkAt(c.start - 2) && c.start - 2 >= clause.start ? { start: chunkAt(c.start - 2)!.start, end: c.end } : ofPhrase(c));
    // "a drone carrying explosives hit the camp", "gunmen riding motorbikes attacked", "a drone
    // sent over the border from the north has killed three": a participle right after a phrase
    // describes that phrase, and its object or its phrases of place are no subject. A past form
    // with a phrase of its own after it is a verb of its own ("troops said rebels attacked").
    const participleGroup = previousGroup !== undefined && previousGroup.end - previousGroup.start === 1 && at(previousGroup.start)!.pos === 'VERB' ? at(previousGroup.start)! : undefined;
    const presentParticiple = participleGroup !== undefined && participleGroup.lower.endsWith('ing');
    const pastParticiple = participleGroup !== undefined && participleGroup.lower !== participleGroup.lemma && /(?:ed|en|wn|ne|t)$/.test(participleGroup.lower);
    const between = previousGroup ? tokens.slice(previousGroup.end, group.start) : [];
    const onlyPlace = between.length > 0 && at(previousGroup!.end)?.pos === 'ADP' && between.length <= MAX_SUBJECT_PHRASES && between.every((t) => SUBJECT_PHRASE.has(t.pos));
    const described = previousGroup !== undefined && chunkAt(previousGroup.start - 1) !== undefined && chunkAt(previousGroup.start - 1)!.start >= clause.start &&
      ((presentParticiple && ((own !== undefined && previousGroup.end === own.start) || onlyPlace)) || (pastParticiple && onlyPlace))
      ? chunkAt(previousGroup.start - 1)
      : undefined;
    // "the warship, the ARS Velmora, was sent to the area": a name set off by commas right before
    // the verb renames the phrase before it, which says what the subject is; both are the subject,
    // the name first, so the doer stays the one named. An aside that is no name ("the men, every
    // one of them a Copt, were taken") is left as it was.
    const isName = (c: Chunk) => tokens.slice(c.start, c.end).every((t, k) => t.pos === 'PROPN' || (k === 0 && t.pos === 'DET') ||
      (k > 0 && c.start + k < c.end - 1 && NAME_PARTICLES.has(t.lower)));
    const renamed = own !== undefined && isName(own) && at(own.start - 1)?.text === ',' && at(own.end)?.text === ',' && own.end + 1 === group.start
      ? s.chunks.find((c) => c.end === own!.start - 1 && c.start >= clause.start && (c.start === clause.start || at(c.start - 1)?.pos !== 'ADP'))
      : undefined;
    // "troops crossed the line and, after a short fight, seized a post": a finite verb joined by
    // "and" or "but" to the verb before it in its clause, with no phrase of its own after the
    // joining word, shares that verb's subject; the phrase before the "and" is that verb's object.
    const joinedAt = previousGroup === undefined ? -1 : tokens.slice(previousGroup.end, group.start).findLastIndex((t, k) => CONJOINING.has(t.lower) && chunkAt(previousGroup.end + k) === undefined);
    // The joining word stands right before the verb, an adverb or an aside set off by commas: one
    // before a phrase ("the threat to civilians and to the guards had been removed") joins phrases.
    const joinedVerb = joinedAt >= 0 && (at(previousGroup!.end + joinedAt + 1)?.text === ',' || tokens.slice(previousGroup!.end + joinedAt + 1, group.start).every((t) => t.pos === 'ADV'));
    const joining = joinedVerb ? previousGroup!.end + joinedAt : -1;
    const finite = !head.lower.endsWith('ing') && !before.some((t) => t.lower === 'to') && at(group.start - 1)?.lower !== 'to';
    // A phrase after "of" ("a short exchange of fire") is its subject only if the phrase it completes is.
    const lead = (c: Chunk): Chunk => (at(c.start - 1)?.lower === 'of' && chunkAt(c.start - 2) ? chunkAt(c.start - 2)! : c);
    const ownAfter = own !== undefined && lead(own).start > joining && at(lead(own).start - 1)?.pos !== 'ADP';
    if (joining >= 0 && finite && !ownAfter) {
      const earlier = s.groups.filter((g) => g.end <= previousGroup!.start && g.start >= clause.start).at(-1);
      own = s.chunks.filter((c) => c.end <= previousGroup!.start && c.start >= (earlier?.end ?? clause.start) && (c.start === clause.start || at(c.start - 1)?.pos !== 'ADP' || at(c.start - 1)?.lower === 'of')).at(-1);
    }
    const gapped = previousGroup === undefined ? undefined : gapHead(previousGroup);
    const subject = gapped ? [gapped] : described ? [whole(described)] : own && !predicative ? [whole(own), ...(renamed ? [whole(renamed)] : [])] : clause.subject ? [ofPhrase(clause.subject)] : [];
    if (passive || reduced) {
      roles.agent = byAgent(end);
      roles.patient = reduced ? [chunkAt(start - 1)!] : subject;
    } else {
      roles.agent = subject;
      const object = phraseFrom(end);
      roles.patient = [...(object ? [object] : []), ...afterPreposition(end, TARGET_PREPOSITIONS)];
      // "the oilfield, which southern troops seized": the antecedent is what was seized.
      if (roles.patient.length === 0 && clause.opener && OBJECT_RELATIVES.has(clause.opener) && subject.length > 0) roles.patient = antecedent(s, clause);
    }
    // "warships came under attack from enemy aircraft", "the post came under fire": the subject
    // is what was attacked, and "from …" names who attacked.
    if (head.lemma === 'come' && at(start + 1)?.lower === 'under') {
      roles.patient = subject;
      roles.agent = afterPreposition(end, FROM);
    }
    const governor = at(group.start - 1);
    if (governor && (governor.pos === 'VERB' || governor.pos === 'AUX')) roles.governor = [{ start: group.start - 1, end: group.start }];
    else if (before.some((t) => t.pos === 'VERB')) roles.governor = [{ start: group.start, end: start }];
    roles.with = instruments();
  } else {
    // A noun the tagger took for another word ("a resupply mission", "resupply" read as an adverb)
    // has no phrase of its own: its phrase takes the article or adjectives just before it.
    let lead = start;
    while (!ownChunk && lead > s.start && chunkAt(lead - 1) && (at(lead - 1)!.pos === 'DET' || at(lead - 1)!.pos === 'ADJ')) lead--;
    const chunk = ownChunk ?? { start: lead, end };
    let first = chunk.start;
    while (first < start && at(first)!.pos === 'DET') first++;
    roles.modifier = first < start ? [{ start: first, end: start }] : [];
    // A phrase may run past the trigger ("the attack victims"): what follows it in the phrase is not its patient.
    const after = Math.max(end, chunk.end);
    roles.patient = afterPreposition(after, NOUN_TARGET_PREPOSITIONS);
    // A headline leaves out the preposition: "Gunmen Attack Hotel".
    if (roles.patient.length === 0 && chunkAt(after) && !ownChunk) roles.patient = [chunkAt(after)!];
    roles.agent = [...roles.modifier, ...byAgent(after)];
    roles.with = [...roles.modifier, ...instruments()];
    // The verb before the phrase governs it ("halt the fighting", "carried out an attack"), or,
    // when the phrase is the subject, the verb after it says whether it happened ("clashes erupted").
    let g: Chunk | undefined;
    // Quote marks round a phrase with no verb of its own ('lodged a "firm protest"') set its words
    // apart as a clause, but the phrase is still the object of the verb before them.
    const quoted = QUOTE_MARK.test(at(clause.start - 1)?.text ?? '') && clauseIndex > 0 && !s.groups.some((k) => k.start >= clause.start && k.start < clause.end);
    const floor = quoted ? s.clauses[clauseIndex - 1]!.start : clause.start;
    for (let j = chunk.start - 1; j >= floor; j--) {
      const t = at(j)!;
      const k = groupAt(j);
      if (k) {
        // "what it called 'surgical strikes'": quoted words a verb of naming gives are a name, no object it acts on.
        if (!(quoted && j < clause.start && tokens.slice(k.start, k.end).some((x) => NAMING.has(x.lemma)))) g = k;
        break;
      }
      if (quoted && j >= clause.start - 3 && (QUOTE_MARK.test(t.text) || t.pos === 'DET')) continue;
      if (t.pos === 'PUNCT' || chunkAt(j)) break;
    }
    // "said the fighting would stop": after a verb of saying or thinking, a phrase followed by its
    // own verb group is that verb's subject, and the verb says what became of it.
    const subjectOf = g && SAYING.has(tokens.slice(g.start, g.end).findLast((t) => t.pos === 'VERB')?.lemma ?? '')
      ? s.groups.find((k) => k.start >= after && k.start < clause.end && k.start - after <= 6)
      : undefined;
    if (subjectOf) {
      roles.predicate = subjectOf;
      roles.governor = [subjectOf];
    } else if (g) {
      roles.governor = [g];
      roles.predicate = g;
      const main = tokens.slice(g.start, g.end).findLast((t) => t.pos === 'VERB');
      if (main && carriers.has(main.lemma) && clause.subject && clause.subject.end <= g.start) roles.agent.push(clause.subject);
    } else {
      // The phrase is the subject: the verb after it says what became of it ("the grenades were found").
      const next = s.groups.find((k) => k.start >= after && k.start < clause.end && (k.start - after <= 6 || onlyPhrases(after, k.start)));
      if (next) {
        roles.predicate = next;
        roles.governor = [next];
      }
    }
    // "a note of protest", "the scene of the clash": the phrase whose "of" the trigger's phrase completes.
    // So is a noun with its particle: "the shooting down of a warplane" → the shooting.
    if (at(chunk.start - 1)?.lower === 'of' && chunkAt(chunk.start - 2)) roles.of = [chunkAt(chunk.start - 2)!];
    else if (at(chunk.start - 1)?.lower === 'of' && PARTICLES.has(at(chunk.start - 2)?.lower ?? '') && chunkAt(chunk.start - 3)) roles.of = [chunkAt(chunk.start - 3)!];
  }
  // A phrase that ends in its preposition ("shot at", "fired on") has its object right after,
  // whatever the tagger took the verb for.
  if (roles.patient.length === 0 && at(end - 1)?.pos === 'ADP' && end - start > 1 && chunkAt(end)) roles.patient = [ofPhrase(chunkAt(end)!)];
  // A verb phrase that holds its object ("exchanged prisoners", "recalled its ambassador") has it as its last word.
  const held = roles.pos === 'verb' && end - start > 1 && /^(?:NOUN|PROPN)$/.test(at(end - 1)?.pos ?? '') ? { start: end - 1, end } : undefined;
  const object = held ?? (roles.patient[0] && headOf(tokens, roles.patient[0]));
  if (object) roles.object = [object];
  const doer = roles.agent[0] && headOf(tokens, roles.agent[0]);
  if (doer) roles.doer = [doer];
  return roles;
}

// Words before an "of" that count or group what follows it: "dozens of militants" is militants.
const COUNTING = new Set(['dozen', 'dozens', 'hundreds', 'thousands', 'scores', 'tens', 'number', 'group', 'some', 'all', 'most',
  'many', 'several', 'few', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'total', 'each', 'both', 'none', 'batch']);
const HEAD_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * The word that heads a noun phrase: its last noun, name, pronoun or number before an "of" or
 * anything that is no part of it ("some 330 balloons carrying rubbish" → balloons), or, when
 * that word only counts or groups ("dozens of militants", "two of the guards"), the head of what
 * its "of" names. What a verb does to its object is told by this word, not by the phrase's others.
 * @example headOf(tagText('two of the soldiers'), { start: 0, end: 4 }) // { start: 3, end: 4 }
 */
export function headOf(tokens: readonly Token[], phrase: Chunk): Chunk | undefined {
  let head: number | undefined;
  let i = phrase.start;
  for (; i < phrase.end; i++) {
    const t = tokens[i]!;
    if (t.lower === 'of') break;
    if (HEAD_TAGS.has(t.pos)) head = i;
  }
  if (head !== undefined && tokens[i]?.lower === 'of' && COUNTING.has(tokens[head]!.lower) && i + 1 < phrase.end) {
    const rest = headOf(tokens, { start: i + 1, end: phrase.end });
    if (rest) return rest;
  }
  return head === undefined ? undefined : { start: head, end: head + 1 };
}

/** The noun phrase a relative clause ("which …", "that …", "who …") is said of: the one just before it. */
function antecedent(s: Structure, clause: Structure['clauses'][number]): Chunk[] {
  if (!clause.opener || !['which', 'who', 'whom', 'whose', 'where'].includes(clause.opener)) return [];
  const before = s.chunks.filter((c) => c.end <= clause.start).at(-1);
  return before ? [before] : [];
}
