import type { Token } from './tagText.ts';
import { SUBJECT_PRONOUNS } from './subjectPronouns.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../time/calendarNames.ts';

/** A run of tokens `[start, end)`. */
export interface Chunk {
  start: number;
  end: number;
}

/** A clause of a sentence, by token indices, with its subject where the clause shows one. */
export interface Clause extends Chunk {
  /** The noun phrase that does what the clause's first verb says; borrowed from an earlier clause when the clause has none ("…, killing three"). */
  subject?: Chunk;
  /** The word that opens the clause when it is subordinate or reported ("that", "when", "who"). */
  opener?: string;
}

/** The shape of one sentence: its noun phrases, verb groups and clauses. */
export interface Structure {
  start: number;
  end: number;
  chunks: Chunk[];
  groups: Chunk[];
  clauses: Clause[];
  /** For each token of the sentence (index − start), its noun phrase, verb group and clause, or −1. */
  chunkOf: Int32Array;
  groupOf: Int32Array;
  clauseOf: Int32Array;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'DET', 'PRON', 'SYM']);
const RELATIVE = new Set(['who', 'which', 'whom', 'whose', 'where']);
// Verbs after which "as" names a role: "act as", "serve as".
const ROLE_VERBS = new Set(['act', 'serve', 'work', 'function', 'double', 'pose', 'step']);
const SUBORDINATORS = new Set(['when', 'while', 'whilst', 'after', 'before', 'because', 'although', 'though', 'whereas', 'whether', 'if', 'unless', 'until', 'since', 'as', 'once', 'that']);
// Quantities whose "of" joins a phrase: "dozens of militants" is militants.
const QUANTITIES = new Set(['dozen', 'dozens', 'hundreds', 'thousands', 'scores', 'tens', 'number', 'group', 'members', 'member', 'some', 'all', 'most', 'many', 'several', 'one', 'two', 'three', 'four', 'five', 'crowds', 'crowd', 'team', 'unit', 'units', 'company', 'squad', 'contingent', 'band', 'gang', 'cell', 'convoy', 'column', 'batch', 'total', 'series', 'string', 'wave', 'round', 'rounds', 'kind', 'kinds', 'type', 'part', 'parts', 'fighters', 'forces', 'troops']);
const CLAUSE_PUNCT = new Set([';', ':', '—', '–', '(', ')', '[', ']', '"', '“', '”']);
// Relative pronouns that open an aside about the phrase before them (not "where", a place's).
const ASIDE_RELATIVE = new Set(['who', 'which', 'whom', 'whose']);
const CONTINUATIONS = new Set(['saying', 'adding', 'according', 'claiming', 'citing', 'leaving', 'killing', 'wounding', 'injuring', 'prompting', 'forcing', 'triggering', 'sparking', 'destroying', 'damaging', 'resulting']);

// Verbs that tell what someone else did: after them, a verb joined by "and" is the told one's.
const TELLING = new Set(['say', 'tell', 'report', 'claim', 'allege', 'state', 'add']);
// Verbs by which the teller goes on speaking in a second clause: "… and warned", "… and urged".
const SPEAKING = new Set(['warn', 'urge', 'ask', 'call', 'vow', 'promise', 'accuse', 'deny', 'insist', 'demand', 'appeal', 'condemn', 'threaten']);
const ARTICLE = new Set(['the', 'a', 'an']);
const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight', 'day', 'week', 'month', 'year', 'weekend', 'today', 'yesterday', 'dawn', 'noon', 'midnight']);
const DAY_NAMES = new RegExp(String.raw`^(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].join('|').toLowerCase()}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$`);
const isVerbal = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
const isWord = (t: Token | undefined) => t !== undefined && /[\p{L}\p{N}]/u.test(t.text);

/**
 * Reads the shape of the sentence `[from, to)` of a tagged text: noun phrases ("the rebel
 * fighters", "dozens of militants"), verb groups ("had been shelled", "did not attack"), and
 * clauses, split where a subordinate, relative, reported or participle clause opens, each with
 * the subject its first verb has. It is a shallow reading from the tags, not a parse.
 * @example readStructure(tagText('Rebels attacked a base, killing two.'), 0, 8).clauses.length // 2
 */
/** Adverbs of degree that may stand inside a noun phrase, before its adjective. */
const DEGREE = new Set(['most', 'more', 'least', 'less', 'very']);

export function readStructure(tokens: readonly Token[], from: number, to: number): Structure {
  const n = to - from;
  const chunkOf = new Int32Array(n).fill(-1);
  const groupOf = new Int32Array(n).fill(-1);
  const clauseOf = new Int32Array(n).fill(-1);
  const at = (i: number) => (i >= from && i < to ? tokens[i] : undefined);

  // Noun phrases: runs of nominal tags, joined over hyphens, possessives and a quantity's "of";
  // a verb tag between a determiner or adjective and a noun is a participle or gerund inside the
  // phrase ("the wounded soldiers", "the fighting").
  const nominal = (i: number): boolean => {
    const t = at(i)!;
    if (RELATIVE.has(t.lower) || (t.lower === 'that' && t.pos !== 'DET')) return false;
    if (NOMINAL.has(t.pos)) return true;
    if (t.pos === 'VERB') {
      const before = at(i - 1);
      const after = at(i + 1);
      // A gerund that a verb follows is the subject: "fighting could resume".
      if (t.lower.endsWith('ing') && after && isVerbal(after) && (!before || !isVerbal(before))) return true;
      return before !== undefined && (before.pos === 'DET' || (before.pos === 'ADJ' && at(i + 1)?.pos === 'NOUN')) && !/^(?:be|have)$/.test(t.lemma);
    }
    // "Borea's most senior diplomat", "the most advanced drones": an adverb of degree between a
    // determiner or possessive and its adjective is inside the phrase.
    if (t.pos === 'ADV' && DEGREE.has(t.lower) && at(i + 1)?.pos === 'ADJ' && /^(?:DET|PRON)$|^['’]s$/.test(at(i - 1)?.pos === 'PART' ? at(i - 1)!.text : (at(i - 1)?.pos ?? ''))) return true;
    // "more than 60": a comparison before a number stays in the phrase.
    if (t.lower === 'than' && /^(?:more|less|fewer)$/.test(at(i - 1)?.lower ?? '') && at(i + 1)?.pos === 'NUM') return true;
    if (t.text === '-' || t.text === "'s" || t.text === "'" || t.text === '’s' || t.text === '’') return isWord(at(i - 1)) && isWord(at(i + 1)) && i > from;
    return false;
  };
  // "Late on Sunday the army had accused…", "on May 8 a patrol…": an article after a day or a
  // time word opens the subject; the time phrase is not part of it.
  // "On Monday Borea said…", "on May 8 Arland's army said…": a name after a day's name opens the subject too.
  const opensAfterTime = (i: number): boolean => {
    const before = at(i - 1)!;
    const current = at(i)!;
    if (ARTICLE.has(current.lower)) return before.pos === 'PROPN' || before.pos === 'NUM' || TIME_NOUNS.has(before.lower);
    const dayBefore = DAY_NAMES.test(before.lower) || (before.pos === 'NUM' && DAY_NAMES.test(at(i - 2)?.lower ?? ''));
    return current.pos === 'PROPN' && dayBefore && !DAY_NAMES.test(current.lower);
  };
  const opensContactClause = (i: number): boolean => SUBJECT_PRONOUNS.has(at(i)!.lower) && at(i - 1)!.pos === 'NOUN' && !TIME_NOUNS.has(at(i - 1)!.lower);
  const chunks: Chunk[] = [];
  // The first verb of the sentence, so that "is there a verb before i" is a comparison, not a scan.
  let firstVerb = from;
  while (firstVerb < to && !isVerbal(tokens[firstVerb]!)) firstVerb++;
  for (let i = from; i < to; ) {
    if (!nominal(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end < to && nominal(end) && !(end > i && (opensAfterTime(end) || opensContactClause(end)))) end++;
    // "troops and rebels", "rifles or ammunition": coordinated phrases are one phrase; but after a
    // verb, a phrase with its own verb after it opens a clause ("…at midnight and troops withdrew").
    const verbBefore = firstVerb < i;
    while (end + 1 < to && (at(end)!.lower === 'and' || at(end)!.lower === 'or') && nominal(end + 1) && !isVerbal(at(end + 1)!)) {
      let next = end + 1;
      while (next < to && nominal(next)) next++;
      if (verbBefore && at(next) && isVerbal(at(next)!)) break;
      end = next;
    }
    // "dozens of militants": a quantity, "of", and a phrase are one phrase.
    while (end + 1 < to && at(end)!.lower === 'of' && QUANTITIES.has(at(end - 1)!.lower) && nominal(end + 1)) {
      end += 1;
      while (end < to && nominal(end)) end++;
    }
    chunks.push({ start: i, end });
    i = end;
  }
  chunks.forEach((c, k) => chunkOf.fill(k, c.start - from, c.end - from));

  // Verb groups: auxiliaries, particles, adverbs and verbs outside noun phrases, with a verb in them.
  const groups: Chunk[] = [];
  for (let i = from; i < to; ) {
    const inGroup = (j: number) => {
      const t = at(j)!;
      return chunkOf[j - from] === -1 && (isVerbal(t) || (t.pos === 'PART' && t.lower !== "'s") || t.pos === 'ADV');
    };
    if (!inGroup(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end < to && inGroup(end)) end++;
    let start = i;
    while (start < end && !isVerbal(at(start)!) && at(start)!.pos !== 'PART') start++;
    if ([...Array(end - start).keys()].some((k) => isVerbal(at(start + k)!))) groups.push({ start, end });
    i = end;
  }
  groups.forEach((g, k) => groupOf.fill(k, g.start - from, g.end - from));

  // Clause openings.
  // The first clause has an opener too: "Since fighting broke out…, ", "If talks fail, …".
  const first = at(from);
  // `resumes`: the comma that opens an aside the clause closes ("A news site, citing its border
  // guards, | said …"): its subject stands before that comma.
  const opens: { at: number; opener?: string; resumes?: number }[] = [
    first && SUBORDINATORS.has(first.lower) && first.lower !== 'that' && clauseLike(from + 1) ? { at: from, opener: first.lower } : { at: from },
  ];
  for (let i = from + 1; i < to; i++) {
    const t = at(i)!;
    const prev = at(i - 1)!;
    if (CLAUSE_PUNCT.has(prev.text) && !CLAUSE_PUNCT.has(t.text)) opens.push({ at: i });
    // The comma that closes a fronted subordinate clause opens the main one: "If the talks fail, | the guns …".
    else if (prev.text === ',' && opens.length === 1 && opens[0]!.opener !== undefined && clauseLike(i)) opens.push({ at: i });
    else if (RELATIVE.has(t.lower) && t.pos !== 'ADP') opens.push({ at: i, opener: t.lower });
    else if (t.lower === 'that' && chunkOf[i - from] === -1 && (isVerbal(prev) || prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.text === ',')) opens.push({ at: i, opener: 'that' });
    // "act as an intermediary", "served as a mediator": a role, not a clause.
    else if (SUBORDINATORS.has(t.lower) && t.lower !== 'that' && !(t.lower === 'as' && ROLE_VERBS.has(prev.lemma)) && clauseLike(i + 1)) opens.push({ at: i, opener: t.lower });
    else if (prev.text === ',' && (CONTINUATIONS.has(t.lower) || (t.pos === 'VERB' && t.lower.endsWith('ing')))) opens.push({ at: i, opener: t.lower });
    // "A news site, citing its border guards, said …": the verb after a participle set off by
    // commas goes on with the subject before the aside, as a new clause.
    else if (prev.text === ',' && isVerbal(t) && !t.lower.endsWith('ing') && asideBefore(i - 1) !== undefined) opens.push({ at: i, resumes: asideBefore(i - 1)! });
    // "the island struck by artillery on Tuesday": a participle with its agent after a noun tells
    // what befell the noun, a clause of its own within the sentence's news.
    else if (t.pos === 'VERB' && t.lower !== t.lemma && !/(?:ing|[^s]s)$/.test(t.lower) && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && at(i + 1)?.lower === 'by' && hasVerb(opens.at(-1)!.at, i - 1)) opens.push({ at: i });
    // "called on Arland and Borea to stop": an "and" inside a noun phrase joins its names, no clauses.
    // "the danger to farmers and to the border guards had passed": an "and" before a
    // preposition joins two phrases of the one subject, unless a subject of its own follows before
    // the verb ("and in March troops crossed").
    else if ((t.lower === 'and' || t.lower === 'but') && chunkOf[i - from] === -1 && clauseLike(i + 1) && !phrasesOnly(i + 1) && (prev.text === ',' || t.lower === 'but' || isVerbal(at(i + 1) ?? t) || hasVerb(opens.at(-1)!.at, i))) opens.push({ at: i + 1, opener: t.lower });
  }
  /**
   * The comma that opens a participle aside closed by the comma at `close`, when the clause it
   * opened has no verb of its own after its participle, and a phrase but no verb stands before it.
   */
  function asideBefore(close: number): number | undefined {
    const open = opens.at(-1)!;
    const comma = open.at - 1;
    if (open.opener === undefined || at(comma)?.text !== ',') return undefined;
    // "The declaration, which Lena Ferrin read to the hall, | condemned …": a relative clause set
    // off by commas after a subject with no verb yet says who or what the subject is; the verb
    // after its closing comma is the subject's.
    const relative = ASIDE_RELATIVE.has(open.opener) && hasVerb(open.at + 1, close);
    if (!relative && !(CONTINUATIONS.has(open.opener) || open.opener.endsWith('ing'))) return undefined;
    if ((!relative && hasVerb(open.at + 1, close)) || hasVerb(opens.at(-2)?.at ?? from, comma) || chunkOf[comma - 1 - from] === -1) return undefined;
    return comma;
  }
  /** The tokens `[a, b)` hold a verb group: a clause is already under way. */
  function hasVerb(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (groupOf[k - from] !== -1 && isVerbal(at(k)!)) return true;
    return false;
  }
  /**
   * From `j`, after an "and", the preposition of the phrase before the "and" opens again only
   * phrases that a preposition introduces, up to the next verb: no subject of their own ("to
   * civilians and to the security forces had been removed").
   */
  function phrasesOnly(j: number): boolean {
    if (at(j)?.pos !== 'ADP') return false;
    const before = chunkOf[j - 2 - from] ?? -1;
    if (before === -1 || at(chunks[before]!.start - 1)?.lower !== at(j)!.lower) return false;
    for (let k = j; k < to; k++) {
      const t = at(k)!;
      if (isVerbal(t) && groupOf[k - from] !== -1) return true;
      if (t.pos === 'PRON') return false;
      const c = chunkOf[k - from]!;
      if (c !== -1 && chunks[c]!.start === k && at(k - 1)?.pos !== 'ADP') return false;
    }
    return true;
  }
  /** A verb follows soon, before any punctuation: what opens here is a clause, not a phrase. */
  function clauseLike(j: number): boolean {
    for (let k = j; k < Math.min(to, j + 8); k++) {
      const t = at(k)!;
      if (t.pos === 'PUNCT') return false;
      if (isVerbal(t) && groupOf[k - from] !== -1) return true;
    }
    return false;
  }

  const clauses: Clause[] = [];
  const resumed = new Map<number, number>();
  const unique = opens.filter((o, k) => k === 0 || o.at > opens[k - 1]!.at);
  unique.forEach((o, k) => {
    const end = unique[k + 1]?.at ?? to;
    if (end <= o.at) return;
    clauses.push({ start: o.at, end, ...(o.opener ? { opener: o.opener } : {}) });
    if (o.resumes !== undefined) resumed.set(o.at, o.resumes);
  });
  clauses.forEach((c, k) => clauseOf.fill(k, c.start - from, c.end - from));

  // Subjects: the phrase before the clause's first verb group; for a relative clause, the phrase
  // the pronoun stands for; none in a clause that starts with its verb, which borrows the last.
  let last: Chunk | undefined;
  for (const clause of clauses) {
    // "In a statement read on television, the minister said …": a participle right after a phrase
    // a preposition opens, set off by a comma before the next verb, tells of that phrase; the
    // clause's verb is the one after the comma.
    const inClause = groups.filter((g) => g.start >= clause.start && g.start < clause.end);
    const describing = (g: Chunk) =>
      clause.opener === undefined && g.end - g.start === 1 && at(g.start)!.pos === 'VERB' && !/(?:ing|s)$/i.test(at(g.start)!.lower) && chunkOf[g.start - 1 - from] !== undefined && chunkOf[g.start - 1 - from] !== -1 &&
      at(chunks[chunkOf[g.start - 1 - from]!]!.start - 1)?.pos === 'ADP' && chunks[chunkOf[g.start - 1 - from]!]!.start - 1 === clause.start;
    const commaAfter = (g: Chunk, next: Chunk) => tokens.slice(g.end, next.start).some((t) => t.text === ',');
    const group = inClause[0] && inClause[1] && describing(inClause[0]) && commaAfter(inClause[0], inClause[1]) ? inClause[1] : inClause[0];
    // The subject is the last phrase before the verb that no preposition introduces: in "forces in
    // the province on Friday recaptured", it is "forces".
    const before = group ? chunks.filter((c) => c.start >= clause.start && c.end <= group.start) : [];
    const opening = clause.opener && at(clause.start)!.lower === clause.opener ? clause.start + 1 : clause.start;
    const candidates = before.filter((c) => c.start <= opening || at(c.start - 1)?.pos !== 'ADP');
    // "residents, afraid for their safety, have fled": an adjective set off by commas describes the
    // phrase before it, the subject.
    const describes = (c: Chunk) => at(c.start - 1)?.text === ',' && tokens.slice(c.start, c.end).every((t) => t.pos === 'ADJ' || t.pos === 'ADV');
    let subject = candidates.at(-1) && describes(candidates.at(-1)!) && candidates.length > 1 ? candidates.at(-2) : candidates.at(-1);
    if (subject && subject.start === clause.start && at(subject.start)!.lower === 'that') subject = undefined;
    if (!subject && clause.opener && RELATIVE.has(clause.opener)) subject = chunks.filter((c) => c.end <= clause.start).at(-1);
    if (!subject && clause.opener === 'that' && group && group.start === clause.start + 1) subject = chunks.filter((c) => c.end <= clause.start).at(-1);
    // "said Borean forces were massing and had fired on villages": a verb joined by "and" goes on
    // with the subject of the verb just before it, the reported one, not the teller.
    if (!subject && (clause.opener === 'and' || clause.opener === 'but') && group?.start === clause.start) {
      const prevClause = clauses[clauses.indexOf(clause) - 1];
      const prevGroup = prevClause ? groups.filter((g) => g.start > prevClause.start && g.end <= clause.start).at(-1) : undefined;
      const own = prevGroup ? chunks.find((c) => c.end === prevGroup.start && c.start >= prevClause!.start && at(c.start - 1)?.pos !== 'ADP') : undefined;
      // "said the island was theirs and told fishermen not to worry": a second telling is the teller's.
      const tellsAgain = tokens.slice(group.start, group.end).some((t) => TELLING.has(t.lemma) || SPEAKING.has(t.lemma));
      const told = !tellsAgain && own !== undefined && groups.some((g) => g.start >= prevClause!.start && g.end <= own.start && tokens.slice(g.start, g.end).some((t) => TELLING.has(t.lemma)));
      if (own && told) subject = own;
      // The teller is the subject of the latest clause before whose verb is one of telling.
      if (tellsAgain) {
        const teller = clauses.slice(0, clauses.indexOf(clause)).findLast((c) => c.subject !== undefined && groups.some((g) => g.start >= c.start && g.end <= c.end && tokens.slice(g.start, g.end).some((t) => TELLING.has(t.lemma))));
        if (teller) subject = teller.subject;
      }
    }
    const aside = resumed.get(clause.start);
    if (!subject && aside !== undefined) subject = chunks.filter((c) => c.end <= aside).at(-1);
    subject ??= last;
    if (subject) {
      clause.subject = subject;
      last = subject;
    }
  }
  return { start: from, end: to, chunks, groups, clauses, chunkOf, groupOf, clauseOf };
}
