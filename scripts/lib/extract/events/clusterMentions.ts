import { DAY_MS } from '../../../../src/lib/dayMs.ts';
import { daySpan, precisionOf } from '../../../../src/lib/partialDate.ts';
import type { Mention } from '../mentions/buildMentions.ts';
import { partiesOf } from '../sentences/partiesOf.ts';
import { SPEECH_KINDS } from '../sentences/speechKinds.ts';
import { sameVoice } from '../sentences/voiceOf.ts';
import { otherMeasure } from './otherMeasure.ts';
import { isAppeal } from './isAppeal.ts';
import { opensApart } from './opensApart.ts';
import { speakingFor } from './speakingFor.ts';
import { toldAsMore } from './toldAsMore.ts';
import { daysAfter, daysBetween } from '../time/dayArithmetic.ts';
import { ARMED_KINDS } from '../happenings/violentKinds.ts';
import { nameKey } from '../sentences/nameKey.ts';

const RANK = { day: 0, month: 2, year: 3 } as const;
/** Exact days first, then windows, then months and years: precise reports found the clusters. */
const rank = (m: Mention) => (m.time.approximate ? 1 : RANK[precisionOf(m.time.date)!]);
/** Dated by its own words before dated by the article's time at that point. */
const strength = (m: Mention) => (m.dating === 'context' ? 1 : 0);
const span = (m: Mention) => ({ first: daySpan(m.time.date).first, last: daySpan(m.time.endDate ?? m.time.date).last });
/** Phases that cannot be one happening: an accord collapsing is not the accord being agreed. */
const apart = (a: string, b: string) =>
  a !== b && a !== 'hold' && b !== 'hold' && (a === 'collapse' || b === 'collapse' || a === 'postpone' || b === 'postpone' || a === 'extend' || b === 'extend' || (a === 'end' && b === 'begin') || (a === 'begin' && b === 'end'));
const fold = (s: string | undefined) => (s === undefined ? undefined : nameKey(s));
/** Days fighting may go on in one article's telling and still be one round. */
const FOLLOW_DAYS = 3;
/** Kinds one day's violence is reported as: "clashes" and "shelling" of one day are one round of fighting. */
const VIOLENCE: ReadonlySet<string> = ARMED_KINDS;
/** Kinds whose happening may go on for days and be reported day by day as one. */
const ONGOING = new Set(['fighting', 'strike', 'humanitarian']);
/** The group of kinds a report may merge with. */
export const familyOf = (kind: string) => (VIOLENCE.has(kind) ? 'violence' : kind);

/**
 * A round of talks told as held or begun one day and ended a day or two later is one round:
 * "began on Thursday", "ended on Friday without a deal". Not for fighting: a lull and a new
 * outbreak a day apart are two happenings.
 */
function roundOfTalks(a: Mention, b: Mention): boolean {
  if (a.kind !== 'talks' || b.kind !== 'talks' || rank(a) !== 0 || rank(b) !== 0) return false;
  const [begun, ended] = a.phase !== 'end' && b.phase === 'end' ? [a, b] : b.phase !== 'end' && a.phase === 'end' ? [b, a] : [];
  if (!begun || !ended || begun.status === 'scheduled' || ended.status === 'scheduled') return false;
  const gap = daysBetween(span(begun).last, span(ended).first);
  const samePlace = begun.places.some((p) => ended.places.some((q) => q.name === p.name));
  return gap >= 0 && gap <= FOLLOW_DAYS && (begun.source === ended.source || samePlace);
}

/** Plain verbs of speech, which a speaker uses of every statement: they tell no one statement from another. */
const PLAIN_SPEECH = /^(?:says?|tells?|states?|adds?|notes?|writes?|explains?|reports?|issues?|voices?)\b/;
/** Days before an article's news day that a statement its lede retells may have been made: a week. */
const RETOLD_DAYS = 7;
/** Days before an article's day that a statement another report dates may have been made, told undated: the day before. */
const RETOLD_ELSEWHERE_DAYS = 1;
/**
 * Whether another article's charge is told again in the same words: a charge, not a plain
 * statement, so what it accuses of, and whom, must agree too.
 */
const isSameCharge = (told: Mention, m: Mention) =>
  m.kind === 'accusation' &&
  told.kind === 'accusation' &&
  m.type === told.type &&
  told.source !== m.source &&
  m.saysAbout !== undefined &&
  m.saysAbout === told.saysAbout &&
  fold(m.addressee) === fold(told.addressee);

/** Two appeals of one speaker to one party, in any verb of asking: "urged Borea to free him", "demanded his release from Borea". */
const sameAppeal = (told: Mention, m: Mention) => told.source !== m.source && isAppeal(told.says) && isAppeal(m.says) && (m.addressee === undefined || told.addressee === undefined || fold(m.addressee) === fold(told.addressee));
/**
 * A statement an article's lede leaves undated on its news day is the statement of the same
 * speaker, said with the same verb, that the article's body dates by its own words to the week
 * before: "Arland's army has confirmed … and has asked to be allowed to cross" and, below, "the
 * commander told this newspaper on Friday that Borea had asked for leave to cross". Both words
 * and speaker must agree, and the verb be more than a plain "says": a speaker's other sayings of
 * the week are statements of their own. Another article's statement so told counts only from the
 * day before: "the UN chief has urged restraint", undated in Tuesday's report, is the appeal
 * Monday's report dates; so is a charge in the same words against the same party ("has accused
 * Borea of laying new landmines"), though in one article an undated charge is that day's own.
 */
function retoldStatement(told: Mention, m: Mention): boolean {
  if (!((m.kind === 'statement' && told.kind === 'statement') || isSameCharge(told, m)) || m.dating !== 'context' || told.dating !== 'own') return false;
  if (m.anaphoric || m.status !== 'occurred' || told.status !== 'occurred' || m.time.date !== m.published || rank(told) !== 0) return false;
  if (!m.says || PLAIN_SPEECH.test(m.says) || !(m.says === told.says || sameAppeal(told, m)) || !m.speaker || fold(m.speaker) !== fold(told.speaker)) return false;
  const gap = daysBetween(span(told).last, span(m).first);
  return gap > 0 && gap <= (told.source === m.source ? RETOLD_DAYS : RETOLD_ELSEWHERE_DAYS);
}

/** Days before an article's day that a diplomatic step another report dates may lie, told undated. */
const STEP_RETOLD_DAYS = 3;
/**
 * A diplomatic step an article tells undated, on its news day ("Borea has recalled its ambassador
 * for consultations"), is the step of the same type and party another report dates to the days
 * just before ("Borea recalled its ambassador on Monday"): a step is taken once, and told after.
 */
function stepRetold(dated: Mention, m: Mention): boolean {
  if (m.kind !== 'diplomacy' || dated.kind !== 'diplomacy' || !m.type || m.type !== dated.type || (m.phase ?? '') !== (dated.phase ?? '')) return false;
  if (m.dating !== 'context' || m.time.date !== m.published || m.status === 'scheduled' || dated.status === 'scheduled') return false;
  if (dated.dating === 'context' || rank(dated) !== 0 || dated.source === m.source || (m.agent && dated.agent && fold(m.agent) !== fold(dated.agent))) return false;
  const gap = daysBetween(span(dated).last, span(m).first);
  return gap > 0 && gap <= STEP_RETOLD_DAYS;
}

/** A vote told in the report's own sentence: "the council voted", "a vote of 12 to 3". */
const VOTED = /\bvot(?:e|es|ed|ing)\b/i;
/**
 * A body's vote and the members who voted for or against it are one happening: "the assembly
 * voted to condemn the raid" and "only two members voted against" name different agents of one
 * decision. Two decisions of one day that no report tells as a vote keep their agents apart.
 */
const oneVote = (a: Mention, b: Mention) =>
  a.type === 'decision' && b.type === 'decision' && a.citations.some((c) => VOTED.test(c.quote)) && b.citations.some((c) => VOTED.test(c.quote));

/**
 * Whether two speakers are both among the parties of one charge a group's reports tell as made
 * together ("Arland and Borea accused each other on Friday"): each side's own charge of
 * that day is its half of the one exchange of blame, as an analyst codes it.
 */
const blamedTogether = (a: Mention, b: Mention, joint: readonly string[][]) =>
  a.kind === 'accusation' && b.kind === 'accusation' && joint.some((ps) => [a.speaker!, b.speaker!].every((s) => partiesOf(fold(s)!).every((p) => ps.includes(p))));

/** The parties of each charge in a group that several speakers made together. */
const jointSpeakers = (members: readonly Mention[]) =>
  members.filter((m) => m.kind === 'accusation' && m.speaker).map((m) => partiesOf(fold(m.speaker)!)).filter((ps) => ps.length > 1);

/** Heads of state or government named only by rank: "their prime ministers", "both leaders", "the two presidents". */
const HEADS = /^(?:(?:the|their|both|two|the\s+two)\s+)*(?:leaders|prime\s+ministers|presidents|premiers|heads\s+of\s+(?:state|government))$/i;
/** Whether two reports' participants are the sides' heads, each named by rank alone: one summit's participants, however worded. */
const heads = (a: string, b: string) => HEADS.test(a.trim()) && HEADS.test(b.trim());

/**
 * Whether two reports of talks, each read as one party's act, name each other's party among those
 * taking part: "the bloc's leaders meet in Ondria" (Ondria hosting, the bloc named) and "the bloc's
 * summit" (the bloc convening, Ondria named) are one meeting. Talks are all their parties' act.
 */
const sameTalks = (a: Mention, b: Mention) => a.kind === 'talks' && b.kind === 'talks' && namesParty(a.actors, b.agent!) && namesParty(b.actors, a.agent!);

/** Whether a report's own sentence opens on another happening ("Separately, …"). */
const toldApart = (m: Mention) => opensApart(m.citations[0]?.quote ?? '');

// A base, post or people of a peacekeeping or international mission, a third party to the sides' war.
const MISSION_TARGET = /\b(?:(?:UN|U\.N\.|United Nations|peacekeeping|peacekeepers'?|mission'?s?|monitors'?)\s+(?:base|compound|camp|post|headquarters|positions?|staff|convoy|patrol|monitors|observers|peacekeepers)|peacekeepers?)\b/;
// A sentence that also counts dead or wounded tells of more than the mission's own harm.
const TOLL = /\b(?:kill\w*|wound\w*|dead|died|injur\w*)\b/i;
const onMission = (m: Mention) => MISSION_TARGET.test(m.citations[0]?.quote ?? '') && !TOLL.test(m.citations[0]?.quote ?? '');

/** Whether two reports can be of the same happening, dates apart; `joint`, the parties of charges their group tells as made together. */
function alike(a: Mention, b: Mention, joint: readonly string[][] = []): boolean {
  if (familyOf(a.kind) !== familyOf(b.kind)) return false;
  // Ground taken or retaken that a report dates to a day in its own words is a happening of its
  // own beside that day's clash others date so ("gunmen opened fire on Sunday"; "late on Sunday
  // the police retook the building"); told only by the story's time, it is part of the clash.
  // Shelling or strikes that win ground stay one happening with the ground they won. Dated by a
  // window of its own words or its telling ("have taken the island, Borea said on Monday"
  // beside "weekend fighting"), it stays apart too.
  if (a.kind === 'fighting' && b.kind === 'fighting' && rank(a) <= 1 && rank(b) <= 1 && a.dating !== 'context' && b.dating !== 'context' && !a.anaphoric && !b.anaphoric && TAKEN(a, b)) return false;
  if (roundOfTalks(a, b)) return true;
  // Diplomatic steps of different types are different happenings, however close: an envoy
  // recalled and a border closed the same day are two steps an analyst codes apart.
  if (a.kind === 'diplomacy' && b.kind === 'diplomacy' && a.type && b.type && a.type !== b.type) return false;
  if (otherMeasure(a, b)) return false;
  // "Four soldiers were killed in an ambush at A on Tuesday. … Heavy fighting was also reported
  // early in the week around B": violence one article dates, sentence by sentence in its own
  // words, to places neither of which names the other's (nor its province), is two happenings.
  if (VIOLENCE.has(a.kind) && VIOLENCE.has(b.kind) && a.source === b.source && a.sentence !== b.sentence && a.dating !== 'context' && b.dating !== 'context' && !a.background && !b.background && apartPlaces(a, b)) return false;
  // "Shelling hit Kelvask Pass on Friday. … Separately, a drone struck a convoy near Halvane
  // crossing": violence one article tells below words that set it apart is a happening of its own.
  if (VIOLENCE.has(a.kind) && VIOLENCE.has(b.kind) && a.source === b.source && a.sentence !== b.sentence && [a, b].some(toldApart)) return false;
  // "Mortar bombs fell on a UN base in the town", beside the sides' battle for it: violence that
  // falls on a mission of a third party is a happening of its own, apart from the fighting that
  // does not name it.
  if (VIOLENCE.has(a.kind) && VIOLENCE.has(b.kind) && onMission(a) !== onMission(b)) return false;
  // Each side's strikes of one day are two happenings: "Arlandese missiles" and "Borean shelling".
  // A clash is both sides' act: one side's report that the other fired, and the other's that the
  // first did, are one exchange of fire; so are talks each report names the other's party to.
  if (a.agent && b.agent && !(a.kind === 'fighting' && b.kind === 'fighting') && !sameTalks(a, b) && !oneVote(a, b) && !partiesOf(a.agent).some((p) => partiesOf(b.agent!).includes(p))) return false;
  // "On Tuesday Arland sent more police to the border. On Tuesday night two Borean
  // helicopters dropped off more soldiers": forces one article sends on one day in two sentences,
  // each naming first a party the other does not name, are each side's own; so are a live blog's
  // undated entries ("Borea's frigates shadow the survey ship"; "Arland's navy puts out to sea").
  if (a.type === 'deployment' && b.type === 'deployment' && a.source === b.source && a.sentence !== b.sentence) {
    const [x, y] = [a.actors[0], b.actors[0]];
    if (x && y && x !== y && (!namesParty(b.actors, x) || !namesParty(a.actors, y))) return false;
  }
  // A denial is not a charge: "Borea denies firing" and "Borea accuses Arland of starting it" are
  // two sayings, however close.
  if (a.kind === 'accusation' && b.kind === 'accusation' && (a.type === 'denial') !== (b.type === 'denial')) return false;
  // Participants tell meetings apart, as the reports that date them name them; the sides' heads
  // named by rank alone ("their prime ministers met", "both leaders") are one summit's.
  if (a.who && b.who && a.dating !== 'context' && b.dating !== 'context' && fold(a.who) !== fold(b.who) && !heads(a.who, b.who)) return false;
  // A report dated only to a month or a year tells too little to keep phases apart: "two truces
  // arranged in October both broke down" is of October's truces.
  if (a.phase && b.phase && apart(a.phase, b.phase) && rank(a) < RANK.month && rank(b) < RANK.month) return false;
  // A meeting put off is not the meeting held.
  if ((a.phase === 'postpone') !== (b.phase === 'postpone')) return false;
  // Two statements by different speakers are two statements; one that several speakers made
  // together ("the US, the AU and the UN all condemned it") is the statement of each of them.
  if (a.speaker && b.speaker && !partiesOf(fold(a.speaker)!).some((p) => partiesOf(fold(b.speaker!)!).includes(p)) && !blamedTogether(a, b, joint)) return false;
  // And two voices of one side are two speakers: "President Ruiz said …" and "the Borean army
  // charged …" of one day; so are a joint voice and one of its parties in another office ("the
  // joint command of Borea and Velmora denied …", "Borea's foreign ministry called it …"). A
  // voice the words do not tell ("officials", "he") may be either.
  if (a.speaker && b.speaker && !sameVoice(a.voice, b.voice)) return false;
  if (personAndSide(a, b) || personAndSide(b, a)) return false;
  // "Velmora, too, recalled its envoy", below Arland's recall: one more step, not the same one told again.
  if (toldAsMore(a, b)) return false;
  return true;
}

/**
 * Whether a report's actors name a party, or the party whose name a body's begins with: "the
 * Arland Coast Guard said the Borean ships began entering the waters at 6 a.m." names first the
 * Arland Coast Guard, Arland's, which "Borea sent six ships into the waters around the islands"
 * names too: the one deployment, told by the side that watched it.
 */
const namesParty = (actors: readonly string[], party: string) => actors.some((a) => a === party || party.startsWith(`${a} `));

/**
 * Whether one article tells, in two sentences, a person's saying and a saying of that person's side
 * by its name alone: "Foreign Secretary Ali said the complaints had reached Dhaka" and, below,
 * "Borea has called the deaths unfortunate". Words that went on with the person's would be told
 * as theirs ("he said", "Ali added"); told as the side's, they are another voice's, one the
 * article does not name.
 */
const personAndSide = (a: Mention, b: Mention) =>
  SPEECH_KINDS.has(a.kind) && SPEECH_KINDS.has(b.kind) && a.source === b.source && a.sentence !== b.sentence && !a.anaphoric && !b.anaphoric &&
  a.voice?.person !== undefined && b.voice === undefined && b.speaker !== undefined && partiesOf(b.speaker).length === 1 && fold(a.speaker) === fold(b.speaker) &&
  b.citations.some((c) => c.quote.trimStart().startsWith(b.speaker!) && !SINCE.test(c.quote));
/** "Borea has since said it will …": words of some day after an older happening, no day's saying of their own. */
const SINCE = /\b(?:has|have|had)\s+since\b/i;

/** Types that end a round by a change of hands: a place taken or retaken is a happening of its own day. */
const TERRITORY = new Set(['territory-regained', 'territory-taken']);
/** Whether a day's report and the round of the days before differ in that one tells of ground changing hands. */
const TAKEN = (a: Mention, b: Mention) => a.type !== b.type && (TERRITORY.has(a.type ?? '') || TERRITORY.has(b.type ?? ''));

/**
 * Whether two reports name places and none of one's is, or lies in the province of, the other's:
 * a clash near one town and shelling of another province on a later day are two happenings.
 */
const elsewhere = (a: Mention, b: Mention) => {
  if (a.places.length === 0 || b.places.length === 0) return false;
  const names = (m: Mention) => new Set(m.places.flatMap((p) => [p.name, p.admin1].filter((x): x is string => Boolean(x))));
  const theirs = names(b);
  return ![...names(a)].some((n) => theirs.has(n));
};

/** The places of a group's reports, as one report's, for apartPlaces. */
const placesOf = (c: readonly Mention[]) => ({ places: c.flatMap((m) => m.places) });

/**
 * Whether two reports name places and none of one's is named by the other, as a place or as the
 * province its place lies in: "El Usra" and "Jabal Abu Tiour", two sites of one province, are
 * two places; "Dorsk" and "Ondria", its province, are one.
 */
const apartPlaces = (a: Pick<Mention, 'places'>, b: Pick<Mention, 'places'>) => {
  if (a.places.length === 0 || b.places.length === 0) return false;
  const named = (m: Pick<Mention, 'places'>) => new Set(m.places.map((p) => p.name));
  const within = (m: Pick<Mention, 'places'>) => new Set(m.places.flatMap((p) => [p.name, p.admin1].filter((x): x is string => Boolean(x))));
  const [na, nb, wa, wb] = [named(a), named(b), within(a), within(b)];
  return ![...na].some((n) => wb.has(n)) && ![...nb].some((n) => wa.has(n));
};

/**
 * Whether a strike one side is named for stands apart from a clash it would otherwise join as the
 * round going on: strikes are each day's own, and only fighting follows fighting. "Borean
 * artillery shelled the villages", told undated the day after an ambush, is that day's shelling,
 * not the ambush going on; "Arland hit a Borean radar on Tuesday", inside a twelve-day war's span,
 * is that day's strike, not the war.
 */
const strikeApart = (c: Mention, m: Mention) =>
  m.kind === 'strike' && m.agent !== undefined && c.kind === 'fighting' && (span(c).last < span(m).first || daysBetween(span(c).first, span(c).last) > FOLLOW_DAYS);

/**
 * Whether an act done once, which a report dates to a day by its own words, lies inside a span of
 * more than a week another report gives its kind, and so stands apart from it: "Velmora has
 * carried messages between the two sides since 5 June" is a mediation going on, and "Velmora's
 * emir was to fly to Arland on Tuesday" one meeting of its own within it; "Borea has held Arlandese
 * fishermen since 2 May" and "Borean police arrested Kael Orvan on 9 May" are two detentions.
 * Violence and flight go on for days and are reported day by day as one; a span of a few days
 * ("talks from 8 to 10 December") is one round; a report told only by the article's time may be
 * any of the span.
 */
const actInProcess = (c: Mention, m: Mention) => !VIOLENCE.has(m.kind) && !ONGOING.has(m.kind) && m.dating !== 'context' && daysBetween(span(c).first, span(c).last) + 1 > WINDOW_DAYS;

/**
 * Whether a clash an article leaves undated stands apart from a strike dated to the day before:
 * only fighting follows fighting. "Arland's jets bombed the ridge on Monday" and, in Tuesday's
 * report, "two Arlandese helicopters were shot down near Kelvask Pass" are two happenings.
 */
const clashAfterStrike = (c: Mention, m: Mention) => m.kind === 'fighting' && c.kind === 'strike';

/**
 * Whether violence an article dates only by its context, to a day the article named that is not
 * the day it appeared ("the army went into action yesterday … fighter jets bombed the village"),
 * stands apart from a round that ended before that day: the article told that day as news of its
 * own, not the round going on as it was written. Fighting still follows fighting, unless named as
 * known ("the attack had spared the post"): that names the day's own act.
 */
const namedDayApart = (c: Mention, m: Mention) =>
  VIOLENCE.has(m.kind) && (m.anaphoric || m.kind !== c.kind) && m.dating === 'context' && m.time.date !== m.published && span(c).last < span(m).first;

/** The most days apart two reports of one happening may be dated and still join: a lede's retelling of the week before. */
const REACH_DAYS = Math.max(FOLLOW_DAYS, RETOLD_DAYS, RETOLD_ELSEWHERE_DAYS, STEP_RETOLD_DAYS);

/**
 * Whether a report's date fits a group's. Exact days: the same day, even if one report announced
 * it ahead; or, for fighting an article follows from day to day without saying it stopped or
 * started again ("broke out on Thursday evening" and, told on Friday, "clashes overnight"), a day
 * or two on, by its own words. Vaguer dates: overlapping, and a plan only with plans, though a
 * vaguer report that it took place joins it.
 */
function dateFits(group: readonly Mention[], m: Mention, undatedNews: ReadonlySet<string> = new Set()): boolean {
  const sm = span(m);
  // Words named as known and dated only by their telling ("his remarks", in Thursday's report of
  // Monday's) give their group no day: a fresh saying of Thursday is not that group's by them.
  const dating = m.anaphoric ? group : group.filter((c) => !(c.anaphoric && c.dating === 'context' && SPEECH_KINDS.has(c.kind)));
  const cluster = dating.length > 0 ? dating : group;
  // Violence an article tells of with no day of its own, when the article dates no violence of
  // its own news day, is placed on that day only for want of another: it may be the round
  // another report dates to the days just before ("the army said its soldiers had only returned
  // fire", told the day after the clash).
  const laterTelling = VIOLENCE.has(m.kind) && m.time.date === m.published && undatedNews.has(m.source);
  if (rank(m) === 0) {
    // A day inside a span some report gives ("from 8 to 10 December") is of it, unless it starts a
    // round or tells of ground changing hands: a town retaken on the Friday of "the week's fighting"
    // is a happening of its own day; so is an act done once that its own words date inside weeks of
    // its kind, as a meeting inside weeks of talks.
    const inside = (c: Mention) => span(c).first < sm.first && sm.first <= span(c).last && m.phase !== 'begin' && m.phase !== 'resume' && !TAKEN(c, m) && !strikeApart(c, m) && !actInProcess(c, m);
    if (cluster.some((c) => rank(c) === 0 && (span(c).first === sm.first || inside(c)))) return true;
    const before = (c: Mention) => rank(c) === 0 && daysBetween(span(c).last, sm.first) >= 0 && daysBetween(span(c).last, sm.first) <= FOLLOW_DAYS;
    // What goes on as a report is written is the round of the days just before; so is a round an
    // article tells of without a date, by its news day, when it told of one just before. Words are
    // no round: a charge or a statement the article leaves undated on its news day is made that
    // day ("Arland has accused Borea of executing the captives"; "Arland's interior minister said
    // Borea was acting for Velmora", below Monday's government statement), not the words of the
    // day before told again. Only the same words in the same verb are (retoldStatement, below).
    if (m.anaphoric && cluster.some((c) => before(c) && !namedDayApart(c, m))) return true;
    if (m.dating === 'context' && !SPEECH_KINDS.has(m.kind) && m.phase !== 'begin' && m.phase !== 'resume' && cluster.some((c) => before(c) && !c.calledOff && !strikeApart(c, m) && !clashAfterStrike(c, m) && !namedDayApart(c, m) && (c.source === m.source || (laterTelling && c.dating !== 'context')))) return true;
    if (cluster.some((c) => retoldStatement(c, m))) return true;
    // An act dated only by the day it was told of ("the army said on Thursday that its troops had
    // shelled rebel positions") happened then or before: it is the round of its kind an article
    // dates in its own words in the days just before ("the shelling began on Monday"), not a
    // second one on the day of telling.
    // A capture is made once: "Borea said on Monday that the crew had been seized inside its
    // waters" is the seizure reports date to the week before, not a second one on the day told.
    const retoldCapture = (c: Mention) => m.kind === 'detention' && m.type !== 'release' && c.type !== 'release' && rank(c) === 0 && daysBetween(span(c).last, sm.first) >= 0 && daysBetween(span(c).last, sm.first) <= RETOLD_DAYS;
    if (m.dating === 'told' && !SPEECH_KINDS.has(m.kind) && m.phase !== 'begin' && m.phase !== 'resume' && cluster.some((c) => c.kind === m.kind && c.dating === 'own' && rank(c) === 0 && c.status !== 'scheduled' && (before(c) || retoldCapture(c)))) return true;
    // A plan that a report of the days just after tells took place, without a day of its own
    // ("the ministers met and agreed to keep talking"), is that plan held.
    const sameBody = (c: Mention) => !c.who || !m.who || fold(c.who) === fold(m.who);
    // A plan a report calls off at the day it was due ("cancelled the trip due on Wednesday") was not
    // held: an undated report of the days after is of something else.
    if (m.dating === 'context' && m.status !== 'scheduled' && m.phase !== 'postpone' && cluster.some((c) => c.status === 'scheduled' && !c.calledOff && before(c) && sameBody(c))) return true;
    if (cluster.some((c) => roundOfTalks(c, m))) return true;
    if (cluster.some((c) => stepRetold(c, m))) return true;
    if (VIOLENCE.has(m.kind) && cluster.some((c) => VIOLENCE.has(c.kind) && rank(c) === 0 && c.source !== m.source && oneNight(c, m))) return true;
    // "99 percent of the missiles and drones were intercepted", told undated the morning after a
    // night's barrage that another report's interceptions date to the day before: the same
    // interceptions, told again on the report's day for want of another.
    const interceptions = m.type === 'disrupted-weapons' && m.dating === 'context' && m.time.date === m.published;
    if (interceptions && cluster.some((c) => c.type === m.type && rank(c) === 0 && daysBetween(span(c).last, sm.first) === 1 && c.source !== m.source)) return true;
    if (!ONGOING.has(m.kind) || m.phase === 'begin' || m.phase === 'resume') return false;
    // Fighting an article follows from day to day by its own dates; an evacuation or a flight
    // that reports count up day by day, however they date it. Strikes are each day's own: a
    // barrage on Monday and a drone strike on Tuesday are two, unless told as a round of fighting.
    return cluster.some((c) => {
      const gap = daysBetween(span(c).last, sm.first);
      // A strike one day and a clash the next are two happenings, as an analyst codes them: only
      // fighting follows fighting, and fire no one side is named for ("the artillery duel entered
      // its fourth day") is the round going on.
      const followed = VIOLENCE.has(c.kind)
        ? c.kind === 'fighting' && (m.kind === 'fighting' || !m.agent) && c.source === m.source && c.dating !== 'context' && m.dating !== 'context' && !TAKEN(c, m)
        : c.type === m.type;
      return rank(c) === 0 && followed && gap > 0 && gap <= FOLLOW_DAYS && c.phase !== 'end' && c.status !== 'scheduled' && !elsewhere(c, m);
    });
  }
  // A vaguer report that a planned happening took place ("heard both sides in mid-February") is of it.
  const first = cluster.reduce((d, c) => (span(c).first < d ? span(c).first : d), span(cluster[0]!).first);
  const last = cluster.reduce((d, c) => (span(c).last > d ? span(c).last : d), span(cluster[0]!).last);
  return cluster.every((c) => (c.status === 'scheduled') === (m.status === 'scheduled') || m.status !== 'scheduled') && first <= sm.last && sm.first <= last;
}

/**
 * Whether two reports date one night a day apart, each on its side of midnight: "rockets hit the
 * village on Tuesday night" and, in another report, "rockets struck the village early on
 * Wednesday". Filed in two time zones, or told the evening before and the morning after, a night's
 * violence falls on two calendar days.
 */
function oneNight(a: Mention, b: Mention): boolean {
  const [first, second] = a.time.date <= b.time.date ? [a, b] : [b, a];
  return first.time.edge === 'late' && second.time.edge === 'early' && !first.time.endDate && !second.time.endDate && daysBetween(first.time.date, second.time.date) === 1;
}

/** What `alike` and `dateFits` read of a report. */
const face = (m: Mention) =>
  [m.kind, m.type, m.agent, fold(m.who), m.dating, m.phase, fold(m.speaker), m.voice?.office, m.voice?.person, rank(m), m.status, m.time.date, m.time.endDate, m.time.edge, m.source, m.anaphoric].join('|');

/** The months a span touches, as `YYYY-MM` keys. */
function months(first: string, last: string): string[] {
  const keys: string[] = [];
  let [year, month] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const end = last.slice(0, 7);
  for (let key = first.slice(0, 7); key <= end; key = `${year}-${String(month).padStart(2, '0')}`) {
    keys.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return keys;
}

/**
 * Groups reports of the same happening, across articles: same kind (fighting and strikes count as
 * one day's violence unless their agents differ), overlapping dates, nothing
 * that tells them apart (different participants or speakers, an accord agreed versus one
 * collapsing, a meeting held versus one put off). Reports dated to the day found the groups;
 * a vaguer report ("in July", "last year") joins the group of its kind inside its period that
 * most reports speak of, and a report dated only by the article's time joins the group of its
 * day (a statement a lede leaves undated, the same speaker's statement its body dates that week). A recap of an earlier round dated only to its month or year that no precise report
 * matches is left out: it is background, not news; so is a day only such recaps give ("since the
 * war began on June 13"), and a happening named as known ("the truce") that no report dates. What is left out is returned apart, for its figures to be placed.
 * @example clusterMentions([talksOn24From000, talksOn24From004]).clusters.length // 1
 */
export function clusterMentions(mentions: readonly Mention[]): { clusters: Mention[][]; left: Mention[] } {
  const ordered = [...mentions].sort(
    (a, b) =>
      strength(a) - strength(b) ||
      rank(a) - rank(b) ||
      a.time.date.localeCompare(b.time.date) ||
      a.source.localeCompare(b.source) ||
      a.sentence - b.sentence,
  );
  const clusters: Mention[][] = [];
  const left: Mention[] = [];
  // Articles that date no violence of their own publication day in their own words.
  const newsDated = new Set(mentions.filter((m) => VIOLENCE.has(m.kind) && m.dating !== 'context' && rank(m) === 0 && span(m).first === m.published).map((m) => m.source));
  const undatedNews = new Set(mentions.filter((m) => !newsDated.has(m.source)).map((m) => m.source));
  // Only clusters of the same kind that share a month can overlap: index them so.
  const index = new Map<string, Set<Mention[]>>();
  // Whether a report fits depends only on what `alike` and `dateFits` read of the members; members
  // alike in that are tried once, so a happening reported thousands of times clusters in linear time.
  const faces = new Map<Mention[], Map<string, Mention>>();
  // A speaker one report names only as a person is compared as the side others name that person speaking for.
  const sided = speakingFor(mentions);
  const said = (m: Mention) => sided.get(m) ?? m;
  // Who speaks in each sentence: a doer read for an act named as known that is the sentence's own
  // speaker ("the Ondrian council said it understood why Arland had carried out the strikes") is
  // the sayer, misread as the doer, not a side answering the other's strikes.
  const sayerKey = (m: Mention, who: string | undefined) => `${m.source}|${m.sentence}|${fold(who)}`;
  const sayers = new Set(mentions.filter((m) => SPEECH_KINDS.has(m.kind) && m.speaker).map((m) => sayerKey(m, m.speaker)));
  for (const mention of ordered) {
    const { first, last } = span(mention);
    const keys = months(first, last).map((m) => `${familyOf(mention.kind)}|${m}`);
    // A report may join a round up to REACH_DAYS away ("the morning after", a lede's retelling), and
    // that round may be filed under the month before or after: the 1st's report of the 29th's talks.
    const reach = months(daysAfter(first, -REACH_DAYS), daysAfter(last, REACH_DAYS)).map((m) => `${familyOf(mention.kind)}|${m}`);
    const candidates = new Set(reach.flatMap((k) => [...(index.get(k) ?? [])]));
    const fits = [...candidates].filter((cluster) => {
      const members = [...faces.get(cluster)!.values()];
      const joint = jointSpeakers([...members, mention]);
      return members.every((member) => alike(said(member), said(mention), joint)) && dateFits(members, mention, undatedNews);
    });
    const vague = rank(mention) > 0 || mention.dating === 'context';
    // A report of a day that fits the round of that day and a round it may follow on from is of
    // its own day's round: "shelled until Tuesday afternoon" and "on Tuesday the army took the hill".
    const sameDay = !vague && fits.length > 1 ? fits.filter((c) => c.some((m) => rank(m) === 0 && span(m).first === first)) : [];
    // Of several groups of its day, the one that began that day, before a round that ran on into it
    // from the days before: "the ambush at Semporna on Saturday night" and, below, "the police came
    // under fire on Saturday afternoon" are the ambush, not Friday's siege elsewhere going on.
    const begun = sameDay.length > 1 ? sameDay.filter((c) => c.every((m) => rank(m) !== 0 || span(m).first >= first)) : [];
    const among = sameDay.length > 1 ? sameDay : fits;
    const best =
      sameDay.length === 1
        ? sameDay[0]
        : begun.length === 1
          ? begun[0]
          : fits.length === 1 || (vague && fits.length > 1)
          ? [...fits].sort((a, b) => preference(b, mention) - preference(a, mention))[0]
          : (doneBy(among, mention) ?? ofType(among, mention));
    // A known happening names what others date, unless it is a strike whose report names a party
    // the same day's strikes, by the other side, cannot be the act of: "an hour after the first
    // round, the South fired dozens of shells" is the South's own fire, not the North's. Each
    // side's strikes are its own (alike above); a clash, talks or a statement are not one side's.
    const answering = mention.kind === 'strike' && mention.anaphoric && !mention.background && Boolean(mention.agent) && !sayers.has(sayerKey(mention, mention.agent)) && rank(mention) === 0 && otherSide(candidates, mention);
    if (!best && ((mention.background && rank(mention) >= RANK.month) || (mention.anaphoric && !answering))) {
      left.push(mention);
      continue;
    }
    const cluster = best ?? [];
    if (cluster.length === 0) {
      clusters.push(cluster);
      faces.set(cluster, new Map());
    }
    cluster.push(mention);
    faces.get(cluster)!.set(face(mention), mention);
    for (const key of keys) index.set(key, (index.get(key) ?? new Set()).add(cluster));
  }
  // A day only recaps give ("since the war began on June 13"), that no report tells as news, is
  // the setting of other news: its figures go to the corpus, like a recap of a month.
  const told = foldRecaps(clusters);
  // A part of a month gone by that only bounds some days ("two attacks in late November", "mid-July
  // clashes"), told after that month, that no report dates to a day: a recap of happenings whose
  // days the reports do not give, which a timeline of days cannot place. A whole month ("fighting
  // broke out in July") may be the round's own span, and stays.
  const setting = (c: readonly Mention[]) => c.every((m) => m.background && rank(m) === 0) || c.every(recapOfDays);
  return { clusters: told.filter((c) => !setting(c)), left: [...left, ...told.filter(setting).flat()] };
}

/** Longest window of days still read as the day it bounds ("earlier this week"): a week. */
const WINDOW_DAYS = 7;
/** A report of a window of days longer than a week, in a month that ended before its article's. */
const recapOfDays = (m: Mention) => {
  const { first, last } = span(m);
  return m.time.date.length === 10 && m.time.approximate && daysBetween(first, last) + 1 > WINDOW_DAYS && last < `${m.published.slice(0, 7)}-01`;
};

/**
 * Folds each group reported only at a vaguer date than a day ("in July", "mid-July", "last year")
 * into the group of its kind dated to a day inside that period, when there is one: a recap is of
 * the round its period holds, whatever actor or phase its few words give, and never stands beside
 * it as an event of its own. A plan stays apart from what took place, a postponement from what
 * was put off, a meeting of one body from another's, and violence an article places elsewhere
 * than the round it dates from that round.
 */
function foldRecaps(clusters: readonly Mention[][]): Mention[][] {
  // Each asked of a group once: a group may hold thousands of reports.
  const once = <T,>(f: (c: readonly Mention[]) => T) => {
    const memo = new Map<readonly Mention[], T>();
    return (c: readonly Mention[]) => (memo.has(c) ? memo.get(c)! : memo.set(c, f(c)).get(c)!);
  };
  const vague = once((c) => c.every((m) => rank(m) > 0));
  const planned = once((c) => c.every((m) => m.status === 'scheduled'));
  const putOff = once((c) => c.some((m) => m.phase === 'postpone'));
  // Who meets, what it is called, who speaks: these tell happenings apart however vaguely dated.
  const names = once((c) => new Set(c.flatMap((m) => [m.who, m.name, m.speaker]).filter((x): x is string => x !== undefined).map(nameKey)));
  // "Heavy fighting was also reported early in the week around B", in an article that dates an
  // ambush at A: a recap one article places elsewhere than the round it dates is another round.
  // A denial is no charge, and an envoy recalled no border closed, however vaguely dated: "Borea
  // denied the charge on Monday and accused Arland of provoking the clash" is two sayings.
  const denies = once((c) => c.some((m) => m.kind === 'accusation' && m.type === 'denial'));
  const charges = once((c) => c.some((m) => m.kind === 'accusation' && m.type !== 'denial'));
  const steps = once((c) => new Set(c.flatMap((m) => (m.kind === 'diplomacy' && m.type ? [m.type] : []))));
  const otherAct = (a: readonly Mention[], b: readonly Mention[]) =>
    (denies(a) !== denies(b) && charges(a) !== charges(b)) || (steps(a).size > 0 && steps(b).size > 0 && ![...steps(a)].some((t) => steps(b).has(t)));
  const placedApart = (a: readonly Mention[], b: readonly Mention[]) => a.some((m) => b.some((o) => o.source === m.source)) && apartPlaces(placesOf(a), placesOf(b));
  const sameBody = (a: readonly Mention[], b: readonly Mention[]) => names(a).size === 0 || names(b).size === 0 || [...names(a)].some((x) => names(b).has(x));
  const byMonth = new Map<string, Mention[][]>();
  for (const cluster of clusters) {
    if (vague(cluster)) continue;
    for (const m of cluster.filter((m) => rank(m) === 0)) {
      const key = `${familyOf(m.kind)}|${span(m).first.slice(0, 7)}`;
      const list = byMonth.get(key) ?? byMonth.set(key, []).get(key)!;
      if (list.at(-1) !== cluster) list.push(cluster);
    }
  }
  // The day the group's own words give it, as its event will be dated; not a day a later report merely told of it.
  const days = new Map<readonly Mention[], string>();
  const dayOf = (c: readonly Mention[]) => {
    if (days.has(c)) return days.get(c)!;
    const own = c.filter((m) => rank(m) === 0 && m.dating !== 'context');
    return days.set(c, (own.length > 0 ? own : c.filter((m) => rank(m) === 0)).map((m) => span(m).first).sort()[0]!).get(c)!;
  };
  // Recaps of one period are many and alike: the group each period folds into is found once.
  const found = new Map<string, Mention[] | undefined>();
  const into = new Map<Mention[], Mention[]>();
  for (const cluster of clusters) {
    if (!vague(cluster) || planned(cluster)) continue;
    const first = cluster.reduce((d, m) => (span(m).first < d ? span(m).first : d), span(cluster[0]!).first);
    const last = cluster.reduce((d, m) => (span(m).last > d ? span(m).last : d), span(cluster[0]!).last);
    const family = familyOf(cluster[0]!.kind);
    const key = `${family}|${first}|${last}|${putOff(cluster)}|${denies(cluster)}|${charges(cluster)}|${[...steps(cluster)].sort().join('|')}|${[...names(cluster)].sort().join('|')}|${[...new Set(cluster.flatMap((m) => [m.source, ...m.places.map((p) => p.name)]))].sort().join('|')}`;
    if (!found.has(key)) {
      const within = months(first, last)
        .flatMap((month) => byMonth.get(`${family}|${month}`) ?? [])
        .filter((c) => !planned(c) && putOff(c) === putOff(cluster) && sameBody(c, cluster) && !placedApart(c, cluster) && !otherAct(c, cluster) && first <= dayOf(c) && dayOf(c) <= last);
      found.set(key, [...new Set(within)].sort((a, b) => b.length - a.length || dayOf(a).localeCompare(dayOf(b)))[0]);
    }
    const best = found.get(key);
    if (best) into.set(cluster, best);
  }
  if (into.size === 0) return [...clusters];
  const grown = new Map<Mention[], Mention[]>();
  for (const [recap, target] of into) {
    const group = grown.get(target) ?? grown.set(target, [...target]).get(target)!;
    for (const m of recap) group.push(m);
  }
  return clusters.filter((c) => !into.has(c)).map((c) => grown.get(c) ?? c);
}

/** Whether a group of the report's kind and day names a party as the doer, and none of them is the report's. */
function otherSide(candidates: ReadonlySet<Mention[]>, mention: Mention): boolean {
  const day = span(mention).first;
  return [...candidates].some(
    (cluster) =>
      cluster.some((m) => m.kind === mention.kind && rank(m) === 0 && span(m).first === day && m.agent) &&
      cluster.every((m) => !m.agent || !partiesOf(m.agent).some((p) => partiesOf(mention.agent!).includes(p))),
  );
}

/**
 * Of several groups of one day that a report naming no doer fits alike, the one whose doer is the
 * party the report names first, as its subject: "Arland and Borea each recalled their envoys" are
 * two recalls, and "Borea's foreign minister wrote that Borea had asked its ambassador to come
 * back" is Borea's, not a third recall beside them. None when no group's doer is that party.
 */
function doneBy(groups: readonly Mention[][], mention: Mention): Mention[] | undefined {
  const first = mention.actors[0];
  if (mention.agent || !first) return undefined;
  const theirs = groups.filter((g) => g.some((m) => m.agent !== undefined && partiesOf(m.agent).length === 1 && m.agent === first));
  return theirs.length === 1 ? theirs[0] : undefined;
}

/**
 * Of several groups of one day that a report fits alike, the one alone in holding a report of its
 * type: another article's "Arland called up its reservists" is the call-up one article tells beside
 * that day's martial law (otherMeasure keeps those apart), not a third measure. None when no group,
 * or more than one, is of its type.
 */
function ofType(groups: readonly Mention[][], mention: Mention): Mention[] | undefined {
  if (!mention.type) return undefined;
  const theirs = groups.filter((g) => g.some((m) => m.type === mention.type));
  return theirs.length === 1 ? theirs[0] : undefined;
}

/** How well a group suits a vague report: of its own phase and article, then the most reported, then the earliest. */
function preference(cluster: readonly Mention[], mention: Mention): number {
  const phase = mention.phase && cluster.some((m) => m.phase === mention.phase) ? 1000 : 0;
  const article = cluster.some((m) => m.source === mention.source) ? 100 : 0;
  const first = Date.parse(span(cluster[0]!).first) / DAY_MS;
  return phase + article + cluster.length - first / 1e6;
}
