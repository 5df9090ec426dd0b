import type { EventType, Kind } from '../../../../src/lib/eventSchema.ts';
import type { Happening } from '../happenings/findHappenings.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { INSTITUTION, nameIn } from './speakerOf.ts';
import { speakerPhrase } from './speakerPhrase.ts';
import { tiedParty } from './tiedParty.ts';
import type { Trigger } from './triggersOf.ts';
import { partiesOf } from './partiesOf.ts';
import { VIOLENT_KINDS } from '../happenings/violentKinds.ts';
import { TAKEN_TYPES } from '../happenings/takenTypes.ts';
import { saidSince } from './saidSince.ts';

// Acts one side tells of the other are its claim.
const HOSTILE: ReadonlySet<string> = VIOLENT_KINDS;
// Forces one side tells the other moved up or in ("said B was moving troops up to the border",
// "vessels that had entered its waters"): a charge as an attack is.
const INCURSION = new Set(['deployment']);
// People taken by the other side ("B's troops captured three soldiers"): an act one side can
// accuse the other of, as it can an attack; not their release.
const TAKEN: ReadonlySet<string> = TAKEN_TYPES;
// A crowd of the other side's people turning violent ("B's villagers threw stones at our guards"):
// violence one side tells of the other's people, as of its troops.
const MOB = new Set(['violent-demonstration', 'mob-violence']);
// Forces pulled back are the other side giving ground, no charge against it: "announced that
// Borean forces had withdrawn" is a statement.
const WITHDRAWAL = /^(?:withdr|pull(?:s|ed|ing)?\s+(?:back|out)|pull-?back|retreat|mov(?:e|es|ed|ing)\s+back)/i;
const incursion = (t: Trigger) => t.type !== undefined && INCURSION.has(t.type) && !WITHDRAWAL.test(t.happening.trigger.text);
const hostile = (t: Trigger) => HOSTILE.has(t.value) || incursion(t) || (t.type !== undefined && MOB.has(t.type)) || (t.value === 'detention' && t.type !== undefined && TAKEN.has(t.type));
// The teller's foe named by what it is to the teller, not by its name, as all the told words say
// before the act: "said the enemy shelled", "that enemy troops had fired", "the other side",
// "the north's tanks" (one side of a divided land named by its half).
const FOE_TOLD = /^(\s+(?:that\s+)?)((?:the\s+)?(?:enemy|(?:other|opposing)\s+side|north|south)(?:['’]s\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|\s+(?!had\b|has\b|have\b)[\p{L}-]+)?)\s+(?:had\s+|has\s+|have\s+)?$/iu;
const ANNOUNCING = /^announc/i;
const OWN_STEPS = new Set(['diplomacy']);
// Speaking to the news media is a statement: "told reporters", "told a news conference", "told
// The Associated Press", "told Radio Free Asia".
const TELLING = /^(?:told|tells|telling|tell)$/i;
const PRESS = /^(?:(?:the\s+|a\s+|an\s+)?(?:reporters?|journalists?|the press|press|media|news\s+(?:conference|briefing|agency)|(?:a\s+|the\s+)?(?:press|news)\s+(?:conference|briefing))|(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}(?:Press|News|Radio|Television|TV|Times|Post|Journal|Agency|Tribune|Herald|Reuters|AFP|Xinhua|Kyodo|Yonhap|Bernama))$/u;
// A past perfect between the telling and what it tells: "told reporters that X had broken the truce with firing".
const HAD = /\bhad\s+(?:already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ke|ght)\b/i;
const STATEMENT_BEFORE = /\bstatement\b[^.;:]{0,40}$/i;
const PRONOUN = /^(?:it|he|she|they)$/i;
const SOURCING = /^(?:according|in|reportedly|allegedly)\b/i;

/** Characters before a teller's name its party may be named in: "Borea's Minister of Information, ". */
const APPOSED_REACH = 48;
/** A title and its party just before a teller's name, set off by a comma: "Borea's Minister of Information, Yusuf Adan, said". */
const TITLE_BEFORE = /(?:minister|spokes(?:man|woman|person)|secretary|adviser|advisor|commander|chief|envoy|ambassador|official|president|premier)\b[^,;.]*,\s*$/i;
function apposedParty(text: string, by: { start: number; end: number }, frame: { start: number }, lexicon: CompiledLexicon): string | undefined {
  if (frame.start < by.end) return undefined;
  const before = text.slice(Math.max(0, by.start - APPOSED_REACH), by.start);
  if (!TITLE_BEFORE.test(before)) return undefined;
  const named = lexicon.actors(before).at(-1);
  return named ? nameIn(named.text, lexicon, false) : undefined;
}

/** The party the told words name last before a noun of the act: "said the armed forces of Federal Borea had launched an offensive". */
function toldSubject(text: string, frame: { end: number }, t: Trigger, lexicon: CompiledLexicon): { start: number; end: number; text: string } | undefined {
  if (t.start <= frame.end) return undefined;
  const between = text.slice(frame.end, t.start);
  const named = lexicon.actors(between).at(-1);
  return named ? { start: frame.end + named.start, end: frame.end + named.end, text: named.text } : undefined;
}

/** The words before a doer that join it to another: "Borean forces and " before "militias". */
const JOINED_BEFORE = /([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3})\s+and\s+$/u;

/**
 * The party a doer named last in a pair stands with: "Borean forces and militias had attacked
 * the unit" names Borea's forces as the attackers, though the doer read is "militias".
 */
function joinedDoer(text: string, doer: { start: number }, lexicon: CompiledLexicon): { start: number; end: number; text: string } | undefined {
  const from = Math.max(0, doer.start - 48);
  const joined = JOINED_BEFORE.exec(text.slice(from, doer.start));
  if (!joined) return undefined;
  const named = lexicon.actors(joined[1]!).at(-1);
  if (!named) return undefined;
  const start = from + joined.index + named.start;
  return { start, end: start + named.text.length, text: named.text };
}

// Words that open a clause or a phrase of their own after a noun: what follows no longer
// describes it ("started the hostilities with attacks" tells the attacks as new).
const CLAUSE_BETWEEN = /[,;:]|\b(?:that|which|who|when|after|before|while|as|because|since|but|with|by|in|on|at|from|to|into|against|through|during|over|near)\b/i;

/**
 * Whether an act only goes on with a hostile act the words named as known just before it, as its
 * "of" phrase or a relative clause with no "that" ("in answer to the barrage of rockets Borea
 * fired at Arland on Monday"): it tells that known act again, no news of the day it is told.
 */
function describesKnown(text: string, t: Trigger, triggers: readonly Trigger[]): boolean {
  const known = (o: Trigger) => o.happening.background || o.happening.determiner === 'the';
  return triggers.some((o) => o !== t && hostile(o) && known(o) && o.end <= t.start && !CLAUSE_BETWEEN.test(text.slice(o.end, t.start)));
}

/** The accusation a party makes by telling of the other side's act: said by the teller, of the act's doer. */
function accusationOf(text: string, t: Trigger, told: NonNullable<Happening['told']>, doer: { start: number; end: number; text: string }): Trigger {
  const clause = { start: Math.min(told.frame.start, told.by!.start), end: Math.max(told.frame.end, told.by!.end) };
  const happening: Happening = {
    type: 'accusation',
    kind: 'accusation',
    conflict: true,
    trigger: told.frame,
    pos: 'verb',
    lemma: 'accuse',
    sentence: t.happening.sentence,
    clause: { ...clause, text: text.slice(clause.start, clause.end) },
    negated: false,
    ...(t.happening.tense ? { tense: t.happening.tense } : {}),
    speaker: told.by!,
    addressee: doer,
    background: false,
    casualty: false,
    rule: 'told-accusation',
  };
  return { start: told.frame.start, end: told.frame.end, text: told.frame.text, value: 'accusation', type: 'accusation', happening, clause, outer: t.outer };
}

/**
 * What the words that frame a told happening say besides it. An announcement is a statement of
 * its own: "Trump had announced the ceasefire" is Trump's statement as well as the ceasefire. An
 * attack one party tells of another ("Arland's border service said Borean troops had shot at its
 * vehicles") is that party's accusation; the attack itself is reported as it happened, and stays
 * one side's claim only when the other side denies it (`deniedTriggers`, across the article) or
 * the words call it a claim.
 * @example speechActsOf(text, triggers, lexicon).acts[0].value // 'statement'
 */
export function speechActsOf(text: string, triggers: readonly Trigger[], lexicon: CompiledLexicon): { acts: Trigger[] } {
  const acts = new Map<number, Trigger>();
  for (const t of triggers) {
    const told = t.happening.told;
    if (!told?.by) continue;
    // "militias tied to B's army", "a group linked to B": a group the gazetteer does not know acts, or speaks, for whom it is tied to.
    // "Borea's Minister of Information, Yusuf Adan, said": a person no gazetteer
    // knows speaks for the party named just before them, in apposition.
    // The teller's whole phrase names its party: "officials in Arlandia City", "a spokesman for the Borean army".
    const phrase = speakerPhrase(text, told.by, told.frame.start);
    const teller = nameIn(phrase.text, lexicon, false) ?? tiedParty(text, told.by, lexicon) ?? apposedParty(text, told.by, told.frame, lexicon);
    const joined = t.happening.agent && !nameIn(t.happening.agent.text, lexicon, false) ? joinedDoer(text, t.happening.agent, lexicon) : undefined;
    const read = t.happening.agent ? (nameIn(t.happening.agent.text, lexicon, false) ?? tiedParty(text, t.happening.agent, lexicon) ?? (joined && nameIn(joined.text, lexicon, false))) : undefined;
    // "said the armed forces of Federal Borea had launched a predawn offensive": a doer the roles
    // misread ("predawn") is the party the told words name before the act.
    const subject = read === undefined && t.happening.pos === 'noun' ? toldSubject(text, told.frame, t, lexicon) : undefined;
    const doerSpan = subject ?? joined ?? t.happening.agent;
    const agent = read ?? (subject && nameIn(subject.text, lexicon, false));
    // "The army said B's forces had attacked the unit": a body named without its country that
    // tells of a named party's attack speaks for the other side, which the article-level pass names.
    // "It said B had started the hostilities": a pronoun that tells of a named party's attack is
    // the party the sentence before had speak, which the article-level pass names too.
    const unnamed = teller === undefined && (INSTITUTION.test(told.by.text.trim()) || INSTITUTION.test(phrase.text.trim()) || PRONOUN.test(told.by.text.trim()));
    // "said Borean and Velmoran troops had pushed into the town": a side telling of what its own
    // forces did with another's accuses neither.
    const partner = t.happening.agent && !joined ? joinedDoer(text, t.happening.agent, lexicon) : undefined;
    const doers = [agent, partner && nameIn(partner.text, lexicon, false)].flatMap((d) => (d ? partiesOf(d) : []));
    // "Borea said the enemy had shelled its posts": a named teller's foe, named only as its foe, is
    // the other side, whom the teller accuses.
    const foeTold = agent === undefined && teller !== undefined && t.happening.pos === 'verb' && t.start > told.frame.end ? FOE_TOLD.exec(text.slice(told.frame.end, t.start)) : null;
    const foe = foeTold ? { start: told.frame.end + foeTold[1]!.length, end: told.frame.end + foeTold[1]!.length + foeTold[2]!.length, text: foeTold[2]! } : undefined;
    const blamed = hostile(t) && (foe !== undefined || (agent !== undefined && (teller !== undefined ? !partiesOf(teller).some((p) => doers.includes(p)) : unnamed)));
    // "A's army said B's fighters had attacked its posts": telling of the other side's
    // attack is accusing it, the speaker's act of that day.
    // A source a report is told "according to", or "reportedly", only sources it.
    // Only an act told as done, and as news: "said X attacked", "said … died in an attack by X"; not
    // one named as known ("said the earlier strikes killed 12"), a toll ("has killed hundreds over the
    // past year"), a condition ("provided A's forces stop attacking") or a denial.
    const h = t.happening;
    // "said B had started it with pinprick attacks": a bare noun of the act whose doer the told words
    // name before it is told as done, as a verb is.
    const news = !h.negated && !h.modality && !h.background && !h.casualty && h.perfect !== 'present' && (h.pos === 'verb' || h.determiner === 'a' || h.determiner === 'an' || (subject !== undefined && h.determiner === undefined)) &&
      !describesKnown(text, t, triggers);
    // "accused Arland of shelling": a frame that is a happening of its own already says it.
    const framed = triggers.some((o) => o.start < told.frame.end && o.end > told.frame.start);
    // "A flew drones over B on Thursday, B's army said": an act reported
    // first and sourced after is the news, told on the teller's word; the telling comes first when
    // the charge is the news ("B's army said A flew drones").
    const sourcedAfter = told.frame.start > t.end;
    if (blamed && news && !framed && !sourcedAfter && !acts.has(told.frame.start) && !SOURCING.test(told.frame.text)) {
      acts.set(told.frame.start, accusationOf(text, t, told, (foe ?? doerSpan)!));
      continue;
    }
    // What a speaker tells the press is their statement when it is no news of its own: what had
    // been done before ("had acted on its own"), what may come, or the background of the story.
    // Told news ("told reporters that rebels shelled the town on Monday") is the news, not a statement.
    const toPress = TELLING.test(told.frame.text) && told.to !== undefined && PRESS.test(told.to.text.trim());
    const before = (o: Trigger) => o.happening.perfect === 'past' || HAD.test(text.slice(told.frame.end, o.start));
    const comment = toPress && !acts.has(told.frame.start) && triggers.every((o) => o.happening.told?.frame.start !== told.frame.start || before(o) || o.happening.background || o.happening.modality !== undefined);
    // "The foreign ministry announced the break", "announced they were withdrawing their envoys":
    // a party announcing its own diplomatic step takes that step; the announcement is
    // no second happening (a third party announcing others' truce stays a statement).
    const ownStep = ANNOUNCING.test(told.frame.text) && OWN_STEPS.has(t.value) && (agent === undefined || teller === undefined || partiesOf(teller).some((p) => partiesOf(agent).includes(p)));
    // "issued a joint statement announcing a ceasefire": the statement is the source of what it
    // announces (findHappenings), not a second happening beside it.
    const sourced = /^announcing$/i.test(told.frame.text) && STATEMENT_BEFORE.test(text.slice(Math.max(0, told.frame.start - 60), told.frame.start));
    // "have soured since Borea announced it would move the rig": an announcement in a clause that
    // sets the time of the news is the point it is counted from, no statement of the day.
    if (!(ANNOUNCING.test(told.frame.text) || comment) || ownStep || sourced || acts.has(told.frame.start) || saidSince(text.slice(0, told.frame.start))) continue;
    const clause = { start: Math.min(told.frame.start, told.by.start), end: Math.max(told.frame.end, told.by.end) };
    // Telling the press what the other side did is accusing it: "told reporters that X had broken the truce with firing".
    // Who did it: the act's own agent, else the party the told words name before it ("that Borean troops had broken the truce with firing").
    const doer = (o: Trigger) => {
      if (o.happening.agent) return o.happening.agent;
      const from = told.to?.end ?? told.frame.end;
      const named = lexicon.actors(text.slice(from, o.start))[0];
      return named ? { start: from + named.start, end: from + named.end, text: named.text } : undefined;
    };
    const otherSide = (o: Trigger) => {
      const by = doer(o);
      const name = by ? nameIn(by.text, lexicon, false) : undefined;
      // The teller with its apposition: "the Arlandese army's spokesman, Colonel X, told reporters".
      const side = teller ?? nameIn(text.slice(t.outer.start, told.frame.start), lexicon, false);
      return side !== undefined && name !== undefined && !partiesOf(side).some((p) => partiesOf(name).includes(p));
    };
    const accused = comment ? triggers.find((o) => hostile(o) && o.happening.told?.frame.start === told.frame.start && otherSide(o)) : undefined;
    const announced = ANNOUNCING.test(told.frame.text);
    const happening: Happening = {
      type: accused ? 'accusation' : 'statement',
      kind: accused ? 'accusation' : 'statement',
      conflict: true,
      trigger: told.frame,
      pos: 'verb',
      lemma: announced ? 'announce' : accused ? 'accuse' : 'say',
      sentence: t.happening.sentence,
      clause: { ...clause, text: text.slice(clause.start, clause.end) },
      negated: false,
      ...(t.happening.tense ? { tense: t.happening.tense } : {}),
      speaker: told.by,
      // What was announced is what the statement is about; what is told is said, with no object of its own.
      ...(announced ? { patient: t.happening.trigger } : {}),
      ...(accused && doer(accused) ? { addressee: doer(accused)! } : {}),
      background: false,
      casualty: false,
      rule: announced ? 'announcement' : 'told-press',
    };
    acts.set(told.frame.start, { start: told.frame.start, end: told.frame.end, text: told.frame.text, value: happening.kind as Kind, type: happening.type as EventType, happening, clause, outer: t.outer });
  }
  return { acts: [...acts.values()] };
}
