import type { Modality } from '../lexicon/happeningsSchema.ts';
import { assertionOf, type Tense } from './assertionOf.ts';
import type { HappeningRules } from './compileHappenings.ts';
import { findAttributions, type Attribution } from './findAttributions.ts';
import { readStructure, type Chunk, type Clause, type Structure } from './readStructure.ts';
import { SUBJECT_PRONOUNS } from './subjectPronouns.ts';
import { retagGerunds } from './retagGerunds.ts';
import { retagNameDashes } from './retagNameDashes.ts';
import { retagNamedSubjectVerbs } from './retagNamedSubjectVerbs.ts';
import { retagTellingPasts } from './retagTellingPasts.ts';
import { retagPhrasalVerbs } from './retagPhrasalVerbs.ts';
import { rolesOf } from './rolesOf.ts';
import { tagText, type Token } from './tagText.ts';
import { tokenKeys } from './tokenKeys.ts';
import { typeOf, type Occurs, type Typed } from './typeOf.ts';
import { withoutTellers } from './withoutTellers.ts';
import { SPEECH_KINDS } from '../sentences/speechKinds.ts';
import { isMeetingTopic } from './isMeetingTopic.ts';
import { judgedAsBlame } from './judgedAsBlame.ts';
import { VIOLENT_KINDS } from './violentKinds.ts';
import { settingsBeside } from './settingsBeside.ts';
import { CALENDAR_NAMES } from '../time/calendarNames.ts';

/** A stretch of the text, by character offsets `[start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** One happening a text reports, and how it reports it. */
export interface Happening {
  /** Leaf type: an ontology type, or a non-conflict one (natural-disaster, man-made-disaster, organised-crime). */
  type: string;
  /** The ontology's reader-facing kind; none for a non-conflict type. */
  kind?: string;
  /** False for what a conflict timeline leaves out. */
  conflict: boolean;
  /** The words that report it. Offsets are into the text given. */
  trigger: TextSpan;
  /** Read as a verb ("attacked") or a noun ("the attack"). */
  pos: 'noun' | 'verb';
  /** For a noun, the word that determines its phrase: "the", "a", "its", "several". */
  determiner?: string;
  /** The trigger's words in their dictionary forms: "called the vote absurd" → "call the vote absurd". */
  lemma: string;
  /** Index of its sentence in the text. */
  sentence: number;
  /** Its clause: dates and places in it belong to it. */
  clause: TextSpan;
  /** Denied: "no clashes were reported", "did not attack", "without resistance". */
  negated: boolean;
  /** Not a plain fact: possible ("could"), feared, planned ("will", "scheduled"), threatened, demanded ("urged to"), attempted. */
  modality?: Modality;
  modalityWord?: string;
  /** As its own clause's verb group shows it. */
  tense?: Tense;
  /** "has attacked" (present perfect: news of the day) or "had attacked" (past perfect: before the story's time). */
  perfect?: 'present' | 'past';
  /** For a noun, the verb group that says what became of it ("held talks", "asked … to a meeting"). */
  governor?: TextSpan;
  /** Who did it and to whom, as the clause says. */
  agent?: TextSpan;
  patient?: TextSpan;
  /** Reported speech: who told it, to whom, and whether as a one-sided claim. */
  told?: { by?: TextSpan; to?: TextSpan; claim: boolean; frame: TextSpan };
  /** For statements, appeals, proposals, accusations, denials and claims: who spoke and to whom. */
  speaker?: TextSpan;
  addressee?: TextSpan;
  /** Told as the cause or setting of something else ("sanctions over the bombing", "after militants attacked"): a recap, not the news. */
  background: boolean;
  /** Harm named without its cause ("were killed"): it stands only when nothing more specific does. */
  casualty: boolean;
  /** The lexicon rule that typed it, e.g. "triggers[1].refine[8]". */
  rule: string;
}

const ANY_WORD = '*';

/** "what its ministry called": a free relative's "what", a few words before a verb of naming. */
const WHAT_BEFORE = /\bwhat\s+(?:[^\s,.;:]+\s+){0,5}$/i;
const PARTICIPLE_OF_SAYING = /,\s+(?:saying|adding|claiming|arguing|insisting|alleging)\b[^.;:!?]*$/i;
const WHOLE_CONFLICT = /\b(?:war|wars|conflict|insurgency|crisis|dispute|feud)\b/i;
const RECURRING = /\b(?:(?:in|over|during) (?:recent|the past|the last|past) (?:few |several |two |three )?(?:years|decades)|for (?:years|decades)|in recent (?:months|years|decades))\b/i;
const SPENT = /\b(?:spends?|spent|spending)\s+(?:the\s+(?:past|last)\s+)?(?:[\p{L}\p{N}-]+\s+)?(?:months|years)\s+(?:\S+\s+)?$/iu;
const MONTHS_LONG = /\b(?:(?:in|over|during|for)\s+the\s+(?:past|last)\s+(?:[\p{L}\p{N}-]+\s+)?months|for\s+(?:many\s+|several\s+|some\s+)?months)\b/iu;
const EARLIER = new Set(['earlier', 'previous', 'prior', 'past', 'former', 'preceding', 'existing', 'longstanding']);
// Of some age already, as the tagger splits the words: "a months - old truce", "the long - standing dispute".
const AGED = /(?:^|\s)(?:\p{L}+ - old|long - standing)(?:\s|$)/u;
// A running total: harm counted up to now, from a start ("since"), over a stretch, or "so far".
// The noun's own verb, a present perfect of harm, a few words on: "Clashes since December 7 have killed".
const TOLL_AFTER = /^[^,;:.]{0,40}?\b(?:has|have)\s+(?:now\s+|already\s+|so far\s+)?(?:killed|wounded|injured|displaced|claimed|left)\b/i;
/** A clause of the sentence's own after a charge: ", but the pass stayed calm", "; but …" (not "but also", "but that"). */
const OWN_CLAUSE_AFTER = /[,;]\s*but\s+(?!also\b|that\b)/i;
// Sides named as doing something to one another: "blamed each other", "each side accused the other".
const MUTUAL = /^\S+\s+(?:each other|one another|the other)\b/i;
// Words for a day that may follow a happening's phrase: "set free tomorrow".
const DAY_NOUNS = new Set(['today', 'tomorrow', 'yesterday', 'tonight']);
// A participle set off after a comma, with at most a word of extent: ", both blamed on", ", widely blamed on".
const HELD_OF = /,\s+(?:(?:both|all|each|widely|largely|generally|also|long)\s+)?$/i;
// What ought to be, in the clause a "that" opens: a view, not a commitment. "agreed that talks
// were the only way forward" holds a view of the way, too.
const OUGHT = /^[^.;:]*?\b(?:should|must|ought to|needs? to|needed to|(?:is|was|are|were|remains?|remained)\s+the\s+(?:right|best|only|proper|sole)\s+(?:way|place|path|forum|framework|means|route|venue))\b/i;
// "The last time …", "the previous time …": an earlier occasion named as such.
const LAST_TIME = /\b(?:the\s+)?(?:last|previous|only other)\s+time\s+(?:that\s+)?[^,.;:]*$/i;
// Phrases that make an accord the rule something is done by.
const BY_ACCORD = /\b(?:in line with|as per|per|in accordance with|pursuant to|according to|under the terms of|in keeping with|in compliance with)\s+(?:the|its|their|this|that|a)?\s*$/i;
// "the agreement Arland signed with Borea", "accords signed by both": an accord named by the
// clause that tells its making is named as known; the making is news only by a date of its own.
const MADE_AFTER = /^\s+(?:(?:that|which)\s+)?(?:signed\s+(?:by|with|between)\b|(?:(?:the|both|all)\s+)?(?:\p{Lu}[\p{L}-]*|two\s+\p{Ll}+|sides|countries|parties)(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:had\s+|has\s+|have\s+)?(?:signed|agreed|reached|concluded)\b)/u;
// The same from the verb's side, and "as the two had agreed", "what the sides had agreed": an
// act measured against an accord made before. A party's name is read case-sensitively ((?-i:…)):
// under the flag \p{Lu} takes any letter, so "the deal would halt the fighting" read as a deal made before.
// "Under the pact, both sides undertook to keep their guns silent": pledges a sentence sets under an
// accord are its terms, made with it, no saying of the day.
const UNDER_ACCORD = /^\s*under\s+(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,3}(?:memorandum|agreement|accord|deal|treaty|pact|declaration|understanding)\s*,[^;.]*$/iu;
// "in front of a theatre where the movement's leader was chairing a meeting", "in Ondria, where she was
// attending a summit": a place described by what was going on there, in the progressive, is the
// scene of the news, not news of its own (not "were being shelled", a passive, nor "nothing");
// so is the occasion a speaker spoke at ("told reporters about the ceasefire
// as she opened a party meeting"): the words are the news.
const WHERE_SCENE = /\bwhere\s+(?:[^\s;.:]+\s+){1,10}?(?:was|were)\s+(?!(?:be|noth|someth|anyth)ing\b)\p{L}{2,}ing\s+(?:[^\s,;.:]+\s+){0,4}$|\b(?:spoke|said|told|speaking|addressed)\b[^.;:]{0,200}?\bas\s+(?:he|she|they)\s+(?:opened|closed|chaired|addressed|attended)\s+(?:[^\s,;.:]+\s+){0,4}$/iu;
// "the shooting came on the day Velmora's envoys were hosting talks": what a clause of "the day"
// tells marks the time of the news, the clock, not news of its own.
const DAY_WHEN = /\b(?:on|by|until|till)\s+the\s+(?:very\s+|same\s+)?(?:day|night|morning|afternoon|evening|eve)\s+(?:that\s+|when\s+)?(?:[^\s,;.:]+\s+){1,8}$/i;
// "the truce terms and those Arland signed with Ondria", "the agreement Arland had signed":
// the making told after the accord it names, or after "those" standing for accords just named, is
// how the sentence names a known accord, no accord made that day.
const MADE_BEFORE = /(?:\b(?:agreements?|accords?|deals?|treat(?:y|ies)|pacts?|those)\s+(?:(?:that|which)\s+)?(?:(?:(?:the|both|all)\s+)?(?:(?-i:\p{Lu})[\p{L}-]*|two\s+\p{Ll}+|sides|countries|parties)(?:\s+(?-i:\p{Lu})[\p{L}-]*)?\s+(?:had\s+|has\s+|have\s+)?)?|\b(?:as|what)\s+(?:[\p{L}-]+\s+){1,4}had\s+)$/iu;
// Verbs that bring down or stop what flies.
const DOWNING = /^(?:shoot down|bring down|down|intercept)$/;
// "met to discuss the border clashes", "will review the shelling": what a meeting talks over is its topic.
const PROGRESSIVE_BE = new Set(['was', 'were', 'is', 'are']);
const DISCUSSING = new Set(['discuss', 'debate', 'review', 'examine']);
// "she cited raids and seizures of its fishing boats": acts cited are the grounds of what
// the speaker says, known already; the saying is the news.
const CITING = new Set(['cite', 'invoke']);
// "pulled out of the border treaty", "suspended the accord": an accord undone was made before; the undoing is the news.
// "answering days of Borean war games", "in response to weeks of shelling": days of happenings an
// act answers are its cause, a stretch told as the setting of the news. One act answered ("in
// response to the strikes") may be that day's news too, and is left to the rules above.
const ANSWERED = /\b(?:answering|responding\s+to|in\s+(?:response|reply|answer)\s+to|retaliating\s+for)\s+(?:[\p{L}'’-]+\s+){0,2}(?:days|nights|weeks|months)\s+of\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
const UNDONE = /\b(?:suspend(?:s|ed)?|cancel(?:s|l?ed)?|scrap(?:s|ped)?|annul(?:s|led)?|revoke[ds]?|renounce[ds]?|abrogate[ds]?|withdr(?:aw|ew|awn|aws) from|pull(?:s|ed)? out of|walk(?:s|ed)? away from|tore up|tears? up)\s+(?:[\p{L}-]+\s+){0,4}$/iu;
// The words of an inquiry and the preposition that names what it looks into.
const INQUIRY_INTO = /\b(?:investigations?|inquiry|inquiries|enquiry|enquiries|probes?|fact-finding(?:\s+mission)?)\s+(?:into|of|on)\s+$/i;
// "that began", "which first flared": the origin a relative clause gives the thing it describes.
const BEGAN_WHEN = /\b(?:that|which)\s+(?:had\s+|has\s+)?(?:first\s+)?(?:began|begun|started|erupted|broke\s+out|flared(?:\s+up)?|arose|was\s+(?:sparked|triggered))\s*,?\s*$/i;
const REASON_FOR = /\b(?:understood|understands?|explain(?:ed|s)?|justif(?:y|ied|ies)|ask(?:ed|s)?|question(?:ed|s)?|wonder(?:ed|s)?|knew|knows?)\s+(?:why|how)\s+[^,;:.]*$/i;
const FOR_MONTHS = /\bfor\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+|about\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|\d+)\s+(?:months|years|decades)\b/i;
const PERFECT_BEFORE_WHERE = /\b(?:has|have)\s+(?:(?:also|already|now|since|\p{L}+ly)\s+)?\p{L}+(?:ed|en|t)\b[^.;:]*,\s*where$/iu;
const STRETCH_OPENING = /^\s*(?:[\p{L}]+\s+){0,2}?in\s+the\s+(?:days|weeks|months)\s+(?:before|after|leading\s+up\s+to|following|preceding)\b[^,;]*,/iu;
const STRETCH_ROUND = /\bin\s+the\s+(?:days|weeks|months)\s+(?:before|after|leading\s+up\s+to|following|preceding)\b/i;
const CAUSES_OF = /(?:\b(?:what|which)\s+(?:led|gave\s+rise)\s+to|\b(?:causes?|reasons?|origins?|roots?)\s+(?:of|for|behind))\s+$/i;
// The grounds an act is taken on: "detained the skipper on suspicion of ramming a patrol boat", "charged
// with firing on the guards", "an offence linked to the collisions" after such a charge. The act
// charged is what the detention or the charge names, a recap of an earlier day, not news of its own.
const CHARGED_WITH = /\b(?:on\s+(?:suspicion|charges?|accusations?|allegations?)\s+of|suspected\s+of|charged\s+(?:[^\s,;:]+\s+){0,3}?with|for\s+allegedly)\s+(?:(?!\b(?:but|while|whereas)\b)[^;:])*$/i;
// "expelled the envoy, giving the raid on its consulate as the reason": what an act is given as the
// reason for is its grounds, as what it cites is.
const GIVEN_AS = /\bg(?:ive|ives|iving|iven|ave)\s+(?:[^\s,;:]+\s+){0,4}$/i;
const AS_REASON = /^[^;:.]*?\bas\s+(?:its|the|their|his|her|a|one)\s+(?:[\p{L}-]+\s+)?(?:reasons?|grounds?|justifications?|pretexts?|motives?)\b/iu;
// Phrases, up to a noun phrase's first words, that make what follows an act's reason: "in response to the".
const ANSWERED_BEFORE = /\b(?:(?:in )?(?:retaliation|response|reaction|reprisal|revenge|riposte)s? (?:for|to)|in protest (?:at|against)|in the wake of)\s+(?:\S+\s+){0,3}$/i;
// Verbs whose "that" clause is what they tell, not a description of a noun.
const SAYING_VERBS = new Set(['say', 'tell', 'report', 'announce', 'claim', 'state', 'add', 'confirm', 'deny', 'insist', 'warn', 'allege', 'accuse', 'note', 'write', 'inform', 'assure', 'argue']);
const SAYING_NOUNS = new Set(['statement', 'report', 'claim', 'news', 'word', 'allegation', 'assurance', 'warning', 'fear', 'sign', 'evidence',
  'indication', 'suggestion', 'belief', 'view', 'charge', 'accusation', 'rumour', 'rumor', 'announcement', 'message', 'promise', 'hope', 'concern']);
// A time told by the years since it, or by its anniversary.
// A clause set in a century or a decade gone ("fought three wars in the last century", "in the
// 1960s") recalls history as years past do.
const YEARS_PAST = /\b(?:anniversary|(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|several|many|some)\s+(?:years?|decades?)\s+(?:ago|old|earlier|before|since))|(?:in|during|over|throughout)\s+the\s+(?:(?:last|past|previous)\s+century|(?:\d{2}th|nineteenth|twentieth)\s+century|1[89]\d0s|(?:sixties|seventies|eighties|nineties)))\b/i;
const RUNNING = /\b(?:since|so far|to date|over the (?:past|last)|in (?:the )?(?:past|last))\b/i;

/**
 * Whether the words before a happening's noun, back to its determiner, set it before the news
 * ("an earlier clash", "the previous rounds"). The tagger may take the noun for a verb ("an
 * earlier clash"), so the determiner, not the tag, says it is a noun phrase.
 */
function setBefore(tokens: readonly Token[], phraseStart: number, start: number): boolean {
  let earlier = false;
  let i = start - 1;
  for (; i >= 0 && (i >= phraseStart || /^(?:ADJ|ADV|NUM)$/.test(tokens[i]!.pos)); i--) earlier ||= EARLIER.has(tokens[i]!.lower);
  earlier ||= AGED.test(tokens.slice(Math.max(0, Math.min(i + 1, start - 4)), start).map((t) => t.lower).join(' '));
  return earlier && ((phraseStart < start && i < phraseStart) || tokens[i]?.pos === 'DET' || /^['’]s$/.test(tokens[i]?.text ?? ''));
}
// Prepositions and clause openers that make what follows the cause or setting of the news.
// "concerned about the clashes", "asked about the strikes": the topic of what is said, not news of its own.
const BACKGROUND = new Set(['after', 'over', 'following', 'amid', 'despite', 'since', 'before', 'ahead', 'for', 'during', 'until', 'about']);
// Times a happening may mark: "the day of the arrest", "the eve of the talks".
const TIME_OF = /^(?:day|eve|night|morning|afternoon|evening|moment|time|anniversary|aftermath|wake)$/;
// Verbs of a trip whose purpose a "for" names: "visited Velmora for talks".
const TRIP_VERBS = new Set(['visit', 'arrive', 'fly', 'travel', 'go', 'come', 'head', 'gather']);
// Prepositions that make a meeting the occasion of what a sentence tells: "at the talks", "during a
// call", "in a phone call with".
const OCCASION = new Set(['at', 'during', 'in']);
// Verbs that judge an act someone else reports: "condemned the shelling", "welcomed the truce".
// The act judged is the topic of the statement, known from its own report, not news of the day.
const JUDGING = new Set(['condemn', 'denounce', 'deplore', 'decry', 'criticise', 'criticize', 'welcome', 'praise', 'hail', 'regret', 'lament', 'protest', 'mourn']);

// Verbs that take an act named as known for something ("saw the release as a gesture", "regards the
// fighting as very serious", "treats the shooting as terrorism"): the "as" says what the speaker
// holds the act to be, a verdict on it; the act is its topic, told as news by its own report.
const HELD_AS = new Set(['see', 'regard', 'view', 'treat']);
const AS_AFTER = /^[^;:.]*?\bas\b/i;

// Words of a length that may head "… of fighting": "after more than a year of fighting".
const MEASURE_WORDS = /^(?:ADJ|ADV|NUM|DET|NOUN|ADP)$/;
// Lengths longer than the days an article's news spans; and runs of several happenings ("after a
// run of attacks", "amid a spate of shootings"), which are the setting of the news, not one of its days.
// "the latest in a string of", "another in a series of": the series a happening is counted in.
const SERIES_COUNTED_IN = /\b(?:latest|last|newest|recent|another|first|second|third|fourth|fifth)\s+in\s+(?:an?|the)\s+(?:\S+\s+)?(?:string|series|spate|wave|run|succession)\s+of\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const LONG_UNITS = /^(?:weeks?|months?|years?|decades?|run|series|spate|string|wave|succession)$/;

/**
 * Whether a noun is measured by a length longer than a few days that a background preposition
 * opens: "after more than a year of fighting", "amid weeks of shelling". Such a stretch sets the
 * news as a recap; "after two days of talks" may be the news itself.
 */
function measuredAfter(tokens: readonly Token[], phraseStart: number): boolean {
  if (tokens[phraseStart - 1]?.lower !== 'of') return false;
  // "Years of negotiations have failed", "said years of talks had led nowhere": a stretch of
  // years names a recap wherever it stands ("three months of fighting had ended" may be the round's
  // own end, and is left to the prepositions below).
  if (/^(?:years|decades)$/i.test(tokens[phraseStart - 2]?.lower ?? '')) return true;
  let long = false;
  for (let i = phraseStart - 2; i >= Math.max(0, phraseStart - 7); i--) {
    const t = tokens[i]!;
    // "the worst violence since the four days of fighting in February": what a "since" measures
    // from came before the news, however short it lasted.
    if (BACKGROUND.has(t.lower)) return long || t.lower === 'since';
    if (!MEASURE_WORDS.test(t.pos) || t.sentence !== tokens[phraseStart]!.sentence) return false;
    long ||= LONG_UNITS.test(t.lower);
  }
  return false;
}

/** The better of the types several entries give one trigger: a refine rule's type, then a default, then a refine rule's "none". */
const preference = (t: Typed) => (t.type === null ? 2 : t.refined ? 0 : 1);

/**
 * Finds the happenings a text reports, sentence by sentence and clause by clause: the words that
 * report each, its type by who did what to whom, and how it is asserted. A more specific
 * happening is not swallowed by the statement that frames it ("a ceasefire declared in a joint
 * statement" is a ceasefire); harm without a named cause is marked `casualty`.
 * @example findHappenings('Rebels shelled the town.', rules)[0].type // 'shelling'
 */
export function findHappenings(text: string, rules: HappeningRules, tagged: readonly Token[] = tagText(text, rules.verbOnly)): Happening[] {
  const tokens = retagGerunds(retagTellingPasts(retagNamedSubjectVerbs(retagNameDashes(retagPhrasalVerbs(tagged, rules.irregular)))));
  const keys = tokenKeys(tokens, rules.irregular);
  // The token that starts at an offset, looked up once per text: a scan of every token for each
  // happening made a long article quadratic.
  const tokenAt = new Map(tokens.map((t, i) => [t.start, i]));
  const span = (c: Chunk): TextSpan => ({ start: tokens[c.start]!.start, end: tokens[c.end - 1]!.end, text: text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end) });

  // Where each class occurs, once for the whole text, in order of start; a run is looked up by
  // binary search, so that a long article costs no more per sentence than a short one.
  const hits = new Map<string, { start: number; end: number }[]>();
  for (const m of rules.findClasses.all(tokens, keys)) {
    for (const c of m.values) {
      let list = hits.get(c);
      if (!list) hits.set(c, (list = []));
      list.push({ start: m.start, end: m.end });
    }
  }
  const occurs: Occurs = (value, run, startsAt) => {
    // "*": any word at all, so that a rule can ask that a role be filled ("patient: ['*']").
    if (value === ANY_WORD) return run.end > run.start;
    if (rules.classNames.has(value)) {
      const list = hits.get(value) ?? [];
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.start < run.start) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < list.length && list[k]!.start < (startsAt ? run.start + 1 : run.end); k++) if (startsAt || list[k]!.end <= run.end) return true;
      return false;
    }
    const at = positions(value);
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! < run.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < at.length && at[lo]! < (startsAt ? run.start + 1 : run.end);
  };
  // The tokens a word is a key of, in order, listed on first asking: a rule asks of the same
  // words in runs that can span a whole long sentence, which a scan of each run made quadratic.
  const wordAt = new Map<string, number[]>();
  const positions = (value: string) => {
    let at = wordAt.get(value);
    if (!at) {
      at = [];
      for (let i = 0; i < keys.length; i++) if (keys[i]!.includes(value)) at.push(i);
      wordAt.set(value, at);
    }
    return at;
  };

  // Whether a pattern occurs in a clause, read once for each clause and pattern: each happening
  // asked it of its own clause, which a clause of thousands of happenings made quadratic.
  const clauseReadings = new Map<RegExp, Map<string, boolean>>();
  const inClause = (pattern: RegExp, clause: Clause) => {
    let read = clauseReadings.get(pattern);
    if (!read) clauseReadings.set(pattern, (read = new Map()));
    const key = `${clause.start}:${clause.end}`;
    let found = read.get(key);
    if (found === undefined) read.set(key, (found = pattern.test(text.slice(tokens[clause.start]!.start, tokens[clause.end - 1]!.end))));
    return found;
  };

  const found: Happening[] = [];
  for (const [from, to] of sentenceRuns(tokens)) {
    const structure = readStructure(tokens, from, to);
    const matches = rules.findTriggers.longest(tokens, keys, from, to);
    // "claimed responsibility" is a happening, not the frame "claimed": the longer reading wins.
    const attributions = findAttributions(tokens, keys, structure, rules).filter(
      (a) => !matches.some((m) => m.start <= a.frame.start && m.end >= a.frame.end && m.end - m.start > a.frame.end - a.frame.start),
    );
    const inFrame = (a: number, b: number) => attributions.some((x) => a < x.frame.end && b > x.frame.start);
    const headline = isHeadline(tokens, from, to);
    // "took all three boats, saying they had entered its waters illegally": what a participle of
    // saying adds to an act is the doer's account of it, no news of its own. After a telling
    // ("said …, adding that …") it goes on telling, and what it tells stands.
    const justifies = (at: number) => {
      const participle = PARTICIPLE_OF_SAYING.exec(text.slice(tokens[from]!.start, tokens[at]!.start));
      if (!participle) return false;
      const comma = tokens[from]!.start + participle.index;
      return !attributions.some((a) => tokens[a.frame.start]!.start < comma) && !inSentence.some((h) => h.trigger.start < comma && h.kind !== undefined && SPEECH_KINDS.has(h.kind));
    };
    // Whether the clause opening at `at` describes the thing before it ("vessels that had entered",
    // "the post, which had been shelled"), not what a verb of saying tells ("said on Monday that its
    // units had fired", "told the council that …").
    const describing = (at: number) => {
      const opener = tokens[at]!.lower;
      // "villagers who had fled" names people by what they went through, which a timeline keeps.
      if (opener !== 'that' && opener !== 'which') return false;
      const before = tokens[at - 1];
      if (at <= from || !before || (opener === 'that' ? before.pos !== 'NOUN' : !/^(?:NOUN|PROPN|PUNCT)$/.test(before.pos))) return false;
      // "told the council that", "said last week that": a phrase right after a verb of saying is
      // its hearer or its time, and the "that" opens what was said.
      // A noun of saying has its content after "that" ("reports that", "a statement that"), and
      // "said in a statement that" tells past a phrase of how.
      if (SAYING_NOUNS.has(before.lemma) || SAYING_NOUNS.has(before.lower)) return false;
      let i = at - 1;
      for (let phrases = 0; phrases < 2; phrases++) {
        while (i > from && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[i - 1]!.pos)) i--;
        const verb = tokens[i - 1];
        if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX') && SAYING_VERBS.has(verb.lemma)) return false;
        if (verb?.pos !== 'ADP') break;
        i--;
      }
      return true;
    };
    const contactClause = (at: number) => {
      let i = at - 1;
      while (i > from && /^(?:had|been|already|just|long|not)$/i.test(tokens[i]!.lower)) i--;
      return i < at - 1 && SUBJECT_PRONOUNS.has(tokens[i]!.lower) && tokens[i - 1]?.pos === 'NOUN' && i - 1 >= from;
    };
    const describedAside = (a: number, b: number) => {
      if (a - 2 < from || tokens[a - 1]!.text !== ',' || !/^(?:NOUN|PROPN)$/.test(tokens[a - 2]!.pos) || tokens[a]!.pos !== 'VERB' || /ing$/i.test(tokens[a]!.text)) return false;
      for (let j = b; j < to - 1; j++) {
        const t = tokens[j]!;
        if (t.text === ',') return tokens[j + 1]!.pos === 'AUX' || (tokens[j + 1]!.pos === 'VERB' && !/ing$/i.test(tokens[j + 1]!.text));
        if (t.pos === 'AUX' || (t.pos === 'VERB' && j > b)) return false;
      }
      return false;
    };
    const inSentence: (Happening & { inferred: boolean })[] = [];
    // The index in `structure.clauses` of each happening's clause, by its place in `inSentence`.
    const clauseAt: number[] = [];
    const queue = [...matches];
    for (let q = 0; q < queue.length; q++) {
      const m = queue[q]!;
      if (inFrame(m.start, m.end) || !standsAlone(tokens, structure, m.start, m.end, headline)) continue;
      const roles = rolesOf(tokens, structure, m.start, m.end, rules.carriers);
      const tellersAside = withoutTellers(occurs, attributions, m.start, from, to);
      const read = m.values
        .map((i) => typeOf(rules.triggers[i]!, roles, tellersAside))
        .filter((t): t is Typed => t !== undefined)
        .sort((a, b) => preference(a) - preference(b))[0];
      // A phrase that reports nothing where it stands ("held a fresh round of talks" read as "hold …
      // talk" with no one named across the table) hides no phrase that starts among the words after
      // its first: those are read in its place, left to right, longest first, as the sentence's own
      // phrases are. One ruled to report nothing (`type: null`: "a drone … entered" that was shot
      // down) still hides what lies within it, but not a phrase that only overlaps its end
      // ("forces carried out a provocation", where "force … out" of a noun is nothing).
      // "schools in border districts were closed": a gapped phrase whose first noun only modifies
      // the noun after it ("border districts") does not report with it; its other words may.
      // "threatened to halt trade talks unless the fighting stopped": a gapped phrase whose gap
      // holds a word opening another clause joins words of two clauses, and reports nothing.
      const modifierOnly = m.end - m.start > 2 && (modifiesNext(tokens, structure, m.start) || tokens.slice(m.start + 1, m.end - 1).some((t) => CLAUSE_OPENERS.has(t.lower)));
      // "troops were moving tanks": a verb's passive phrase, object first ("troop be move"), met by
      // a progressive, whose subject does the moving; the words after its first are read instead.
      const progressive = m.end - m.start > 2 && tokens.slice(m.start + 1, m.end - 1).some((t, k) => t.lemma === 'be' && /ing$/i.test(tokens[m.start + 2 + k]!.text));
      if (modifierOnly || progressive || !read?.type) {
        // "Talks were held between officials": a verb's passive phrase, object first ("talk be
        // hold"), that reports nothing where it stands leaves its object to be read on its own; so
        // does a verb's phrase met on a noun ("suspended talks with Arland", read as "talk with").
        const from = !modifierOnly && !progressive && read === undefined && (passiveAt(tokens, m.start, m.end) || /^(?:NOUN|PROPN)$/.test(tokens[m.start]!.pos)) ? m.start : m.start + 1;
        const found = rules.findTriggers.all(tokens, keys, from, to).filter((x) => x.start > m.start || x.end < m.end);
        const later = laterMatches(found, m, read !== undefined && read.type === null, from);
        const reached = later.at(-1)?.end ?? m.end;
        let next = q + 1;
        while (next < queue.length && queue[next]!.start < reached) next++;
        queue.splice(q + 1, next - q - 1, ...later);
        continue;
      }
      // "elections were called for March": a vote called for a time is set for it, no appeal.
      if (rules.types.get(read.type)?.kind === 'statement' && tokens[m.start]!.lemma === 'call' && BE_BEFORE.test(text.slice(Math.max(0, tokens[m.start]!.start - 12), tokens[m.start]!.start)) && TIME_AFTER.test(text.slice(tokens[m.end - 1]!.end, tokens[m.end - 1]!.end + 24))) continue;
      // "any attack would be met with force", "the offer was met with scepticism": a passive "met
      // with" is how something was answered, no meeting of the sides.
      if (rules.types.get(read.type)?.kind === 'talks' && tokens[m.start]!.lemma === 'meet' && BE_BEFORE.test(text.slice(Math.max(0, tokens[m.start]!.start - 12), tokens[m.start]!.start)) && /^\s+with\b/i.test(text.slice(tokens[m.end - 1]!.end, tokens[m.end - 1]!.end + 8))) continue;
      // "agreed on a halt to the fighting", "a pause in the shelling": violence named as what stops is a truce.
      const halted = STOPPED.test(text.slice(Math.max(0, tokens[m.start]!.start - 40), tokens[m.start]!.start)) && HALTABLE.has(rules.types.get(read.type)?.kind ?? '');
      // "called the downing an act of aggression": a saying that judges an act by a word of blame accuses its doer.
      const blamed = !halted && rules.types.get(read.type)?.kind === 'statement' && rules.types.has('accusation') && judgedAsBlame(tokens, m.start, m.end, from, to, occurs);
      const typed = halted ? { ...read, type: 'ceasefire', refined: true } : blamed ? { ...read, type: 'accusation', refined: true } : { ...read, type: read.type };
      const info = rules.types.get(typed.type)!;
      const entry = rules.triggers[m.values.find((i) => typed.rule.startsWith(rules.triggers[i]!.id))!]!;
      const told = innermost(attributions, m.start);
      // A truce read from violence stopped ("said the shooting would stop") is no truce named as planned.
      const stopped = entry.type ? rules.types.get(entry.type)?.kind : undefined;
      const named = !(typed.refined && (stopped === 'fighting' || stopped === 'strike'));
      const assertion = foretold(
        decidedAct(concluded(assertionOf(tokens, keys, structure, roles, m.start, m.end, rules, entry.own), info.kind), info.kind, text.slice(Math.max(0, tokens[m.start]!.start - DECIDED_REACH), tokens[m.start]!.start)),
        named ? info.kind : undefined,
        told,
        text.slice(tokens[m.end - 1]!.end, tokens[to - 1]!.end),
        willed(tokens, from, to, m.start, m.end),
      );
      // "both capitals agree that the deal leaves their claims intact": sides that agree,
      // in the present, that something is so share a view; no accord is made ("agreed that troops
      // would pull back" is one).
      if (info.kind === 'ceasefire' && roles.pos === 'verb' && tokens[m.start]!.lemma === 'agree' && m.end - m.start === 1 && assertion.tense === 'present' && tokens[m.end]?.lower === 'that' && !headline) continue;
      // "they agreed that the dispute should be settled through dialogue": what sides agree ought
      // to be is a view they share, no accord; "agreed that troops would pull back" commits them.
      if (info.kind === 'ceasefire' && roles.pos === 'verb' && tokens[m.start]!.lemma === 'agree' && m.end - m.start === 1 && tokens[m.end]?.lower === 'that' && OUGHT.test(text.slice(tokens[m.end]!.end, tokens[to - 1]!.end))) continue;
      const clause = structure.clauses[structure.clauseOf[m.start - from]!]!;
      const agent = roles.agent.find((c) => c.end <= m.start || c.start >= m.end);
      const patient = roles.patient[0];
      const speech = info.kind !== undefined && SPEECH_KINDS.has(info.kind);
      const phraseStart = structure.chunks[structure.chunkOf[m.start - from]!]?.start ?? m.start;
      // "the envoy was summoned so that Arland could protest": a passive read object first tells
      // its own act, which the verb of a later clause does not judge.
      const judgedBy = roles.pos === 'noun' && !speech && !passiveAt(tokens, m.start, m.end) ? roles.governor[0] : undefined;
      // "arrived in Velmora on Monday for talks with his counterpart", "flew to Velmora for talks":
      // talks a trip was made for are the trip's business, held there, not the setting of other news.
      const tripFor = info.kind === 'talks' && roles.pos === 'noun' && tokens[phraseStart - 1]?.lower === 'for' &&
        tokens.slice(clause.start, phraseStart - 1).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && TRIP_VERBS.has(t.lemma));
      const background =
        (roles.pos === 'noun' && !tripFor && (BACKGROUND.has(tokens[phraseStart - 1]?.lower ?? '') || measuredAfter(tokens, phraseStart))) ||
        // "put the elections off on the day of the arrest", "on the eve of the talks": a happening
        // named to mark a time is the clock of the news, not news of its own.
        (roles.pos === 'noun' && tokens[phraseStart - 1]?.lower === 'of' && TIME_OF.test(tokens[phraseStart - 2]?.lower ?? '')) ||
        // "the council condemned Thursday's attack": the act judged is another report's news; one
        // judged as news, with "a" ("denounced a drone attack on a market on Saturday"), is told here.
        (judgedBy !== undefined && !/^an?$/i.test(tokens[phraseStart]?.text ?? '') && tokens.slice(judgedBy.start, judgedBy.end).some((t) => JUDGING.has(t.lemma) || JUDGING.has(t.lower) || DISCUSSING.has(t.lemma) || CITING.has(t.lemma))) ||
        (judgedBy !== undefined && !/^an?$/i.test(tokens[phraseStart]?.text ?? '') && tokens.slice(judgedBy.start, judgedBy.end).some((t) => HELD_AS.has(t.lemma)) &&
          AS_AFTER.test(text.slice(tokens[m.end - 1]!.end, tokens[to - 1]!.end))) ||
        (roles.pos === 'noun' && ANSWERED.test(text.slice(Math.max(0, tokens[m.start]!.start - 80), tokens[m.start]!.start))) ||
        (roles.pos === 'noun' && info.kind === 'ceasefire' && UNDONE.test(text.slice(Math.max(0, tokens[m.start]!.start - 60), tokens[m.start]!.start))) ||
        // "a statement about an earlier clash", "the previous round of talks": a happening its own
        // phrase sets before another is a recap of that other round.
        setBefore(tokens, Math.min(phraseStart, m.start), m.start) ||
        // "stationed under a bilateral security agreement", "under the truce, both sides must…": an
        // accord something is done under is the frame of it, already made. A named accord ("under
        // the Paris Peace Accords") is kept: its name makes it an event of its own to recall.
        (roles.pos === 'noun' && info.kind === 'ceasefire' && tokens[phraseStart - 1]?.lower === 'under' && !/^\p{Lu}/u.test(tokens[m.start]!.text)) ||
        (info.kind === 'ceasefire' && roles.pos === 'noun' && MADE_AFTER.test(text.slice(tokens[m.end - 1]!.end, tokens[to - 1]!.end))) ||
        (info.kind === 'ceasefire' && roles.pos === 'verb' && MADE_BEFORE.test(text.slice(tokens[from]!.start, tokens[m.start]!.start))) ||
        (info.kind === 'statement' && roles.pos === 'verb' && UNDER_ACCORD.test(text.slice(tokens[from]!.start, tokens[m.start]!.start))) ||
        DAY_WHEN.test(text.slice(tokens[from]!.start, tokens[m.start]!.start)) ||
        WHERE_SCENE.test(text.slice(tokens[from]!.start, tokens[m.start]!.start)) ||
        // "pulled back in line with the agreement", "as per the accord": an accord something is done
        // by is its frame, already made.
        (roles.pos === 'noun' && info.kind === 'ceasefire' && BY_ACCORD.test(text.slice(Math.max(0, tokens[phraseStart]!.start - 30), tokens[phraseStart]!.start))) ||
        // "since Arland began its attacks": a clause opened so is the setting of the news, nouns and all.
        (clause.opener !== undefined && BACKGROUND.has(clause.opener)) ||
        // "it happened overnight, while Arland was attacking Ondria": what was going on while the
        // news happened is its setting, told in the progressive.
        (clause.opener === 'while' && roles.pos === 'verb' && /ing$/i.test(tokens[m.start]!.lower) && PROGRESSIVE_BE.has(tokens[m.start - 1]?.lower ?? '')) ||
        // "a quarrel that began when Arland protested the road", "the crisis, which started when Borea
        // seized two trawlers": the origin a relative clause gives what it describes is a recap;
        // "the fighting began when Arland fired" tells the round's own start.
        (clause.opener === 'when' && BEGAN_WHEN.test(text.slice(Math.max(0, tokens[clause.start]!.start - 30), tokens[clause.start]!.start))) ||
        // "President Kael Orvan, whose appointment in May Borea hailed": a "whose" clause says who
        // someone is, by what is already known of them.
        clause.opener === 'whose' ||
        // "has stepped up raids on the hills near the border, where rebels fired on the crew": a place
        // described by what was done there, told in the past after a main clause in the present
        // perfect, is known from before.
        (clause.opener === 'where' && tokens[clause.start - 1]?.text === ',' && assertion.tense === 'past' && assertion.perfect === undefined &&
          PERFECT_BEFORE_WHERE.test(text.slice(tokens[from]!.start, tokens[clause.start]!.end))) ||
        // "the oilfield, which southern troops seized last Tuesday": a clause set off by a comma to
        // say what a thing is tells what is already known of it.
        // The aside ends at its closing comma: "At the crossing, which Borea calls Velkar, Arlandese
        // police fired tear gas" goes back to the main clause after it.
        ((clause.opener === 'which' || clause.opener === 'who' || clause.opener === 'whom') && tokens[clause.start - 1]?.text === ',' && info.kind !== 'statement' && info.kind !== 'accusation' &&
          !tokens.slice(clause.start, m.start).some((t) => t.text === ',')) ||
        // "fighting that has killed 13 and driven thousands from their homes": a relative clause in
        // the present perfect tells the running toll of what it is said of, not a happening of a day.
        (info.kind === 'humanitarian' && /\b(?:that|which)\s+(?:has|have)\s+[^.;:()]*$/i.test(text.slice(tokens[from]!.start, tokens[m.start]!.start))) ||
        // "Since fighting broke out on November 4, more than 50,000 have fled": flight counted up
        // since something began is a running total, not a flight of that day ("have fled since
        // Monday" stays the flight of the round).
        (info.kind === 'humanitarian' && assertion.perfect === 'present' && structure.clauses.some((c) => c.opener === 'since')) ||
        // "the war has killed more than 300 people": a whole war's running toll, no harm of a day.
        (entry.casualty === true && assertion.perfect === 'present' && agent !== undefined && WHOLE_CONFLICT.test(text.slice(tokens[agent.start]!.start, tokens[agent.end - 1]!.end))) ||
        // "Clashes since December 7 have killed 30 soldiers", "shelling has killed 40 so far": fighting
        // named as what a running toll counts is that toll's subject, no happening of the day.
        (roles.pos === 'noun' && (info.kind === 'fighting' || info.kind === 'strike') && TOLL_AFTER.test(text.slice(tokens[m.end - 1]!.end, tokens[to - 1]!.end)) &&
          RUNNING.test(text.slice(tokens[m.start]!.start, tokens[to - 1]!.end))) ||
        // "the camp, set up in woods near the post, had been cleared": a participle set off by
        // commas after a noun says what the noun is; the verb after the aside is the news.
        describedAside(m.start, m.end) ||
        // "have held 15 rounds of talks since 2020", "three clashes so far this year": happenings
        // counted up to now are a running total, no happening of the day.
        (roles.pos === 'noun' && assertion.perfect === 'present' && inClause(RUNNING, clause) &&
          tokens.slice(phraseStart, m.start).some((t) => t.pos === 'NUM')) ||
        // "the last time the two sides exchanged fire was in 2019": what a sentence names as the
        // last or previous time is an earlier round, by its own word.
        LAST_TIME.test(text.slice(tokens[from]!.start, tokens[m.start]!.start)) ||
        // "an investigation into the shooting", "a probe of the deaths": what an inquiry looks into
        // is its topic, told by its own report; the inquiry is the news.
        (roles.pos === 'noun' && INQUIRY_INTO.test(text.slice(Math.max(0, tokens[phraseStart]!.start - 40), tokens[phraseStart]!.start))) ||
        // "a report on what led to the clashes", "the causes of the fighting": what is traced back
        // to its causes is known already, the topic of the tracing, not a happening it tells.
        (roles.pos === 'noun' && CAUSES_OF.test(text.slice(Math.max(0, tokens[phraseStart]!.start - 40), tokens[phraseStart]!.start))) ||
        // "the raid was the latest in a string of attacks": the series a happening is counted in is
        // the run before it, a recap; the happening counted is the news.
        (roles.pos === 'noun' && SERIES_COUNTED_IN.test(text.slice(Math.max(0, tokens[m.start]!.start - 80), tokens[m.start]!.start))) ||
        // "a role in assaults on election offices in the days before the vote", "in the weeks after
        // the coup, troops were deployed": what a clause sets only in a stretch of days round
        // another happening has no day of its own; it is told by what it came before or after.
        inClause(STRETCH_ROUND, clause) ||
        // "In the weeks after the officer was detained, shots went off near the patrols": a sentence
        // that opens on such a stretch sets its main clause there too.
        STRETCH_OPENING.test(text.slice(tokens[from]!.start, tokens[m.start]!.start)) ||
        // "said it understood why Arland had carried out the strikes", "asked how Borea had let the
        // rebels cross": what a reason is sought or granted for, told in the past perfect, was done
        // before the saying; it is the topic, reported as news elsewhere.
        (assertion.perfect === 'past' && REASON_FOR.test(text.slice(tokens[from]!.start, tokens[m.start]!.start))) ||
        (!SPEECH_KINDS.has(info.kind ?? '') && isMeetingTopic(text, tokens[m.start]!.start)) ||
        // "summoned the envoy in protest at the attacks", "in the wake of the clashes", "stepping up
        // its response to the downing of a jet": what an act answers is its reason, told as news by
        // its own report.
        ANSWERED_BEFORE.test(text.slice(Math.max(0, tokens[phraseStart]!.start - 40), tokens[phraseStart]!.start)) ||
        justifies(m.start) ||
        (!speech && info.kind !== 'detention' && CHARGED_WITH.test(text.slice(tokens[from]!.start, tokens[m.start]!.start))) ||
        (roles.pos === 'noun' && GIVEN_AS.test(text.slice(Math.max(0, tokens[phraseStart]!.start - 40), tokens[phraseStart]!.start)) && AS_REASON.test(text.slice(tokens[m.end - 1]!.end, tokens[to - 1]!.end))) ||
        // "Arland and Borea have blamed each other for starting the battle", "each side
        // accused the other of abuses": the sides' standing quarrel, told with no day, is the setting
        // of the news; "accused each other on Friday" is that day's.
        (info.kind === 'accusation' && roles.pos === 'verb' && !/ing$/i.test(tokens[m.start]!.text) && MUTUAL.test(text.slice(tokens[m.start]!.start, tokens[clause.end - 1]!.end)) && !occurs('day-word', { start: clause.start, end: clause.end }, false)) ||
        // "two earlier incidents: the seizure … and the killing …, both blamed on government troops":
        // blame named in a participle set off after what it is laid on says what is held of it, no
        // accusation made that day.
        // A passive participle takes no object: "…, accused Arland of" is a subject's verb after its apposition.
        (info.kind === 'accusation' && /ed$/i.test(tokens[m.start]!.text) && /^(?:on|by|of|for)$/i.test(tokens[m.end]?.text ?? '') && HELD_OF.test(text.slice(Math.max(0, tokens[m.start]!.start - 24), tokens[m.start]!.start))) ||
        // "clashes have broken out in recent years", "fighting that has flared for decades": what
        // recurs over years is the setting of the news, no happening of a day.
        inClause(RECURRING, clause) ||
        // "the air strike, … is two years old today", "two years ago troops clashed", "on the
        // anniversary of the battle": what a clause dates by years past or by its anniversary is a
        // recap of an earlier round.
        inClause(YEARS_PAST, clause) ||
        // "against vessels that had entered its waters": a past perfect in a clause that describes
        // a noun says what the noun had done before the news, the speaker's reason, not its own news.
        (assertion.perfect === 'past' && roles.pos === 'verb' && describing(clause.start)) ||
        // "freed the herders it had detained since April": a past perfect right after a noun and a
        // subject pronoun, with no "that", describes the noun by what was done to it before the news.
        (assertion.perfect === 'past' && roles.pos === 'verb' && contactClause(m.start)) ||
        // "has spent six months building up his forces", "has reinforced the line over the past
        // three months": what a clause spreads over months is a standing state, no happening of a day.
        SPENT.test(text.slice(tokens[clause.start]!.start, tokens[m.start]!.start)) ||
        (assertion.perfect === 'present' && inClause(MONTHS_LONG, clause)) ||
        // "Borea had been making baseless accusations for two months", "has called for talks for
        // years": sayings a perfect says have gone on for months or years are a standing stance,
        // no saying of a day. (Violence so told stays the day's words: see contextTimes.) A clause
        // that judges the charges ("had been making baseless accusations for two months") is the
        // judging speaker's denial, made the day it was told.
        (speech && assertion.perfect !== undefined && inClause(FOR_MONTHS, clause) &&
          !occurs('judgement', { start: clause.start, end: clause.end }, false));
      // "summoned the envoys of B and C to protest": a saying in an infinitive of purpose is the
      // subject's of the verb it serves; only a verb of asking ("urged B to protest") makes its object speak.
      const served = speech && roles.pos === 'verb' && agent !== undefined ? purposeServed(tokens, structure, clause, m.start, agent) : undefined;
      const speaker = speech ? (served ?? agent ?? told?.speaker) : undefined;
      // Whom a statement is addressed to is the object alone: "accused Borea (of firing rockets)".
      const object = roles.pos === 'verb' ? structure.chunks[structure.chunkOf[(patient?.start ?? -1) - from] ?? -1] : undefined;
      const addressee = speech && object ? object : undefined;
      inSentence.push({
        inferred: typed.refined && typed.type !== entry.type,
        type: typed.type,
        ...(info.kind ? { kind: info.kind } : {}),
        conflict: info.conflict,
        trigger: span({ start: m.start, end: m.end }),
        pos: roles.pos,
        ...(roles.pos === 'noun' && phraseStart < m.start && (tokens[phraseStart]!.pos === 'DET' || tokens[phraseStart]!.pos === 'PRON')
          ? { determiner: tokens[phraseStart]!.lower }
          : {}),
        lemma: tokens.slice(m.start, m.end).map((t) => (t.pos === 'VERB' || t.pos === 'AUX' ? t.lemma : t.lower)).join(' '),
        sentence: tokens[m.start]!.sentence,
        clause: span(clause),
        negated: assertion.negated,
        ...(assertion.modality ? { modality: assertion.modality, modalityWord: assertion.modalityWord! } : {}),
        ...(assertion.tense ? { tense: assertion.tense } : {}),
        ...(assertion.perfect ? { perfect: assertion.perfect } : {}),
        ...(roles.pos === 'noun' && roles.governor[0] ? { governor: span(roles.governor[0]) } : {}),
        ...(agent ? { agent: span(agent) } : {}),
        ...(patient ? { patient: span(patient) } : {}),
        ...(told
          ? { told: { ...(told.speaker ? { by: span(told.speaker) } : {}), ...(told.addressee ? { to: span(told.addressee) } : {}), claim: told.claim, frame: span(told.frame) } }
          : {}),
        ...(speaker ? { speaker: span(speaker) } : {}),
        ...(addressee ? { addressee: span(addressee) } : {}),
        background,
        // "his death sentence was confirmed, and he was executed": a death the lexicon reads as a
        // step a state took is that step, with its own doer, no toll awaiting its cause.
        casualty: entry.casualty === true && info.kind !== 'measure',
        rule: typed.rule,
      });
      clauseAt.push(structure.clauseOf[m.start - from]!);
    }
    // "When Borean troops crossed the line, Arland summoned the envoy": the setting of a deed is background.
    for (const i of settingsBeside(inSentence, clauseAt, structure.clauses.map((c) => c.opener), BACKGROUND)) inSentence[i] = { ...inSentence[i]!, background: true };
    // "two soldiers were wounded after their truck drove over a mine", "lost a leg after stepping
    // on a landmine": the harm's cause told in the clause after it is the harm's own happening,
    // not the setting of it.
    const harmed = inSentence.filter((h) => h.casualty && !h.negated);
    for (const [i, h] of inSentence.entries()) {
      if (!h.background || h.casualty || !HARM_CAUSES.has(h.kind ?? '')) continue;
      const by = harmed.find((c) => {
        const between = text.slice(c.trigger.end, h.trigger.start);
        return c.trigger.end <= h.trigger.start && HARM_THEN.test(between) && !LATER_THAN.test(between);
      });
      if (by && !inSentence.some((o) => o !== h && !o.casualty && o.trigger.start > by.trigger.end && o.trigger.start < h.trigger.start)) inSentence[i] = { ...h, background: false };
    }
    // "the riots of 2010, which killed and wounded hundreds", "after rebels shelled the town and
    // burned the market": a verb joined by "and" or "or" to a verb told as background, with no
    // subject of its own between, is the same clause's recap, though the clause is split there.
    for (const [i, h] of inSentence.entries()) {
      if (h.background || h.pos !== 'verb' || SPEECH_KINDS.has(h.kind ?? '')) continue;
      // The happening that ends last before it (the first such in reading order), found in one pass.
      let before: (typeof inSentence)[number] | undefined;
      for (const o of inSentence) if (o.trigger.end <= h.trigger.start && (before === undefined || o.trigger.end > before.trigger.end)) before = o;
      const joined = (from: number) => SHARED_SUBJECT.test(text.slice(from, h.trigger.start));
      // The clause before may name no act of ours ("after troops crossed the line and shelled the
      // town"): the setting its opener makes goes on into the verb joined to it.
      const split = structure.clauses[clauseAt[i]! - 1];
      const setting = split !== undefined && structure.clauses[clauseAt[i]!]!.start === tokenAt.get(h.trigger.start) && split.opener !== undefined && BACKGROUND.has(split.opener) &&
        !inSentence.some((o) => o.trigger.start >= tokens[split.start]!.start && o.trigger.start < h.trigger.start) && joined(tokens[split.start]!.start);
      if (setting || (before?.background && before.pos === 'verb' && joined(before.trigger.end))) inSentence[i] = { ...h, background: true };
    }
    // "a row over the closing of the crossing and a week-long crackdown on migrants": a noun joined
    // by "and" or "or" to a noun its preposition sets as background shares that preposition.
    for (const [i, h] of inSentence.entries()) {
      if (h.background || h.pos !== 'noun') continue;
      let j = -1;
      for (const [k, o] of inSentence.entries()) if (o.trigger.end <= h.trigger.start && (j < 0 || o.trigger.end > inSentence[j]!.trigger.end)) j = k;
      const before = inSentence[j];
      if (!before?.background || before.pos !== 'noun' || clauseAt[j] !== clauseAt[i]) continue;
      const from = tokenAt.get(before.trigger.start);
      const to = tokenAt.get(h.trigger.start);
      if (from === undefined || to === undefined) continue;
      // "… over the shelling and a clash on Monday killed two": a noun with a verb of its own after
      // it, no comma between, opens a clause of its own and is no part of the phrase before.
      if (h.governor && h.governor.start >= h.trigger.end && !/[,;:]/.test(text.slice(h.trigger.end, h.governor.start))) continue;
      // A gerund ("crossing") may name a thing in the first noun's phrase; a verb that is not one opens a clause.
      const verbBetween = tokens.slice(from + 1, to).some((t) => t.start >= before.trigger.end && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text))));
      if (!verbBetween && JOINED_NOUN.test(text.slice(before.trigger.end, h.trigger.start))) inSentence[i] = { ...h, background: true };
    }
    // "declared in a joint statement": a statement named in a phrase that frames another happening is its source, not a happening.
    const others = inSentence.filter((h) => h.kind !== 'statement');
    // Harm counts the happening that caused it ("a landmine blast wounded three soldiers"): it is
    // a happening of its own only in a sentence that names no other. Harm whose doer is named yields
    // only to a happening that can harm: "Gunmen killed 21 soldiers in Bakassi, the peninsula handed
    // back last year" is an attack told by its toll, which the handover beside it did not cause;
    // "1,000 have been killed, and two truces broke down" names no doer, and is the war's running toll.
    // An act denied or only feared, planned or hoped for ("two men were shot dead, and the sides
    // could not agree where") caused nothing: the harm beside it stands.
    // "two men died after their boat overturned": harm an accident or a disaster caused is its toll,
    // which a conflict timeline leaves out with it.
    const mishap = (h: Happening) => !h.conflict && !h.negated && MISHAPS.has(h.type);
    const causes = inSentence.filter((h) => !h.casualty && !h.negated && h.modality === undefined && (h.conflict || mishap(h)) && h.kind !== 'statement' && h.kind !== 'accusation');
    // (One told after a semicolon is another's: "shot some of them down; others crashed".)
    const apart = (h: Happening, c: Happening) => text.slice(Math.min(h.trigger.end, c.trigger.end), Math.max(h.trigger.start, c.trigger.start)).includes(';');
    const yields = (h: Happening) => h.casualty && causes.some((c) => h.agent === undefined || HARM_CAUSES.has(c.kind ?? '') || c.kind === 'protest' || (mishap(c) && !apart(h, c)));
    // What one side accuses another of is that side's claim: "accused Borea of firing rockets".
    // "two civilians accused of espionage": a participle right after a noun describes it; nobody accuses anyone there.
    const describes = (h: Happening) => {
      const i = tokenAt.get(h.trigger.start) ?? -1;
      return h.type === 'accusation' && h.pos === 'verb' && /ed$/.test(tokens[i]!.lower) && tokens[i - 1]?.pos === 'NOUN' && tokens[i + 1]?.lower === 'of';
    };
    const accusations = inSentence.filter((h) => h.type === 'accusation' && h.trigger.end <= h.clause.end && !describes(h));
    const claimed = (h: Happening): Happening => {
      // "the Ondrian militia has been blamed for raids since 2019, but the pass stayed calm until it struck …": a
      // clause opened by ", but" is the sentence's own telling, no longer the charge's.
      // "Arland and Borea blame each other for the first shot, and the clash at Kelvask Pass is under inquiry": blame
      // both sides lay on each other concedes what a clause after it tells (in its own clause,
      // "accused each other of starting the clash", the blame is read by analyseSentence).
      const by = accusations.find((a) => a !== h && h.trigger.start > a.trigger.end && h.trigger.start < a.clause.end + 80 && h.sentence === a.sentence &&
        !OWN_CLAUSE_AFTER.test(text.slice(a.trigger.end, h.trigger.start)) && !(h.trigger.start >= a.clause.end && MUTUAL.test(text.slice(a.trigger.start, h.trigger.start))));
      return by && !h.told ? { ...h, told: { ...(by.speaker ? { by: by.speaker } : {}), claim: true, frame: by.trigger } } : h;
    };
    // One happening read twice: named outright ("a ceasefire took effect") and inferred from a
    // role ("…, ending five days of fighting"). The named reading stands.
    // A release only planned ("had agreed to free") and one done ("was handed over") are two readings, not one.
    // Harm without a cause names nothing: it yields to its cause below, so it cannot also stand
    // for it here ("the attack …, in which 28 people were killed").
    const named = new Set(inSentence.filter((h) => !h.inferred && !h.casualty).map((h) => `${h.type}|${h.modality ?? ''}`));
    // "Borea recalled its ambassador on Monday, and Arland expelled Borea's envoy": a reading by
    // another doer than every named one of its type is another act, not the same one read twice.
    // Doers overlap when one names the other or the other's act ("Sudanese warplanes" and "warplanes").
    const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;
    const sameDoer = (h: Happening, o: Happening) => o.agent === undefined || overlaps(h.agent!, o.agent) || overlaps(h.agent!, o.trigger) || h.agent!.text.toLowerCase() === o.agent.text.toLowerCase();
    const readTwice = (h: Happening & { inferred: boolean }) =>
      h.inferred &&
      named.has(`${h.type}|${h.modality ?? ''}`) &&
      (h.agent === undefined || SPEECH_KINDS.has(h.kind ?? '') || h.kind === 'statement' || inSentence.some((o) => !o.inferred && !o.casualty && o.type === h.type && (o.modality ?? '') === (h.modality ?? '') && sameDoer(h, o)));
    // "agreed on Saturday to a truce": an accord read from the verb of agreeing is the one its
    // sentence names after it (a truce, a treaty), not a second accord of another type.
    const agreedNamed = (h: (typeof inSentence)[number]) =>
      h.inferred && h.kind === 'ceasefire' && h.pos === 'verb' &&
      inSentence.some((o) => o !== h && !o.inferred && o.kind === 'ceasefire' && o.pos === 'noun' && o.trigger.start >= h.trigger.end && (o.modality ?? '') === (h.modality ?? '') && !/[.;]/.test(text.slice(h.trigger.end, o.trigger.start)));
    // "The talks reached an agreement at dawn": the agreement is the news the talks made, not a second meeting that day.
    const agreements = inSentence.filter((h) => h.kind === 'ceasefire' && h.agent);
    const madeAgreement = (h: Happening) => h.kind === 'talks' && agreements.some((a) => a.agent!.start <= h.trigger.start && h.trigger.end <= a.agent!.end);
    // "parliament declared martial law and called for calm": what a decider calls for in the same
    // breath as its decision is part of that decision, not a statement of its own.
    // Only the happening told just before the call can be its decision: one look back, not a search.
    const decided = (h: Happening, i: number) => {
      if (h.kind !== 'statement' || h.pos !== 'verb' || h.told || !/\band\s+(?:(?:also|then|again)\s+)?$/i.test(text.slice(Math.max(0, h.trigger.start - 16), h.trigger.start))) return false;
      const d = inSentence[i - 1];
      return d !== undefined && (d.kind === 'measure' || d.kind === 'diplomacy') && !d.negated && !d.modality && d.trigger.end <= h.trigger.start && !/[.;:]/.test(text.slice(d.trigger.end, h.trigger.start));
    };
    // "decided to break off relations", "the decision to close the border": a decision that names
    // what was decided is that step, told as decided; the bare "decision" is no second happening.
    const decidedStep = (h: Happening) =>
      h.type === 'decision' &&
      /^decid|^decision/.test(h.lemma) &&
      // The time of the decision may stand between: "decided on Monday to close", "decided that day to cut".
      DECIDED_WHAT.test(text.slice(h.trigger.end, h.trigger.end + 30)) &&
      inSentence.some((o) => o !== h && o.conflict && (o.kind === 'diplomacy' || o.kind === 'measure') && o.type !== 'decision' && o.sentence === h.sentence && o.trigger.start > h.trigger.end && o.trigger.start - h.trigger.end < 40 && !/[.;:]/.test(text.slice(h.trigger.end, o.trigger.start)));
    // "citing what its defence ministry called repeated breaches", "what the republic described as an
    // aggression": a name the report borrows from someone, quoted as the reason for the news, not
    // a statement made that day.
    const borrowedName = (h: Happening) =>
      h.type === 'statement' && h.pos === 'verb' && /^(?:call|describe|term|brand|label)/.test(h.lemma) && WHAT_BEFORE.test(text.slice(Math.max(0, h.trigger.start - 60), h.trigger.start));
    // "shot down a drone that had crossed the border": the weapon a downing stops is its object,
    // not a strike of its own.
    const stoppedWeapon = (h: Happening) =>
      h.kind === 'strike' &&
      h.pos === 'noun' &&
      // "shot down three fighter jets": the aircraft downed in a fight are its losses, no strike they made.
      inSentence.some((d) => (d.type === 'disrupted-weapons' || DOWNING.test(d.lemma)) && d.pos === 'verb' && d.patient !== undefined && d.patient.start <= h.trigger.start && h.trigger.start < d.patient.end);
    // "issued a joint statement on Monday announcing a ceasefire": a statement named as the
    // source of what its participle announces is that happening's source, not a happening.
    const announced = inSentence.filter((o) => o.kind !== undefined && !SPEECH_KINDS.has(o.kind) && o.kind !== 'statement' && !o.negated && o.told !== undefined && ANNOUNCING_PARTICIPLE.test(o.told.frame.text));
    const sourceOf = (h: Happening) =>
      h.kind === 'statement' &&
      announced.some((o) => o.told!.frame.start >= h.trigger.start && o.told!.frame.start - h.trigger.end <= ANNOUNCED_REACH && !/[.;:]/.test(text.slice(h.trigger.end, o.told!.frame.start)));
    // "called for restraint during a meeting with the Borean envoy", "in a phone call with his
    // counterpart, the president expressed regret": a meeting named as where something was said
    // is the news, and what was said there is its content, not a statement of its own kind. Only
    // a sentence that tells nothing but the meeting and its sayings is read so: "troops shelled the
    // post during the talks" keeps the talks as the setting of the shelling.
    const occasions = inSentence.filter((h) => {
      if (h.kind !== 'talks' || h.pos !== 'noun' || h.negated) return false;
      const at = tokenAt.get(h.trigger.start) ?? -1;
      const phraseStart = structure.chunks[structure.chunkOf[at - from]!]?.start ?? at;
      // Only a meeting of the sides: talks by name, or a meeting, call or visit "with" someone.
      // "At a meeting of the Security Council, the ambassador said …", "at a video conference, EU
      // ministers called on Borea to …": a body's own sitting is where one party spoke, the saying its news.
      const between = /^(?:talks|negotiations)$/i.test(h.trigger.text) || tokens.slice(at + 1, at + 4).some((t) => t.lower === 'with');
      return between && OCCASION.has(tokens[phraseStart - 1]?.lower ?? '');
    });
    const saidThere = (h: Happening) => h.kind === 'statement' && !h.negated && h.modality === undefined && h.told === undefined;
    const toldAtTalks =
      occasions.length > 0 &&
      inSentence.some(saidThere) &&
      inSentence.every((h) => h.kind === 'talks' || saidThere(h) || h.background || h.casualty || !h.conflict);
    // The meeting where a call was made is held, not called for: "called for restraint during a
    // meeting" demands restraint, and the mood of the saying is not the meeting's.
    if (toldAtTalks) for (const [i, h] of inSentence.entries()) if (occasions.includes(h)) inSentence[i] = { ...h, background: false, modality: undefined };
    found.push(
      ...inSentence
        .filter((h, i) => !yields(h) && !stoppedWeapon(h) && !readTwice(h) && !agreedNamed(h) && !madeAgreement(h) && !describes(h) && !decided(h, i) && !decidedStep(h) && !borrowedName(h) && !sourceOf(h) && !(toldAtTalks && saidThere(h)))
        .map(({ inferred: _, ...h }) => h)
        .map(claimed)
        .filter((h) => {
        if (h.type !== 'statement' || others.length === 0) return true;
        const before = text.slice(Math.max(0, h.trigger.start - 20), h.trigger.start);
        return !/\b(?:in|via|through|under)\s+(?:a|an|the|its|their|his|her)?\s*(?:\S+\s+)?$/i.test(before);
      }),
    );
  }
  return resolveAnaphora(found, rules, text);
}

// A craft named back by a definite phrase, and the words that told it was unmanned.
const CRAFT = /^(?:the|this|that|its)\s+(?:aircraft|craft|plane|device|machine|vehicle)$/i;
const UNMANNED = /\b(?:drones?|uavs?|unmanned|quadcopters?)\b/i;
// Words that name an act of violence without saying how it was done, and the determiners that
// make them point back at one told already.
const GENERIC_ACTS = new Set(['attack', 'attacks', 'assault', 'assaults', 'incident']);
const POINTING = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);
const SPECIFIC_KINDS: ReadonlySet<string> = VIOLENT_KINDS;

/**
 * "A drone hit the camp … No one has said it carried out the attack": a definite "the attack"
 * that its own roles type only by default points back at the act the text has told already, and
 * is of that act's type (a drone strike, not a clash). Only violence told before it, not denied,
 * and not a bare toll ("killed three") whose cause its roles do not name, is such an act.
 */
function resolveAnaphora(found: readonly Happening[], rules: HappeningRules, text: string): Happening[] {
  return found.map((h, i) => {
    // "a drone … crossed the border … the aircraft was brought down": a craft the text has named
    // as unmanned, brought down, is a weapon stopped, not a crewed aircraft lost in a fight.
    if (h.type === 'armed-clash' && DOWNING.test(h.lemma) && h.patient && CRAFT.test(h.patient.text) && UNMANNED.test(text.slice(0, h.trigger.start))) {
      return { ...h, type: 'disrupted-weapons', kind: rules.types.get('disrupted-weapons')?.kind ?? h.kind, rule: `${h.rule}→unmanned` };
    }
    if (h.pos !== 'noun' || !POINTING.has(h.determiner ?? '') || !GENERIC_ACTS.has(h.trigger.text.toLowerCase()) || h.rule.includes('.refine[')) return h;
    const before = found.slice(0, i).findLast((o) => o.kind !== undefined && SPECIFIC_KINDS.has(o.kind) && !o.negated && (!o.casualty || o.rule.includes('.refine[')) && o.trigger.end <= h.trigger.start && o.type !== h.type);
    if (!before) return h;
    return { ...h, type: before.type, kind: rules.types.get(before.type)?.kind ?? before.kind, rule: `${h.rule}→${before.rule}` };
  });
}

/**
 * To agree to a truce is to conclude it: "the commanders agreed to cease fire" tells of a ceasefire
 * agreed, not planned, and "agreed" gives its tense. Other happenings agreed to ("agreed to meet")
 * stay plans.
 */
function concluded(assertion: ReturnType<typeof assertionOf>, kind: string | undefined): ReturnType<typeof assertionOf> {
  if (kind !== 'ceasefire' || assertion.modality !== 'planned' || !/^agree/i.test(assertion.modalityWord ?? '')) return assertion;
  const { modality: _m, modalityWord: _w, ...rest } = assertion;
  return /^agreed/i.test(assertion.modalityWord!) ? { ...rest, tense: 'past' } : rest;
}

/**
 * A government's own measure that it has decided on is taken: "Borea has decided to break off
 * relations" tells of relations broken off, that day, as "decided" says. What it decides of
 * others' doing, or of talks and truces, stays a plan ("decided to hold talks next week").
 */
function decidedAct(assertion: ReturnType<typeof assertionOf>, kind: string | undefined, before = ''): ReturnType<typeof assertionOf> {
  if ((kind !== 'diplomacy' && kind !== 'measure') || assertion.modality !== 'planned') return assertion;
  // "The cabinet decided on Tuesday that the crossing will be shut": the "will" of what a decision
  // taken says is the decision's content, taken that day.
  const decidedThat = /^(?:will|shall)$/i.test(assertion.modalityWord ?? '') && DECIDED_THAT.test(before);
  if (!decidedThat && !/^(?:has |have |had )?decided\b/i.test(assertion.modalityWord ?? '')) return assertion;
  const { modality: _m, modalityWord: _w, ...rest } = assertion;
  return { ...rest, tense: 'past' };
}

// A decision taken, then "that" and the subject of what it decides, up to the trigger's clause:
// "decided on Tuesday that the Halvane crossing". Looked for only this far back, so that a long text
// read whole (a snippet file, a 1 MB article) is not scanned from its start for every trigger.
const DECIDED_REACH = 200;
const DECIDED_THAT = /\b(?:has\s+|have\s+|had\s+)?decided\s+(?:[\p{L}\p{N}'-]+\s+){0,3}?that\s+[^,;:.]*$/iu;
// What a decision is to do, after at most three words saying when: "to close", "today to cut",
// "on Wednesday that …" (the step a decision of that day takes, which DECIDED_THAT makes done).
const DECIDED_WHAT = /^\s+(?:[\p{L}\p{N}'-]+\s+){0,3}?(?:to|on)\s/iu;

const ANNOUNCING_PARTICIPLE = /^(?:announcing|declaring|proclaiming)\b/i;
// Characters from a statement to the participle that says what it announced: "a joint statement on Monday announcing".
const ANNOUNCED_REACH = 40;
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+$/i;
const TIME_AFTER = /^\s+(?:early\s+|late\s+|mid-?\s*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|next|later|the\s+(?:end|start|middle|beginning)|\d)/i;
// Words that open a clause, which no gapped phrase reaches across.
/**
 * The subject of the verb an infinitive of purpose serves, when the infinitive's subject as read
 * (`agent`) is that verb's object: "Arland summoned the envoys of Borea to protest" → Arland.
 * A verb of asking, ordering or letting makes its object the infinitive's doer ("urged Borea to
 * protest"), and so does one of sending ("sent envoys to protest"): those keep the reading.
 */
function purposeServed(tokens: readonly Token[], structure: Structure, clause: Clause, at: number, agent: Chunk): Chunk | undefined {
  if (tokens[at - 1]?.lower !== 'to' || agent.end > at || clause.subject === undefined) return undefined;
  const group = structure.groups.filter((g) => g.end <= agent.start && g.start >= clause.start).at(-1);
  const main = group && tokens.slice(group.start, group.end).findLast((t) => t.pos === 'VERB');
  if (!main || OBJECT_DOES.has(main.lemma) || clause.subject.end > group.start) return undefined;
  return clause.subject;
}
// Verbs whose object does what the infinitive after it says: "urged Borea to", "sent envoys to".
const OBJECT_DOES = new Set(['urge', 'ask', 'call', 'tell', 'order', 'invite', 'force', 'allow', 'permit', 'encourage', 'persuade', 'warn', 'want', 'expect', 'require',
  'press', 'push', 'prompt', 'get', 'help', 'enable', 'compel', 'oblige', 'instruct', 'direct', 'authorize', 'authorise', 'appeal', 'challenge', 'advise', 'remind', 'beg',
  'implore', 'cause', 'lead', 'send', 'dispatch', 'despatch', 'deploy', 'mandate', 'task', 'pressure', 'pressurise', 'need', 'like', 'prefer', 'leave']);
const CLAUSE_OPENERS = new Set(['unless', 'if', 'because', 'while', 'when', 'whereas', 'although', 'though', 'until', 'after', 'before', 'since']);
// Kinds of happening that may cause harm told before them, and the words that join the harm to its cause.
const HARM_CAUSES: ReadonlySet<string> = VIOLENT_KINDS;
// What lies between two verbs of one subject: its object at most, then "and" or "or" ("killed and
// wounded", "shelled the town and burned"), with no comma, which may open a clause of its own.
const SHARED_SUBJECT = /^[^,;:.()]{0,60}?\s(?:and|or)\s+(?:also\s+|then\s+)?$/i;
// A noun joined to the one before it: its own determiner and up to two modifiers after "and" or "or".
const JOINED_NOUN = /^[^,;:.()"]{0,60}?\s(?:and|or)\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:[\w'-]+\s+){0,2}$/i;
const HARM_THEN = /^[^;:.]{0,60}?\b(?:after|when)\s+(?:[^\s,;:.]+\s+){0,6}$/i;
// "killing two, weeks after clashes in June": a length of time before "after" sets the cause at
// another time, a recap of an earlier round, not the harm's own happening.
const LATER_THAN = /\b(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+after\s+(?:[^\s,;:.]+\s+){0,6}$/i;
const STOPPED = /\b(?:halt|end|stop|pause|lull|cessation|ban|break)\s+(?:to|in|of|on)\s+(?:the\s+|all\s+|further\s+|any\s+)?(?:[\p{L}-]+\s+)?$/iu;
const HALTABLE = new Set(['fighting', 'strike']);

// What a speaker plans and carries out, not violence a speaker forecasts.
const PLANNABLE = new Set(['talks', 'ceasefire', 'diplomacy', 'measure', 'detention', 'humanitarian']);
const CONDITION = /\b(?:if|unless|provided|as long as|once|only when)\b/i;

/**
 * Told as someone's words, "would" is the "will" they said, backshifted: "announced that they
 * would sign the accord on May 3" is a plan. Not told, under a condition ("if the shelling
 * stopped"), or of violence, it stays only possible.
 */
function foretold(assertion: ReturnType<typeof assertionOf>, kind: string | undefined, told: Attribution | undefined, rest: string, will: boolean): ReturnType<typeof assertionOf> {
  if (!will || assertion.modality !== 'possible' || !/^(?:would|'d)$/i.test(assertion.modalityWord ?? '') || !told || told.claim || !kind || !PLANNABLE.has(kind) || CONDITION.test(rest)) return assertion;
  return { ...assertion, modality: 'planned' };
}

// Verbs that say a plan's happening goes ahead, said of it as their subject: "the talks would open on Monday".
const GOES_AHEAD = new Set(['take', 'begin', 'start', 'open', 'resume', 'stay', 'remain', 'go', 'come', 'continue', 'run', 'last', 'be', 'enter']);

/**
 * Whether a "would" says the happening at tokens `[start, end)` itself will be: it is the verb
 * after the "would", or its object a word or two on ("would sign the accord"), or its subject
 * with a verb of going ahead ("the talks would open"). A "would" of another verb ("would go on
 * hitting the group whenever it broke the truce") says nothing of it.
 */
function willed(tokens: readonly Token[], from: number, to: number, start: number, end: number): boolean {
  for (let w = start - 1; w >= Math.max(from, start - 4); w--) {
    if (tokens[w]!.lower === 'would' || tokens[w]!.lower === "'d") return !tokens.slice(w + 1, start).some((t) => t.pos === 'ADP' || t.pos === 'PUNCT');
  }
  for (let w = end; w < Math.min(to, end + 5); w++) {
    if (tokens[w]!.pos === 'PUNCT') return false;
    if (tokens[w]!.lower === 'would' || tokens[w]!.lower === "'d") {
      // The word after the "would", whatever the tagger took it for ("would open" is often read as an adjective).
      const verb = tokens.slice(w + 1, Math.min(to, w + 3)).find((t) => t.pos !== 'ADV');
      return verb !== undefined && (GOES_AHEAD.has(verb.lemma) || GOES_AHEAD.has(verb.lower));
    }
  }
  return false;
}

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
// Nouns for what an act left, which a gerund before them still tells: "shelling damage", "the fighting toll".
/** Non-conflict happenings that harm of themselves: an accident's or a disaster's dead are its toll. */
const MISHAPS: ReadonlySet<string> = new Set(['man-made-disaster', 'natural-disaster']);

const AFTERMATH_NOUNS = new Set(['damage', 'toll', 'casualties', 'casualty', 'deaths', 'death', 'victims', 'victim', 'dead', 'wounded', 'injuries', 'losses']);
// Short words a title-case headline may leave in lower case.
const HEADLINE_LOWER = new Set(['with', 'from', 'into', 'over', 'after', 'amid', 'than', 'that', 'this', 'near', 'upon', 'onto']);

/**
 * Most words capitalised, and hardly a content word in lower case: a headline, where capitals do
 * not mark names. A sentence dense with names ("… the International Atomic Energy Agency now has
 * President X's approval, Press TV reported") keeps its lower-case verbs and nouns.
 */
function isHeadline(tokens: readonly Token[], from: number, to: number): boolean {
  // "The Ceasefire Monitoring Committee met in Velmora on Monday.": a full stop ends a sentence,
  // whose capitals are names; a headline stands without one.
  if (tokens[to - 1]?.text === '.' && to - from > 1 && tokens[to - 2]!.text !== '.') return false;
  const words = tokens.slice(from + 1, to).filter((t) => /^\p{L}{4,}/u.test(t.text));
  const lower = words.filter((t) => /^\p{Ll}/u.test(t.text) && !HEADLINE_LOWER.has(t.lower));
  return words.length >= 4 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length > 0.6 && lower.length <= 1;
}

/**
 * Whether the trigger at `[start, end)` names a happening of its own: not a noun that only
 * modifies the noun after it ("explosives unit", "missile base"), not part of a compound
 * modifier ("rebel-held", "government-controlled"), not a word inside a name ("Alliance for a Free
 * Homeland") unless it ends the name ("Kuala Lumpur Peace Accord").
 */
function standsAlone(tokens: readonly Token[], s: ReturnType<typeof readStructure>, start: number, end: number, headline: boolean): boolean {
  const last = tokens[end - 1]!;
  const next = tokens[end];
  const chunk = s.chunkOf[end - 1 - s.start]!;
  // A phrase that runs on into a noun names it ("the attack helicopters"); a day after it ("would be
  // set free tomorrow") says when, and the tagger's joining them is no phrase.
  if (next && next.pos === 'NOUN' && chunk >= 0 && s.chunkOf[end - s.start] === chunk && last.pos !== 'VERB' && !DAY_NOUNS.has(next.lower)) return false;
  // So does a gerund a determiner or an adjective opens: "their fighting positions", "the firing
  // range" name places; what the act left ("shelling damage", "the fighting toll") keeps the act.
  // "the ruling Liberation Front": so does one before a name, whatever its tag; "the shelling
  // Borea carried out" is the act, a clause after it.
  const named = next?.pos === 'PROPN' && /^\p{Lu}/u.test(next.text) && !CALENDAR_NAMES.includes(next.text) && tokens[end + 1]?.pos !== 'VERB' && tokens[end + 1]?.pos !== 'AUX';
  if (end - start === 1 && (last.pos === 'VERB' || (last.pos === 'NOUN' && named)) && /ing$/.test(last.lower) && (next?.pos === 'NOUN' || named) && next!.sentence === last.sentence && !DAY_NOUNS.has(next.lower) && !AFTERMATH_NOUNS.has(next.lower) &&
    (['DET', 'ADJ', 'NUM'].includes(tokens[start - 1]?.pos ?? '') || POSSESSIVES.has(tokens[start - 1]?.lower ?? ''))) return false;
  // A participle between a determiner, a number or a preposition and its noun describes the noun:
  // "30 captured soldiers", "the detained activists", "rights given to detained civilians" name
  // people, not a capture.
  const before = tokens[start - 1];
  // A subject pronoun before it makes it the verb of its clause: "said it shelled rebel positions".
  if (end - start === 1 && /ed$/.test(last.lower) && next?.pos === 'NOUN' && before && ['DET', 'NUM', 'ADJ', 'PRON', 'ADP', 'PART'].includes(before.pos) && !SUBJECT_PRONOUNS.has(before.lower) && before.sentence === last.sentence) return false;
  // People named by where they come from ("nine displaced Boreans") are tagged as names: only a
  // number, a determiner or an adjective before makes the participle theirs ("accused Borea of" accuses).
  if (end - start === 1 && /ed$/.test(last.lower) && next?.pos === 'PROPN' && before && ['DET', 'NUM', 'ADJ'].includes(before.pos) && before.sentence === last.sentence) return false;
  if (tokens[start - 1]?.text === '-' && start - 1 > s.start && /[\p{L}\p{N}]$/u.test(tokens[start - 2]!.text)) return false;
  if (next?.text === '-' && tokens[end + 1] && /^(?:held|controlled|backed|led|run|linked|affiliated|allied|occupied|dominated|free|prone|hit|affected|related)$/i.test(tokens[end + 1]!.text)) return false;
  const capital = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text) && t.sentence === tokens[start]!.sentence;
  const first = tokens[start]!;
  // Inside a name, but not at its end: "a Free Homeland" is no release; the "Peace Accord" that
  // ends a name names the happening.
  if (!headline && start > s.start && capital(first) && capital(next)) return false;
  // So at a sentence's start, where every first word is capitalised: "Protest Party leader Dran
  // said …" names a party; a day after the word ("Fighting Sunday killed four") says when.
  if (!headline && start === s.start && end - start === 1 && capital(next) && next!.text !== 'I' && !CALENDAR_NAMES.includes(next!.text)) return false;
  return true;
}

/**
 * The longest phrases that start inside `outer` after its first word, left to right, never
 * overlapping: the words a phrase that read as nothing spanned ("hold _ talk", "force _ out").
 * Its own first word was read with it. When it was `ruledOut` (`type: null`), only phrases that
 * reach past its end. Equal spans share their values.
 */
function laterMatches<T>(all: readonly { start: number; end: number; values: T[] }[], outer: { start: number; end: number }, ruledOut: boolean, from = outer.start + 1) {
  const chosen: { start: number; end: number; values: T[] }[] = [];
  let reached = from;
  for (const m of [...all].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = chosen.at(-1);
    if (last && last.start === m.start && last.end === m.end) last.values.push(...m.values.filter((v) => !last.values.includes(v)));
    else if (m.start >= reached && m.start < outer.end && (!ruledOut || m.end > outer.end)) {
      chosen.push({ ...m, values: [...m.values] });
      reached = m.end;
    }
  }
  return chosen;
}

/** Whether the phrase matched at `[start, end)` is a verb's passive, its object first: a noun, then "be" among its words ("talks were held"). */
function passiveAt(tokens: readonly Token[], start: number, end: number): boolean {
  return /^(?:NOUN|PROPN)$/.test(tokens[start]!.pos) && tokens.slice(start + 1, end - 1).some((t) => t.lemma === 'be');
}

/**
 * Whether the noun at `i` only modifies the noun right after it in its phrase: "border" in "border
 * districts were closed". Asked of phrases of three words or more, whose second is then in the gap.
 */
function modifiesNext(tokens: readonly Token[], s: ReturnType<typeof readStructure>, i: number): boolean {
  const first = tokens[i]!;
  const next = tokens[i + 1];
  if (first.pos !== 'NOUN' || next?.pos !== 'NOUN' || next.sentence !== first.sentence) return false;
  const chunk = s.chunkOf[i - s.start];
  return chunk !== undefined && chunk >= 0 && s.chunkOf[i + 1 - s.start] === chunk;
}

/** Token runs `[from, to)` of each sentence. */
function sentenceRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.sentence !== tokens[from]!.sentence) {
      runs.push([from, i]);
      from = i;
    }
  }
  return runs;
}

/** The narrowest reported span that holds token `i`. */
function innermost(attributions: readonly Attribution[], i: number): Attribution | undefined {
  return attributions.filter((a) => i >= a.scope.start && i < a.scope.end).sort((a, b) => a.scope.end - a.scope.start - (b.scope.end - b.scope.start))[0];
}
