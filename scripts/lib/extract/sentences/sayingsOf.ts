import type { Happening } from '../happenings/findHappenings.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import type { At } from './nearestByWords.ts';
import { nameIn } from './speakerOf.ts';
import { settingAsideStart } from './settingAside.ts';
import { speakerPhrase } from './speakerPhrase.ts';
import { saidSince } from './saidSince.ts';
import type { Trigger } from './triggersOf.ts';
import { HOW_SAID } from './howSaid.ts';
import { DEFINITE_DETERMINERS } from './definiteDeterminers.ts';
import { IN_CHANNEL, ON_MEDIA, WRITING } from './throughChannel.ts';

// Verbs that say someone spoke, in the past or the headline present; conceding is saying too
// ("acknowledged on Tuesday that its workers had crossed the line").
// Written or posted words are said too: "wrote on social media on Monday that", "posted on X";
// and so are words given in answer or in objection: "answered that Borea would not be frightened",
// "objected to what she called reckless remarks".
// So are words given as a point of one's own: "stressed that", "noted that", "insisted the posts held",
// "pointed out that", "repeated that".
const SAYING = /^(?:said|says|stated|told|repeated|insisted|pointed\s+out|stressed|noted|maintained|asserted|acknowledged|admitted|conceded|saying|wrote|writes|tweeted|tweets|posted|posts|answered|replied|retorted|objected)$/i;
// "X was quoted by the state agency as saying": the one quoted speaks; the agency is the channel.
// A bare "saying" is a participle hung on another verb, no saying of its own.
const QUOTED_AS = /\b(?:(?:was|were|is|are|being)\s+)?quoted\b[^,.;:"“”]{0,60}?\bas\s+$/i;
const PRONOUN = /^(?:it|he|she|they)$/i;
const MAX_SAYINGS = 6;
// Characters between a saying verb (or the sentence's start) and the day it is dated by.
const NEAR = 24;
// … and between "told" and its day, past whom it was told: "told The Associated Press late on".
const NEAR_TOLD = 48;
// "On Sunday, X told reporters", "Speaking on Wednesday at a news conference, X said", "In an
// interview on Tuesday with a radio station, X said": a fronted phrase that dates the saying after it.
const OPENS = /^\s*(?:(?:speaking|writing|addressing|in\s+an?\s+(?:[a-z-]+\s+)?(?:interview|statement|speech|address|message|post|briefing)|at\s+an?\s+(?:news\s+conference|press\s+conference|briefing|rally))\b[^,;:.!?"“”]*?\s)?(?:(?:on|late|early|late on|early on)\s+)?$/i;
// Characters a fronted phrase that dates a saying may run to its comma.
const OPENER = 90;
// "On Saturday the prime minister's office said …": a fronted day with no comma after it dates the
// saying when only its speaker, a few words with no clause of their own, stands between them.
const OPENS_BARE = /^\s*(?:late\s+|early\s+)?on\s+$/i;
const SPEAKER_ONLY = /^\s+[^,;:.!?"“”()]{1,60}\s$/;
const SPEAKER_ONLY_NEAR = 64;
const DATED_AFTER = /^\s*(?:on\s+|late\s+|early\s+|in\s+)?$/i;
// "Arland's premier on Thursday said …": the day set between the speaker and the verb dates the saying.
const DATED_BEFORE = /\s(?:on|late|early|late\s+on|early\s+on)\s+$/i;
// How a saying was made, between its verb and its day: "in response", "in a statement", "at a news conference".
const SAID_HOW = new RegExp(String.raw`^\s+(?:${HOW_SAID}|${ON_MEDIA}|on\s+its\s+website)\s*,?\s+(?:on\s+|late\s+|early\s+|late\s+on\s+|early\s+on\s+)?$`, 'i');
const QUOTE = /["“”]/;
// A second clause of the words said: ", and that".
const AND_THAT = /,\s*(?:and|but)\s+that\b/i;
// Quotation marks around three words or fewer.
const SCARE_QUOTES = /["“][^"“”\s]+(?:\s+[^"“”\s]+){0,2}["”]/g;
// "told reporters on Thursday", "told the public broadcaster ABN late on Monday": whom it was told, up to four words, then the day.
const TOLD = /^(?:told|tells)$/i;
const TOLD_ON = /^\s+(?:[\p{L}.'’-]+\s+){1,4}?(?:(?:on|late|early|late\s+on|early\s+on)\s+)?$/iu;
const NOT = /\b(?:not|never|n't)\s+$/i;
const TITLE = /\b(?:minister|president|premier|prime|chancellor|king|spokes(?:man|woman|person)|secretary|general|ambassador|envoy|chief|commander|governor|foreign|defen[cs]e|leader|head)\b/i;
// A title a person is named by, its head noun: "defence" or "foreign" alone qualify an official, no title.
const TITLE_HEAD = /\b(?:minister|president|premier|chancellor|king|spokes(?:man|woman|person)|secretary|general|ambassador|envoy|chief|commander|governor|leader|head)\b/i;
// A name closing the speaker's words.
// A state's head or minister by capitalised office before the name: "Prime Minister", "Defence Minister", "Foreign Secretary".
const CABINET = /^(?:Prime\s+Minister|President|(?:Foreign|Defen[cs]e|External\s+Affairs)\s+(?:Minister|Secretary))\s+\p{Lu}/u;
const NAMED_LAST = /\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+$/u;
// … or a name with its title in apposition after it: "Lena Ferrin, the Arlandese under-secretary for peacekeeping".
const NAME_THEN_TITLE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+\s*,\s*(?:the\s+|an?\s+)?[^,;]+$/u;
// A state body, or an office, that speaks for its side with no person's name: "Borea's foreign
// ministry said", "the Arlandese defence ministry said", "Borea's president said".
const STATE_VOICE = /\b(?:ministry|department|government|presidency|cabinet|embassy|minister|president|spokes(?:man|woman|person))$/i;
// "without incident", "no further incidents": what the lexicon's happenings all are, said not to have happened.
const NOTHING_HAPPENED = /\b(?:without|no)\s+(?:any\s+|further\s+|new\s+)?incidents?\b/i;
// What a speaker says someone will do: a modal of the future as the verb of the words said; not
// what might have been ("would have"), nor a refusal to speak ("would not comment").
const AHEAD = /^\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){1,4}?(?:will|would|won't|wouldn't|shall)\s+(?!have\b|be\s+(?:able|likely)\b|(?:not\s+)?(?:comment|say|speak|disclose|elaborate|speculate|confirm|discuss)\b)/iu;
const AHEAD_NEAR = 60;
// "said the launches had been expected and that Arland would not be provoked": the words' second
// clause, joined by "and that", may say what the speaker will do.
const AHEAD_SECOND = /^[^.;:"“”]{0,80}?\band\s+that\s+(?:[\p{L}'’-]+\s+){1,4}?(?:will|would|won't|wouldn't|shall)\s+(?!have\b|be\s+(?:able|likely)\b|(?:not\s+)?(?:comment|say|speak|disclose|elaborate|speculate|confirm|discuss)\b)/iu;
const AHEAD_SECOND_NEAR = 140;
// Words given out through a channel of their own, a statement, an interview, a post, are made
// as an act, where an article's sources only "said": "said in a statement that", "In an
// interview with a radio station, X said", "Writing on X, Y said".
const CHANNEL_AFTER = new RegExp(String.raw`^\s+(?:${IN_CHANNEL}|${ON_MEDIA})`, 'iu');
const CHANNEL_BEFORE = new RegExp(String.raw`^\s*(?:${WRITING}|${IN_CHANNEL})`, 'iu');
// "are said to have agreed": a hearsay marker, nobody's statement.
const HEARSAY = /^\s+to\b/i;
// "objected to what she called …": the "to" of an objection is what it is to, no hearsay.
const OBJECTED = /^objected$/i;
// The present perfect before a saying verb: "has said"; told as lasting: "has long said", "have always said".
const PERFECT_SAYING = /\b(?:has|have)\s+(?:also\s+)?$/i;
const STANDING_PERFECT = /\b(?:has|have)\s+(?:long|always|consistently|repeatedly)\s+$/i;
// A clause set by "while" or "whereas" against one told as a habit: "Borea has repeatedly threatened …, while".
const AGAINST_HABIT = /\b(?:repeatedly|long|always|often|time and again)\b[^.;]*\b(?:while|whereas)\b[^.;]*$/i;
/** How a title words an answer or an objection: "Borea answers that …", "Arland objects to …". */
const ANSWERING: Readonly<Record<string, string>> = { answered: 'answer', replied: 'reply', retorted: 'retort', objected: 'object' };

/**
 * What a sentence tells as someone's words on a day it gives, when it reports nothing else that
 * happened: "X said on Wednesday night that relations had reached a turning point", "On Sunday,
 * the foreign minister, X, told reporters the border would stay shut". A sentence that tells a
 * happening as fact ("X said rebels shelled the town") is that happening, not a statement, and one
 * that tells a happening did not take place ("…without clashes, X said on Sunday") is none; nor is
 * one that already says who said what, a quotation (the sentence that sums it up is the
 * statement), or a saying with no day (an article's sources speak in most of its sentences) unless
 * it came through a channel of its own ("said in a statement that", "Writing on X, Y said"). The
 * speaker, a party or a person by title and name, is the subject before the verb, or the name
 * after it in "…, X said on Monday.", or a surname of one of the article's `people`; a pronoun
 * is left for the article-level pass. Each speaker a sentence has say something is a statement of
 * its own ("A's minister said on Monday …, while B's spokesman said …"), on the first one's day.
 * @example sayingsOf(text, [], lexicon, clauses)[0].value // 'statement'
 */
export function sayingsOf(
  text: string,
  triggers: readonly Trigger[],
  lexicon: CompiledLexicon,
  clauses: readonly At[],
  dates: readonly At[],
  happenings: readonly Happening[] = [],
  people: ReadonlyMap<string, string> = new Map(),
): Trigger[] {
  const speech = triggers.filter((t) => t.value === 'statement' || t.value === 'accusation');
  // A happening the words name as known ("said the release of the prisoners was complicated",
  // "called their abduction a breach") is what the speaker speaks of, told before: no news that
  // makes the saying only its telling.
  // "the fighting that followed" is named by its article but told as what came next: news.
  if (triggers.some((t) => !speech.includes(t) && t.happening.modality === undefined && !t.happening.background && (!namedAsKnown(t.happening) || FOLLOWED.test(text.slice(t.end))) && !ownedBy(text, t.happening))) return [];
  // "Japan urged restraint on Monday, while the United Nations said it was alarmed": after the
  // sayings the sentence reads as acts, a clause joined on by another speaker is that speaker's.
  const spokenBefore = speech.flatMap((t) => {
    const by = t.happening.speaker ?? t.happening.told?.by;
    const name = by ? nameIn(by.text, lexicon, false) : undefined;
    return name ? [name] : [];
  });
  const saidUpTo = speech.length > 0 ? Math.max(...speech.map((t) => Math.max(t.end, t.clause.end))) : 0;
  // Told that something did not happen ("the night passed without clashes, officials said on
  // Sunday"), the sentence reports a quiet day, as it would report a clash: nobody's statement.
  // What a speaker says will not be done ("said it would not negotiate", "will never accept
  // talks") is a refusal, a position of the day; only a happening denied as past or present is a quiet day.
  if (happenings.some((h) => h.negated && h.conflict && h.modality === undefined && h.tense !== 'future') || NOTHING_HAPPENED.test(text)) return [];
  // A quotation is the speaker's words at length: the sentence that sums them up is the statement.
  // A few words in quotation marks ('on the "real events"') are the speaker's term, not their words at length.
  const quoted = QUOTE.test(text.replace(SCARE_QUOTES, ''));
  // "A's minister said on Monday that …, while B's spokesman said …": each speaker's saying is a
  // statement of its own; the first one's day is the second's, said in the same breath.
  const found: Trigger[] = [];
  const spoken = new Set<string>(spokenBefore);
  // A sentence of a statement has a saying or two; reading more would only cost time on a run-on text.
  // "answered that", "objected to": the verb is the saying; its "that" or "to" leads the words given.
  const firstSpoken = speech.length > 0 ? Math.min(...speech.map((t) => t.start)) : 0;
  const lastSpoken = speech.length > 0 ? Math.max(...speech.map((t) => t.end)) : 0;
  for (const r of lexicon.report(text).slice(0, MAX_SAYINGS).map(verbOnly)) {
    // "Borea said on Tuesday the strikes were unjustified, and Arland accused it of …", "The UN had
    // called for restraint, and Borea's ministry said …": a saying in a clause of its own, joined
    // to the sentence's own sayings by ", and", is read apart from them, before or after.
    const first = found.length === 0 && speech.length > 0;
    const before = first && r.end <= firstSpoken && joinedOn(text, r.end, firstSpoken);
    const after = first && r.start >= lastSpoken && joinedOn(text, lastSpoken, r.start);
    const upTo = after ? lastSpoken : saidUpTo;
    // The sentence's own sayings stand for the one before, for the day and the next speaker's clause.
    const last = found.at(-1) ?? (speech.length > 0 && !before ? { start: 0, end: upTo } : undefined);
    if (last && r.start < last.end) continue;
    // "X said that …, and that Y had told them so": a second "that" goes on with X's words; a
    // saying inside them is reported, no statement of its own.
    if (found.length > 0 && AND_THAT.test(text.slice(found.at(-1)!.end, r.start))) continue;
    if (first && !before && lastJoinBetween(text, upTo, r.start) < 0 && !/;/.test(text.slice(upTo, r.start))) continue;
    if (!SAYING.test(r.text) || (HEARSAY.test(text.slice(r.end, r.end + 4)) && !OBJECTED.test(r.text)) || NOT.test(text.slice(Math.max(0, r.start - 12), r.start))) continue;
    // "the first boarding since Borea said it would patrol the waters": words said in a clause that
    // sets the time of the news are the point it is counted from, no statement of the day.
    if (saidSince(text.slice(0, r.start))) continue;
    const quotedAs = /^saying$/i.test(r.text) ? QUOTED_AS.exec(text.slice(Math.max(0, r.start - 90), r.start)) : null;
    if (/^saying$/i.test(r.text) && !quotedAs) continue;
    // Said on a day the sentence gives ("said on Wednesday night", "On Sunday, X told reporters"): the saying is that day's news.
    // Both words sit within a few characters of the verb or the sentence's start: nothing longer is
    // sliced, so a run-on sentence dense with dates stays linear.
    // Whom it was told may be an outlet of a few words ("told The Associated Press on Monday"): the
    // channel between the verb and its day is read further.
    // How it was said may stand between the verb and its day: "said in response on Monday", "said in a statement late on Friday".
    // "X, speaking at a reception on Thursday, said": a day inside the aside of setting set off
    // between the speaker and the verb is the day the words were spoken.
    const aside = settingAsideStart(text.slice(0, r.start));
    const day = dates.find(
      (d) =>
        (aside >= 0 && d.start > aside && d.end <= r.start) ||
        (d.end <= r.start && /^\s*$/.test(text.slice(d.end, r.start)) && DATED_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start))) ||
        (d.start >= r.end &&
        (DATED_AFTER.test(text.slice(r.end, d.start))
          ? d.start - r.end <= NEAR
          : (d.start - r.end <= NEAR_TOLD && SAID_HOW.test(text.slice(r.end, d.start))) || (TOLD.test(r.text) && d.start - r.end <= NEAR_TOLD && TOLD_ON.test(text.slice(r.end, d.start))))),
    );
    const comma = text.indexOf(',');
    const opening = dates.find(
      (d) =>
        (comma >= d.end && comma <= OPENER && comma < r.start && OPENS.test(text.slice(0, d.start))) ||
        (r.start - d.end <= SPEAKER_ONLY_NEAR && OPENS_BARE.test(text.slice(0, d.start)) && SPEAKER_ONLY.test(text.slice(d.end, r.start))),
    );
    // Undated, words of what a speaker will do ("X said Arland would go on striking", "X said the
    // border will stay shut") are a statement of the day they are reported; what a speaker says
    // was or is the case is the source of an article's facts, in most of its sentences.
    // In a sentence with a date of its own, the words are dated by it or recalled from then ("last
    // year the president said the army would…"): only an undated sentence is the day's.
    // A quotation dated by its saying ("…," the minister told reporters on Thursday night), or by a
    // day fronted before its speaker ('On Saturday, X said Borea was trying to "change the line"'), is that day's statement.
    if (quoted && !day && !opening && !last) continue;
    const ahead = !day && !opening && dates.length === 0 && (AHEAD.test(text.slice(r.end, r.end + AHEAD_NEAR)) || AHEAD_SECOND.test(text.slice(r.end, r.end + AHEAD_SECOND_NEAR)));
    // Undated, a sentence that tells nothing but what a person named by title and name, of a side,
    // said is that person's statement of the day it is reported: in a long report, each leader's,
    // commander's or governor's words get a sentence of their own ("Arlandese President Omar
    // Dunne, speaking in Velmora, said Arland would answer any provocation"; "Border Guard chief
    // Kael Orvan said the posts would stay manned"). Its words tell no happening, so it is no
    // source of the article's facts; a speaker named by title alone is.
    // "Arland has long said it would defend the region", "Borea has repeatedly threatened …, while
    // Arland has said it would …": a saying in the present perfect with no day, told as lasting or
    // set against another side's habit, is the speaker's standing position, no statement of the
    // day. A plain "has said" with no such words is the day's (contextTimes).
    const perfect = text.slice(Math.max(0, r.start - 30), r.start);
    if (!day && !opening && (STANDING_PERFECT.test(perfect) || (PERFECT_SAYING.test(perfect) && AGAINST_HABIT.test(text.slice(0, r.start))))) continue;
    const undated = !day && !opening && !ahead && !last;
    const plain = undated && dates.length === 0 && !quoted;
    // A happening the words name as known ("said the seizure of the zone was an occupation") is what
    // they judge, no fact they source: the words are still the speaker's own. A background happening
    // told before the verb, in an aside about the speaker ("X, who had called the embargo pointless,
    // said") or a setting ("After the earlier seizure, X said"), is who spoke or when, not what they said.
    const ownWords = plain && (happenings.length === 0 || (happenings.every((h) => (h.background && h.trigger.end <= r.start) || (h.trigger.start >= r.end && (namedAsKnown(h) || ownedBy(text, h)) && !h.negated && h.modality === undefined)) && !IF.test(text.slice(r.end))));
    // Undated, words given out through a channel are the statement of the day they are reported.
    // A day inside the words given ("said in a statement that its ships had reached the reef on
    // Friday") dates what they tell, not the giving: when they tell no happening, the statement is
    // still the day's it is reported.
    const wordsDated = undated && !quoted && happenings.length === 0 && dates.length > 0 && dates.every((d) => d.start >= r.end);
    const channelled = (plain || wordsDated) && (CHANNEL_AFTER.test(text.slice(r.end)) || CHANNEL_BEFORE.test(text.slice(0, r.start)));
    if (undated && !ownWords && !channelled) continue;
    // "X said the curfew takes effect at midnight": a decision or diplomatic step announced
    // ahead is the news, planned, as an announced step of one's own is (speechActsOf); no statement
    // besides. Forces that will move are a threat said ("will answer any incursion"), and stay one.
    if (ahead && triggers.some((t) => t.start >= r.end && (t.value === 'diplomacy' || t.type === 'decision'))) continue;
    const found0 = clauses.find((c) => r.start >= c.start && r.start < c.end) ?? { start: 0, end: text.length };
    // "A's minister said on Monday that …, and B's president said …": after a saying, a clause
    // joined by ", and" is the next speaker's, though no opener cut the sentence there.
    const joined = last ? lastJoinBetween(text, Math.max(found0.start, last.end), r.start) : -1;
    const outer = joined >= 0 ? { start: joined, end: found0.end } : found0;
    // Who was quoted is the subject before "quoted": "A spokesman for the Borean army was quoted …".
    const quotedAt = quotedAs ? Math.max(0, r.start - 90) + quotedAs.index : undefined;
    const spanRead = quotedAt !== undefined ? spanOf(text, outer.start, Math.max(outer.start, quotedAt)) : sayerOf(text, r, outer, day?.end);
    // "…, while the United Nations said": the word that joins the clause is no part of who spoke.
    const joiner = spanRead ? JOINER.exec(spanRead.text)?.[0].length ?? 0 : 0;
    const speakerSpan = spanRead && joiner > 0 ? spanOf(text, spanRead.start + joiner, spanRead.end) : spanRead;
    if (!speakerSpan) continue;
    // Someone the reader can name: a party of the gazetteer, or a person by title and name
    // ("Interior Minister X Y"), not "an analyst" or "the hospital at Z".
    const pronoun = PRONOUN.test(speakerSpan.text);
    // Or a surname alone, of someone the article names by title (`people`): "…, Ruiz said on Monday",
    // "In an interview on Tuesday with a radio station, Ruiz said".
    // The speaker's whole phrase, a title in apposition before a name and a place after the head included.
    const phrase = speakerPhrase(text, speakerSpan, r.start);
    const named = nameIn(phrase.text, lexicon, false) !== undefined || (TITLE.test(speakerSpan.text) && nameIn(speakerSpan.text, lexicon) !== undefined) || people.has(lastPart(speakerSpan.text));
    if (!pronoun && !named) continue;
    // Whose side they speak for is said: their party named with them, or the side the article or
    // the run gives the person (`people`, by surname).
    const sideOfPerson = people.get(/\S+$/.exec(speakerSpan.text)?.[0] ?? '');
    const sided = nameIn(phrase.text, lexicon, false) !== undefined || (sideOfPerson !== undefined && nameIn(sideOfPerson, lexicon, false) !== undefined);
    // A state body or an office with its party in the phrase speaks for that state as a person by
    // office and name does: its undated words are its statement of the day. Its name ends on the
    // body or office, so two capitals before it ("Borea's Foreign Ministry") are no person's name.
    const stateVoice = STATE_VOICE.test(speakerSpan.text) && nameIn(phrase.text, lexicon, false) !== undefined;
    // A state's head or minister by capitalised office and name ("Defence Minister Tan Weiro") speaks
    // for a state, whichever side the article leaves unsaid: no source of facts, as a side's office is not.
    const cabinet = CABINET.test(speakerSpan.text) && NAMED_LAST.test(speakerSpan.text);
    if (ownWords && !channelled && !(TITLE_HEAD.test(speakerSpan.text) && (NAMED_LAST.test(speakerSpan.text) || NAME_THEN_TITLE.test(speakerSpan.text)) && (sided || cabinet)) && !stateVoice) continue;
    // The same speaker saying more is one statement; a pronoun after a named speaker is most often that speaker.
    const who = nameIn(phrase.text, lexicon, false) ?? lastPart(speakerSpan.text).toLowerCase();
    if ((last || before) && (pronoun || spoken.has(who))) continue;
    spoken.add(who);
    const clause = { start: speakerSpan.start, end: r.end };
    const happening: Happening = {
      type: 'statement',
      kind: 'statement',
      conflict: true,
      trigger: { start: r.start, end: r.end, text: r.text },
      pos: 'verb',
      lemma: ANSWERING[r.text.toLowerCase()] ?? 'say',
      sentence: 0,
      clause: { ...clause, text: text.slice(clause.start, clause.end) },
      negated: false,
      tense: /^says$/i.test(r.text) ? 'present' : 'past',
      speaker: speakerSpan,
      background: false,
      casualty: false,
      rule: 'saying',
    };
    found.push({ start: r.start, end: r.end, text: r.text, value: 'statement', type: 'statement', happening, clause, outer: { start: outer.start, end: outer.end } });
  }
  return found;
}

const JOINER = /^(?:while|whereas|and|but)\s+/i;
// A condition or a modal in the words said ("the truce could last if B signed", "the talks would
// bring results"): what may be, no judgement of what is.
const IF = /\b(?:if|unless|provided|would|will|could|can|may|might|should|must)\b/i;

/** A report phrase cut to its verb: "answered that" → "answered". */
function verbOnly<T extends { start: number; end: number; text: string }>(r: T): T {
  // "pointed out" keeps its particle: what follows both words is what was said.
  const verb = /^pointed\s+out\b/i.exec(r.text)?.[0] ?? /^\S+/.exec(r.text)![0];
  return { ...r, end: r.start + verb.length, text: verb };
}
// A clause joined on after a comma: ", and B's president said".
const JOIN = /,\s*(?:and|but|while|whereas)\s+/gi;
/** Where the last clause joined on with ", and" between two offsets starts, or -1. */
function lastJoinBetween(text: string, from: number, to: number): number {
  let at = -1;
  for (const m of text.slice(from, to).matchAll(JOIN)) at = from + m.index + m[0].length;
  return at;
}

/**
 * Whether a clause joined on with ", and" between two offsets runs to the second with no comma,
 * with a subject of its own before the verb there: ", and Borea's ministry said", not ", and offered".
 */
function joinedOn(text: string, from: number, to: number): boolean {
  const at = lastJoinBetween(text, from, to);
  return at >= 0 && !/[,;:]/.test(text.slice(at, to)) && OWN_SUBJECT.test(text.slice(at, to));
}
// Words before a verb that are more than its auxiliary or an adverb of sequence.
const OWN_SUBJECT = /^(?!\s*(?:(?:also|then|later|again|has|have|had|was|were|is|are|would|will|\p{L}+ly)\s+)*$)\s*\S/iu;

/**
 * Who a saying verb has speak: "…, X said." the words after the sentence's last comma; "…, said
 * X." the words after the verb; else, "X said (that) …", its clause up to the verb.
 */
function sayerOf(text: string, r: { start: number; end: number }, outer: { start: number; end: number }, dayEnd?: number): { start: number; end: number; text: string } | undefined {
  // "…, X said on Monday.": the day after the verb is no part of what was said.
  const after = text.slice(dayEnd ?? r.end);
  // "…, the army said on Sunday, describing the work as …": a participle hung on the saying ends it too;
  // so does a clause joined on after it ("…, President Vasse said, and he was glad of it").
  if (END.test(after) || HUNG.test(after) || JOINED_ON.test(after)) {
    const comma = text.lastIndexOf(',', r.start);
    // '"…," the minister said': the quotation's closing mark is no part of the name.
    const from = comma + 1 + (/^["”’]*/.exec(text.slice(comma + 1))?.[0].length ?? 0);
    return comma >= 0 ? spanOf(text, from, r.start) : undefined;
  }
  // "B's spokesman, for his part, said …", "X, speaking in Velmora, said …": an aside between the
  // speaker and the verb is neither.
  // The aside may open a clause of its own ("speaking in Velmora, said"): the speaker is then
  // the words before it, back to the last semicolon.
  const aside = settingAsideStart(text.slice(0, r.start));
  // "X, who had called the vote a sham, said": a relative clause set off about the speaker tells
  // who they are, no part of their name.
  const about = aside >= 0 ? aside : RELATIVE_ASIDE.exec(text.slice(0, r.start))?.index ?? -1;
  if (about >= 0) {
    const from = about > outer.start ? outer.start : text.lastIndexOf(';', about) + 1;
    return spanOf(text, from, about);
  }
  // "…, said X.": a name closes the sentence; "X, the minister, said that …" is an apposition,
  // and so is "X, the minister, told reporters (that) …": whom something is told is never who told it.
  // "Ondria, one of Arland's allies, said it would …": words after the verb with a subject and verb
  // of their own are what was said, and the speaker is the subject before the apposition.
  // A comma right after the verb opens an aside ("X, the minister, said, though, that …"): no name follows it.
  if (/,\s*$/.test(text.slice(0, r.start)) && !/^\s*(?:that\b|,)/i.test(after) && !TOLD.test(text.slice(r.start, r.end)) && !CLAUSE_SAID.test(after)) {
    const name = /^\s*([^,.;:!?"”]+)[.!?"”]*\s*$/.exec(after);
    return name ? spanOf(text, r.end, r.end + name[0].trimEnd().replace(/[.!?"”]+$/, '').length) : undefined;
  }
  // '"…," the minister told reporters on Monday, adding …': the words quoted before the speaker
  // are what was said, not who said it (nor the party they name).
  const closed = [...text.slice(outer.start, r.start).matchAll(CLOSING_QUOTE)].at(-1);
  const from = closed ? outer.start + closed.index + closed[0].length : outer.start;
  return spanOf(text, from, r.start - (/,\s*$/.exec(text.slice(from, r.start))?.[0].length ?? 0));
}

// A quotation closed by its comma or mark ('"…," ', '"…?" '); the last before the verb ends the words quoted.
const CLOSING_QUOTE = /[,.!?]["”’]\s*/g;

// A relative clause about the speaker, unless it tells whom they speak for or what office they
// hold ("X, who speaks for the secretary-general,", "X, who is the army's spokesman,"): that is
// who spoke.
const RELATIVE_ASIDE = /,\s*(?:who|whose)\s(?!(?:speaks|speak|heads|leads|represents|chairs|commands|runs|is\s+(?:the|an?)|was\s+(?:the|an?))\b)[^,;:"“”]*,\s*$/i;
const END = /^\s*[.!?"”]*\s*$/;
// Words said as a clause, not a name closing the sentence: a pronoun subject ("it would place"),
// or a verb of a tense or mood of its own ("the army would answer", "troops had crossed").
const CLAUSE_SAID = /^\s*(?:(?:it|he|she|they|we|i)\s|[^,.;:]*?\b(?:will|would|shall|could|can|must|should|might|may|had|has|have|was|were|is|are)\s+(?:not\s+|never\s+|\p{L}+ly\s+)?\p{L}+)/iu;
const HUNG = /^\s*,\s*\p{L}+ing\b/u;
const JOINED_ON = /^\s*,\s*(?:and|but|while|whereas)\s/i;

const DEFINITE = DEFINITE_DETERMINERS;
// A noun of a happening a relative clause tells as what came next: "the clash that followed", "the fighting which ensued".
const FOLLOWED = /^\s+(?:that|which)\s+(?:followed|ensued|broke\s+out)\b/i;
/** A happening named by a noun with a definite determiner: "the release", "their abduction". */
const namedAsKnown = (h: Happening) => h.pos === 'noun' && h.determiner !== undefined && DEFINITE.has(h.determiner.toLowerCase());

// A name's possessive before a noun, a word or two between: "Borea's troop deployment", "Arland's decision".
const POSSESSED = /\b\p{Lu}[\p{L}-]*['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** A happening named by a noun a party's possessive owns: "said Borea's troop deployment was a threat" speaks of it as known. */
const ownedBy = (text: string, h: Happening) => h.pos === 'noun' && POSSESSED.test(text.slice(Math.max(0, h.trigger.start - 48), h.trigger.start));

/** The words of a speaker after any fronted phrase: "In an interview on Tuesday, Ruiz" → "Ruiz". */
export const lastPart = (words: string) => words.slice(words.lastIndexOf(',') + 1).trim();

/** The words `[start, end)` trimmed, as a span, when there are any. */
function spanOf(text: string, start: number, end: number): { start: number; end: number; text: string } | undefined {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const words = raw.trim();
  return words ? { start: start + lead, end: start + lead + words.length, text: words } : undefined;
}
