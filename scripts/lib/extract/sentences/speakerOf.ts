import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { datelineEnd } from './datelineEnd.ts';
import { NAME_PARTICLES, NAME_PREFIX } from './nameParticles.ts';
import { FIRST_PERSON, QUOTED_BY } from './quotedBy.ts';
import { frontedSetting } from './frontedSetting.ts';
import { settingAsideStart } from './settingAside.ts';
import type { Trigger } from './triggersOf.ts';
import { sayingBefore } from './sayingBefore.ts';
import { partiesOf } from './partiesOf.ts';
import { speakerPhrase } from './speakerPhrase.ts';
import { SPEECH_KINDS } from './speechKinds.ts';
import { type Voice, voiceOf } from './voiceOf.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../time/calendarNames.ts';

/** A speaker's words without a setting fronted before them: who was there is not who spoke. */
function afterSetting<T extends { start: number; end: number; text: string }>(span: T | undefined, lexicon: CompiledLexicon): T | undefined {
  const fronted = span ? frontedSetting(span.text, lexicon) : 0;
  if (!span || fronted === 0 || fronted >= span.text.length) return span;
  return { ...span, start: span.start + fronted, text: span.text.slice(fronted) };
}
// ", the army said, " right before a participle: the sayer, between the commas.
const HUNG_ON_SAYING = sayingBefore('said|says|added|stated|told\\s+\\S+(?:\\s+\\S+)?');
// "X adopted a resolution on Monday " right before a participle: the subject X, as the first group.
// Case is spelt out, not folded: under the i flag \p{Lu} matches a lower-case letter too.
const TEXT_ADOPTED = /^(?:(?:[Oo]n|[Ll]ate\s+on|[Ee]arly\s+on)\s+\p{Lu}\p{L}+,?\s+)?([^,;:"“”]{2,80}?)\s+(?:adopted|passed|approved|issued|released|published|endorsed)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:[Rr]esolution|[Dd]eclaration|[Cc]ommuniqu[eé]|[Mm]otion|[Tt]ext)(?:\s+on\s+\p{Lu}\p{L}+)?,?\s*$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const PRONOUN = /^(?:it|they|them|he|she|him|her|we|us|both|each|each other|the other|one another|all|this|that|these|those)$/i;
// A proper name: capitalised words, as in "Lena Ferrin" or "Tor Halvik-Ose", not opening with a
// word that only starts a sentence or names a day.
// Lower-case particles inside a name run on to the capitalised word after them: "Tomas del
// Arro", "Ana de la Cruz", "Karim al-Velmani".
const PROPER = new RegExp(
  String.raw`(?<![\p{L}'’.-])(?!(?:On|In|At|The|A|An|By|From|Late|Early|${[...WEEKDAY_NAMES, ...MONTH_NAMES].join('|')})\b)\p{Lu}[\p{L}'’.-]*(?:\s+${NAME_PARTICLES}${NAME_PREFIX}\p{Lu}[\p{L}'’.-]*)+`,
  'u',
);

/** A person the article gives a side ("Ruiz" of "Borean President Ana Ruiz"): one who speaks for a party. */
function sidedPerson(words: string, people: ReadonlyMap<string, string>, lexicon: CompiledLexicon): boolean {
  return sideOfPerson(words, people, lexicon) !== undefined;
}

/** The party a person the words end on speaks for, where the article or the run says whose they are. */
function sideOfPerson(words: string, people: ReadonlyMap<string, string>, lexicon: CompiledLexicon): string | undefined {
  const side = people.get(words.trim().split(/\s+/).at(-1)!);
  return side === undefined ? undefined : nameIn(side, lexicon, false);
}

/**
 * Who spoke and to whom, for a statement, appeal, proposal, accusation or denial, as names: an
 * actor of the gazetteer the words name ("Arland's foreign minister, Lena Ferrin" → Arland;
 * "a spokesman for the UN Secretary-General" → United Nations), else a person's name the text
 * gives. For a speaker the whole subject counts, appositions included; pronouns name nobody.
 * @example speakerOf(text, urged, lexicon) // { speaker: 'Arland', addressee: 'Borea' }
 */
export function speakerOf(
  text: string,
  trigger: Trigger,
  lexicon: CompiledLexicon,
  bodies: ReadonlyMap<string, string> = new Map(),
  people: ReadonlyMap<string, string> = new Map(),
): { speaker?: string; addressee?: string; voice?: Voice } {
  if (!SPEECH_KINDS.has(trigger.value)) return {};
  const h = trigger.happening;
  // "Speaking for the Council, the US deputy ambassador said …", "…, on behalf of the EU, urged":
  // an envoy speaking for a body is the body speaking.
  const body = behalfOf(text.slice(0, trigger.start), lexicon, bodies);
  if (body) {
    const to = h.addressee && !PRONOUN.test(h.addressee.text.trim()) ? nameIn(h.addressee.text, lexicon, false) : undefined;
    return { speaker: body, ...(to && to !== body ? { addressee: to } : {}) };
  }
  // Told by someone, the statement is theirs: "X said Y were responsible and condemned the raids";
  // but a denial is the denier's, whoever claimed what it denies, and what a statement says
  // "according to" a source is its own subject's: the source only reports it ("it gave Arland
  // 48 hours, according to Arland's ministry" is Borea's ultimatum).
  // "…, the Borean army said, charging Arland with …": a participle hung on a saying set off by
  // commas is the sayer's, not the words' first party.
  const hung = /^\p{L}+ing\b/iu.test(trigger.text) ? HUNG_ON_SAYING.exec(text.slice(0, trigger.start)) : null;
  // "The Council adopted a resolution on Monday deploring the shelling": a participle hung on a text
  // that a body adopted or issued is that text's words, and so the words of the verb's subject.
  const adopted = !hung && /^\p{L}+ing\b/iu.test(trigger.text) ? TEXT_ADOPTED.exec(text.slice(trigger.outer.start, trigger.start)) : null;
  // A person the article or the run gives a side, set off so ("…, Vasse said, accusing …"), speaks for it.
  const sayer = hung ? (nameIn(hung[1]!, lexicon, false) ?? sideOfPerson(hung[1]!, people, lexicon)) : adopted ? nameIn(adopted[1]!, lexicon, false) : undefined;
  if (sayer) {
    const to = h.addressee && !PRONOUN.test(h.addressee.text.trim()) ? nameIn(h.addressee.text, lexicon, false) : undefined;
    const voice = voiceOf((hung ?? adopted)![1]!, people);
    return { speaker: sayer, ...(to && to !== sayer ? { addressee: to } : {}), ...(voice ? { voice } : {}) };
  }
  const sourced = h.told !== undefined && SOURCED.test(h.told.frame.text);
  // "Borea has been blamed for …": the subject of a passive saying is whom it is about, not who
  // spoke; with no agent after "by", nobody is named speaking.
  if (!h.speaker && !h.told && h.addressee && h.addressee.end <= trigger.start && PASSIVE.test(text.slice(h.addressee.end, trigger.start))) {
    const about = nameIn(h.addressee.text, lexicon, false);
    return about ? { addressee: about } : {};
  }
  // "X told the Assembly that Borea was to blame, and rejected Borea's charges": a verb joined on
  // with no subject of its own shares the first verb's, the teller; a party inside the words told
  // between them (or whom they were told to) did not speak.
  const elided = h.told?.by !== undefined && h.speaker !== undefined && h.told.by.end <= h.told.frame.start && h.speaker.start >= h.told.frame.end && ELIDED.test(text.slice(0, trigger.start));
  // "Lena Ferrin adds from Arlandia City: Arland has asked …": a reporter filing from a place
  // credits the words after the colon; their own subject speaks.
  const credited = h.told !== undefined && h.speaker !== undefined && h.speaker.start >= h.told.frame.end && FILED_FROM.test(text.slice(h.told.frame.end, h.speaker.start));
  // "Arland's ministry said Borea had accused it of shelling the pass": a saying verb with a subject
  // of its own inside the words told is that subject's saying, which the teller only reports; a
  // pronoun there ("said it had warned") is most often the teller itself.
  // A participle hung on the telling ("wrote to the Council accusing Borea") is the teller's, and a
  // subject that names nobody ("a development that threatened") is no speaker.
  const reported =
    !elided && h.pos === 'verb' && !/ing$/i.test(trigger.text.split(/\s/)[0]!) && !NOT_ITS_OWN.test(text.slice(Math.max(0, trigger.start - 12), trigger.start)) && h.told !== undefined && h.speaker !== undefined && h.speaker.start >= h.told.frame.end &&
    !PRONOUN.test(h.speaker.text.trim()) && (nameIn(h.speaker.text, lexicon, false) !== undefined || sidedPerson(h.speaker.text, people, lexicon));
  // "X answered that Borea had been making baseless accusations": a charge called baseless is
  // denied by whoever calls it so, the teller; its own subject made the charge.
  const called = h.type === 'denial' && h.pos === 'noun' && h.told?.by !== undefined && h.speaker !== undefined && h.speaker.start >= h.told.frame.end;
  // "The president urged restraint, his spokesman said": one who speaks for the subject only relays
  // its words; the subject before the verb spoke.
  const relayed = h.told?.by !== undefined && h.speaker !== undefined && h.speaker.end <= trigger.start && RELAYER.test(h.told.by.text);
  const saidWhole = elided || called ? h.told!.by : h.type === 'denial' || sourced || credited || reported || relayed ? (h.speaker ?? h.told?.by) : (h.told?.by ?? h.speaker);
  // With its whole phrase: a title in apposition before a name, a place or body after the head.
  const set = afterSetting(saidWhole, lexicon);
  // A noun's phrase runs up to the verb that governs it ("X announced the joint statement").
  const verbAt = h.pos === 'noun' && h.governor && set && h.governor.start > set.end && h.governor.end <= trigger.start ? h.governor.start : trigger.start;
  const said = withoutRelative(set && set.start < trigger.start ? speakerPhrase(text, set, verbAt) : set);
  // "…the sultan in Velmora, who has told the group to stay": a capital after "in" the reading took
  // as the relative's antecedent is where that antecedent is, and names no one speaking.
  if (said && placeOnly(text, said, lexicon)) {
    const to = h.addressee && !PRONOUN.test(h.addressee.text.trim()) ? nameIn(h.addressee.text, lexicon, false) : undefined;
    return to ? { addressee: to } : {};
  }
  // The setting fronted before the speaker is no list the speaker ends, nor part of its subject.
  const setOff = set !== saidWhole;
  const addressee = h.addressee && !PRONOUN.test(h.addressee.text.trim()) ? nameIn(h.addressee.text, lexicon, false) : undefined;
  // "it", "he": the article's last speaker, and "each side", "both sides": the article's two
  // parties, for the article-level pass to name.
  // '"We condemn Arland's aggression," Borea's foreign ministry said': "we" inside a quotation is
  // whoever the words after it say spoke them.
  const quoter = said && FIRST_PERSON.test(said.text.trim()) ? QUOTED_BY.exec(text.slice(trigger.end)) : null;
  const quoted = quoter ? nameIn(speakerPhrase(text, { start: trigger.end + quoter.index + quoter[0].indexOf(quoter[1]!), end: trigger.end + quoter.index + quoter[0].indexOf(quoter[1]!) + quoter[1]!.length, text: quoter[1]! }, text.length).text, lexicon, false) : undefined;
  if (quoted) return { speaker: quoted, ...(addressee && addressee !== quoted ? { addressee } : {}) };
  // "Ana Ruiz, Ivo Marr and Tor Vasse were among those who condemned the raid": those who spoke
  // include the subject the clause counts among them, the whole list.
  const among = said && /^those$/i.test(said.text.trim()) ? AMONG_THOSE.exec(text.slice(0, said.start)) : null;
  const counted = among ? nameIn(among[1]!, lexicon) : undefined;
  if (counted) return { speaker: counted, ...(addressee && addressee !== counted ? { addressee } : {}) };
  if (said && (PRONOUN.test(said.text.trim()) || SIDES.test(said.text.trim()))) return addressee ? { addressee } : {};
  // The subject with its apposition: from the clause's start up to the trigger ("On Monday Borea
  // asked…", "Arland's foreign minister, Lena Ferrin, urged…").
  // With what qualifies the speaker after it: "a spokesman for UN Secretary-General Antonio Guterres".
  const qualified = said && said.end + (QUALIFIER.exec(text.slice(said.end))?.[0].length ?? 0);
  // A relative clause between the subject and its verb ("Anwar Ibrahim, whose country chairs ASEAN,
  // urged…") is not the subject: read from the sentence's start to it.
  // But a verb inside the relative clause has that clause's own subject: "…, which Borea denied" is Borea's denial.
  // "Lena Ferrin, who speaks for the council, told reporters…": a speaker the reading took from
  // inside such a clause is no speaker either; the clause's antecedent before it is.
  const relativeAt = said === undefined ? null : RELATIVE.exec(text.slice(0, OPENS_RELATIVE.test(said.text) ? said.end : said.start));
  const relative = relativeAt && /,/.test(text.slice(relativeAt.index + 1, trigger.start)) ? relativeAt : null;
  // A speaker that ends a list ("the African Union and Qatar have appealed")
  // speaks with the whole list, which the clause as punctuation cuts it keeps whole.
  // A clause before it, with a verb of its own ("Borea closed the crossing, and Arland called"), is no list.
  // The source a statement is told "according to" is no part of its speaker's list.
  const listFrom = sourced && h.told!.by && h.told!.by.end <= (said?.start ?? 0) ? h.told!.by.end : trigger.outer.start;
  const before = said === undefined ? '' : text.slice(listFrom, said.start);
  // "In a letter to the UN on Tuesday, Borea accused …": a setting fronted before it is no list either.
  // "Borea bears responsibility, Japan said on Monday": a saying that closes its sentence after a
  // comma has what was said before the comma, no list its speaker ends.
  // Names alone before it ("The United States, Japan and France said") are still a list.
  const closing =
    said !== undefined && CLOSING_SAYING.test(trigger.text) && /,\s*$/.test(text.slice(0, said.start)) && CLOSES.test(text.slice(trigger.end)) &&
    !NAMES_ONLY.test(text.slice(trigger.outer.start, said.start)) &&
    // A speaker that names no party ("…, Foreign Ministry spokesman Hong Lei said") is left to the
    // clause as before: in wire copy the words' own capital is most often the office's.
    nameIn(speakerPhrase(text, said, trigger.start).text, lexicon, false) !== undefined;
  const listed =
    !closing && !setOff && said !== undefined && said.start > listFrom && /\p{L}/u.test(before) && /(?:\band|,)\s+(?:the\s+)?$/i.test(before) && !FINITE.test(before) && frontedSetting(before.trimStart(), lexicon) === 0;
  // "Borea closed the crossing, and Arland called for talks": a clause joined on has a subject of its own.
  const joined = said !== undefined && !listed ? lastJoin(text.slice(trigger.clause.start, said.start)) : -1;
  const from = setOff ? said!.start : listed ? listFrom : joined >= 0 ? trigger.clause.start + joined : Math.max(trigger.clause.start, listFrom);
  // "BANGKOK - Malaysia's prime minister urged…": the dateline's place is where the story was filed.
  const filed = datelineEnd(text);
  // A verb between the clause's start and a verb's speaker ("Velmora criticised the council for a
  // resolution … that accused Borea") makes those words another clause, not the speaker's phrase;
  // a noun's speaker is the subject of the verb before it ("Arland unveiled a pledge").
  // The words from the clause's start, less a setting fronted before them ("On Friday, after
  // a week in Arland and Borea, Ondria issued four recommendations").
  const unset = from + frontedSetting(text.slice(from, trigger.start), lexicon);
  const subject0 = !said
    ? { start: unset, end: trigger.start }
    : relative
      ? { start: 0, end: relative.index }
      : said.start < trigger.start
        ? { start: h.pos === 'verb' && (FINITE.test(text.slice(unset, said.start)) || settingBefore(text, trigger.outer.start, said.start, lexicon)) ? said.start : Math.min(said.start, unset), end: Math.min(qualified!, trigger.start) }
        : said;
  const subject = subject0.start < filed && subject0.end > filed ? { start: filed, end: subject0.end } : subject0;
  // A party named by the speaker's own words speaks, whatever the clause named before it ("…, an
  // accusation Velmora denied" is Borea's denial, not the accuser's).
  // "the Union of Island Republics": a name the parser cut at its "of" is read whole.
  const own = said && said.start < trigger.start && !listed && !relative ? nameIn(wholeName(text, said.start < filed && said.end > filed ? { start: filed, text: text.slice(filed, said.end) } : said), lexicon, false) : undefined;
  // A teller that names nobody ("…, in a statement its security minister read out") leaves the
  // accusing verb's own subject speaking: "A on Sunday charged B with …" is A's charge.
  // "Several Highland states, among them Arland and Borea, have backed the mission": a group of states
  // named by what they share, with some members set off after it, speaks as that group, not as
  // the members the reading took for the subject.
  const group = statesGroup(text.slice(0, trigger.start));
  // "Borea had assured him the herders would be freed, President Vasse said": a person the article or
  // the run gives a side ("Arlandese President Tor Vasse") speaks for that side, not for a party
  // the clause names before or around the name. Words told with a subject the gazetteer names ("Vasse
  // said Ondria had accused Borea") are that subject's, which the person only reports; "Vasse said
  // ministers had backed the move" names no one else, and is the person's telling.
  const toldWithSubject =
    h.pos === 'verb' && !NOT_ITS_OWN.test(text.slice(Math.max(0, trigger.start - 12), trigger.start)) && h.told !== undefined && h.speaker !== undefined && h.speaker.start >= h.told.frame.end &&
    (lexicon.actors(h.speaker.text).length > 0 || lexicon.places(h.speaker.text).length > 0 || sidedPerson(h.speaker.text, people, lexicon));
  const person = said && !listed && !relative && own === undefined && !toldWithSubject ? sideOfPerson(speakerPhrase(text, said, trigger.start).text, people, lexicon) : undefined;
  const speaker =
    group ??
    // The words read as speaker inside a relative clause set off before the verb are not it.
    own ??
    person ??
    nameIn(text.slice(subject.start, subject.end), lexicon, false) ??
    bodyOf(text.slice(subject.start, trigger.start), lexicon) ??
    nameIn(text.slice(subject.start, subject.end), lexicon) ??
    (said && !relative ? nameIn(said.text, lexicon) : undefined) ?? (trigger.value === 'accusation' && h.speaker && h.speaker !== said ? nameIn(h.speaker.text, lexicon, false) : undefined) ??
    asideSubject(text, trigger.start, lexicon) ??
    // "The Council of Ministers of the Kelvask Region condemned the shelling in a statement": a
    // body named in full opening the clause, when the reading took another phrase for the speaker.
    bodyOf(text.slice(trigger.outer.start, trigger.start), lexicon);
  // "In Velmora, a Foreign Ministry spokesman, Daro Kest, called …": an office that names no party,
  // in a sentence opened by a capital, is that capital's government's.
  const spokeFor = speaker === undefined || nameIn(speaker, lexicon, false) === undefined ? capitalOpening(text.slice(from, unset), lexicon) ?? speaker : speaker;
  // "charged Borea with …", "charged that Borean officers had …": whom an accusation with no
  // object of its own accuses is the first other party its words name.
  // "demanded an apology from Arland": whom a demand is made of is the party after its "from".
  const asked = addressee === undefined && DEMANDING.test(h.lemma) ? FROM_WHOM.exec(text.slice(trigger.end, trigger.outer.end))?.[1] : undefined;
  const accused =
    addressee ?? (asked ? nameIn(asked, lexicon, false) : undefined) ?? (trigger.value === 'accusation' ? accusedIn(text.slice(trigger.start, trigger.outer.end), speaker, lexicon) : undefined);
  // Who within the side speaks, by the subject's own words: "the army", "President Ruiz".
  const voice = said ? voiceOf(text.slice(subject.start, subject.end), people) : undefined;
  return { ...(spokeFor ? { speaker: spokeFor } : {}), ...(accused && accused !== spokeFor ? { addressee: accused } : {}), ...(voice ? { voice } : {}) };
}

/**
 * Whether the words from a sentence's clause start to a subject are all settings fronted before it
 * ("Once Borea had impounded the trawlers and jailed their crews, President Orvan
 * demanded …"): a party named in such a clause, even one the clause splitter cut at its
 * "and", is no part of the subject that follows it.
 */
function settingBefore(text: string, from: number, subject: number, lexicon: CompiledLexicon): boolean {
  const words = text.slice(from, subject);
  return /\S/.test(words) && /,\s*$/.test(words) && frontedSetting(words, lexicon) >= words.length;
}

// A relative clause set off inside a speaker's phrase: "Residents of the valley, many of whom have
// kin in Borea, said" (the kin's country is no speaker).
const INNER_RELATIVE = /,\s*(?:(?:many|most|some|all|none|one|each|several|few|both|two|three|four)\s+of\s+)?(?:who|whom|whose|which)\b/iu;

/** A speaker's phrase cut at a relative clause set off inside it. */
function withoutRelative<T extends { start: number; end: number; text: string }>(span: T | undefined): T | undefined {
  const at = span ? INNER_RELATIVE.exec(span.text) : null;
  return span && at && at.index > 0 ? { ...span, end: span.start + at.index, text: span.text.slice(0, at.index) } : span;
}

/** Words that are a capital alone after "in" or "at" ("the envoy in Velmora"): a place, not a party. */
function placeOnly(text: string, span: { start: number; text: string }, lexicon: CompiledLexicon): boolean {
  const found = lexicon.actors(span.text);
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  return found.length > 0 && found.every((m) => m.value.metonym) && span.text.trim() === found.map((m) => m.text).join(' ') && LOCATIVE.test(before) && !MEMBERS_IN.test(before);
}

// Whose words a spokesman gives by a possessive: "his spokesman", "her office", "its press secretary".
const RELAYER = /^\s*(?:his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson|spokesmen|press secretary|office|aide)\b/iu;

// "In Velmora, …": a capital opening the sentence as where it was said.
const IN_CAPITAL = /^\W*In\s+$/;

/** The party whose capital a fronted setting opens with ("In Velmora, …" → Borea), if any. */
function capitalOpening(setting: string, lexicon: CompiledLexicon): string | undefined {
  const first = lexicon.actors(setting)[0];
  return first?.value.metonym && IN_CAPITAL.test(setting.slice(0, first.start)) ? first.value.name : undefined;
}

/**
 * "Arland on Tuesday, citing the strikes, accused Borea …": with an aside set off by commas right
 * before the verb, the subject is the words before the aside, back to the sentence's start or a
 * semicolon, less a setting fronted before them.
 */
function asideSubject(text: string, at: number, lexicon: CompiledLexicon): string | undefined {
  const aside = settingAsideStart(text.slice(0, at));
  if (aside < 0) return undefined;
  const from = text.lastIndexOf(';', aside) + 1;
  const words = text.slice(from, aside);
  return nameIn(words.slice(frontedSetting(words, lexicon)), lexicon, false);
}

// Verbs of demanding, and the party a demand is made of: "demanded an apology from Arland".
const DEMANDING = /^(?:demand|seek|expect|want|request|ask)\b/i;
const FROM_WHOM = /^[^,.;:]{0,40}?\bfrom\s+((?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})/u;

/** The first party some words name that is not the speaker's. */
function accusedIn(words: string, speaker: string | undefined, lexicon: CompiledLexicon): string | undefined {
  const own = new Set(speaker ? partiesOf(speaker) : []);
  for (const m of lexicon.actors(words)) {
    const name = nameIn(m.text, lexicon, false);
    if (name && !partiesOf(name).some((p) => own.has(p))) return name;
  }
  return undefined;
}

// A body named in full by what it is and whose: "the Council of Ministers of the Kelvask Region",
// "the Ministry of Foreign Affairs of Arland", "the Presidency of Borea".
const BODY_OF = /^\W*(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:Council|Ministry|Presidency|Office|Cabinet|Government|Commission|Committee|Parliament|Department|Secretariat|Directorate)(?:\s+of\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u;

/**
 * The party a body named in full at the start of some words speaks for: the gazetteer's party
 * after its "of", else its whole name ("Council of Ministers of the Kelvask Region"), not the
 * place alone, which may be a region of a country that is no party to the words.
 */
function bodyOf(words: string, lexicon: CompiledLexicon): string | undefined {
  const name = BODY_OF.exec(words)?.[1];
  return name ? (nameIn(name, lexicon, false) ?? name) : undefined;
}

// "speaking for", "spoke on behalf of", "on behalf of": what follows, up to a comma or a verb of speech, is the body spoken for.
const BEHALF = /\b(?:(?:speaking|spoke|speaks)\s+(?:for|on\s+behalf\s+of)|on\s+behalf\s+of)\s+(?<body>[^,;:]{2,60}?)(?=\s*[,;:]|\s+(?:said|says|told|tells|urged|urges|called|calls|added|stated)\b)/gi;

// "Reading out the assembly's declaration, the Ondrian delegate said": an envoy reading out
// a body's statement speaks for that body, as one speaking on its behalf does.
const READING = /\breading\s+(?:out\s+)?(?:a|an|the|its)\s+(?:joint\s+)?(?<body>(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:statement|declaration|communiqu[eé])\b[^;:]*$/iu;

/**
 * The party some words before a saying say its speaker speaks for ("Speaking for the Council, …"):
 * an actor of the gazetteer, or the body the article named in full that a short name ("the
 * Council") stands for.
 */
function behalfOf(before: string, lexicon: CompiledLexicon, bodies: ReadonlyMap<string, string>): string | undefined {
  const body = [...before.matchAll(BEHALF)].at(-1)?.groups?.body ?? READING.exec(before)?.groups?.body;
  if (!body) return undefined;
  const named = nameIn(body, lexicon, false);
  if (named) return named;
  // "a council statement": the body's word in lower case is the body the article named in full.
  const head = /(\p{L}[\p{L}'’-]*)\s*$/u.exec(body)?.[1];
  const full = head ? bodies.get(head[0]!.toUpperCase() + head.slice(1)) : undefined;
  return full ? (nameIn(full, lexicon, false) ?? full) : undefined;
}

/**
 * The words of a span with the capitalised words and "of" the parser cut from its front: "Island
 * Republics" in "the Union of Island Republics" is read as the whole name.
 * @example wholeName('the Union of Island Republics voted', { start: 13, end: 29, text: 'Island Republics' }) // 'Union of Island Republics'
 */
export function wholeName(text: string, span: { start: number; text: string }): string {
  return `${/(?:\p{Lu}[\p{L}'’-]*\s+)+of\s+(?:the\s+)?$/u.exec(text.slice(0, span.start))?.[0] ?? ''}${span.text}`;
}

/**
 * The party some words name: an actor of the gazetteer (a force as its country; actors listed
 * with "and" together), else, when `proper`, a person's name the words give.
 * @example nameIn("Arland's foreign minister, Lena Ferrin", lexicon) // 'Arland'
 */
export function nameIn(words: string, lexicon: CompiledLexicon, proper = true): string | undefined {
  // "US" in capitals is a country, not "us".
  if (PRONOUN.test(words.trim()) && !ACRONYM.test(words.trim())) return undefined;
  // A force speaks for its country: "Borean border guards" are Borea's. Actors joined by
  // "and" speak together ("Arland and Borea"); otherwise the first named speaks
  // ("Castelia, Borea's closest ally").
  // A capital after "in" or "at" is where, not who: "In Washington, a spokesman said".
  // But "officials in Velmora" are its government's: a place after the speaker's head qualifies it.
  // "Borea's neighbours", "Arland's closest allies": a party's relations are other parties, not it.
  const matches = lexicon
    .actors(words)
    // "the sultan's spokesman in Velmora": one whose office a possessive already owns is not that capital's.
    .filter((m) => {
      const before = words.slice(0, m.start);
      return !(m.value.metonym && LOCATIVE.test(before) && (!MEMBERS_IN.test(before) || OWNED_MEMBERS_IN.test(before))) && !RELATIONS.test(words.slice(m.end));
    })
    // "a Velmora assembly member", "the Velmora city council": a capital that qualifies a body of
    // the city's own is the city, not the state it stands for.
    .filter((m) => !(m.value.metonym && CITY_BODY_AFTER.test(words.slice(m.end))))
    // "National Security Council": a body's alias at the end of a longer capitalised name is that other body's.
    .filter((m) => !(m.value.type === 'organisation' && NAME_BEFORE.test(words.slice(0, m.start))))
    // "the Security Council of Arland": a body's name followed by "of" and a party is that party's body.
    .filter((m, i, all) => !(m.value.type === 'organisation' && all[i + 1] !== undefined && /^\s+of\s+(?:the\s+)?$/.test(words.slice(m.end, all[i + 1]!.start))))
    // "Borea's Kelvask rebels": a group owned by a possessive right before it, ending the phrase, is
    // the one named, the possessor only where it is from.
    .filter((m, i, all) => !ownsGroup(words, m, all[i + 1]));
  const nameOf = (m: (typeof matches)[number]) => (m.value.type === 'force' && m.value.country ? m.value.country : m.value.name);
  if (matches.length > 0) {
    const names = [nameOf(matches[0]!)];
    const listed = (i: number) =>
      /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i.test(words.slice(matches[i - 1]!.end, matches[i]!.start)) && !/^['’]s\b/.test(words.slice(matches[i]!.end));
    for (let i = 1; i < matches.length && listed(i); i++) names.push(nameOf(matches[i]!));
    const distinct = [...new Set(names)];
    return distinct.length > 1 ? joinNames(distinct) : distinct[0];
  }
  // "President Ana Ruiz's government denounced …": the person whose office speaks, without the possessive.
  return proper ? personNamed(words)?.replace(/['’]s$/u, '') : undefined;
}

// Lower-case words of an office between a body's or title's capitalised words and a person's name:
// "Border Guard chief Kael Orvan", "Chief Secretary for national security Tan Weiro".
const OFFICE_BETWEEN = /^\s+(?:[\p{Ll}-]+\s+){0,3}?(?:chief|head|commander|spokes(?:man|woman|person)|secretary|minister|adviser|advisor|envoy|director)\s+$|^\s+(?:for|of)\s+(?:[\p{Ll}-]+\s+){1,3}$/u;
const PROPER_ALL = new RegExp(PROPER.source, 'gu');

/**
 * The person some words name: the first proper name, or, when an office in lower case stands
 * between it and the next ("Border Guard chief Kael Orvan"), the name after the office.
 */
function personNamed(words: string): string | undefined {
  const names = [...words.matchAll(PROPER_ALL)];
  let k = 0;
  while (names[k + 1] && OFFICE_BETWEEN.test(words.slice(names[k]!.index + names[k]![0].length, names[k + 1]!.index))) k++;
  return names[k]?.[0];
}

/**
 * Whether a party named with a possessive owns the group named right after it, which ends the
 * phrase: "Borea's Kelvask rebels". Not a title's word ("Borea's UN ambassador"), nor a force of
 * another country ("Borea's joint staff": its own, by a common name).
 */
function ownsGroup(words: string, m: { end: number }, next: { start: number; end: number; value: { country?: string; metonym: boolean } } | undefined): boolean {
  if (!next || !/^['’]s\s+$/.test(words.slice(m.end, next.start)) || !/^\s*(?:$|[,;(]|and\b)/.test(words.slice(next.end))) return false;
  return next.value.country === undefined && !next.value.metonym;
}

// A party's relations named after its possessive: "'s neighbours", "'s closest allies", "'s Western backers".
const RELATIONS = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:neighbou?rs?|allies|ally|partners?|backers?|rivals?|critics?|enemies|enemy|friends?|supporters?|patrons?|foes?|adversar(?:y|ies))\b/iu;
// A saying verb that may close a sentence after its speaker, and the rest of such a sentence: no
// comma or clause after it ("…, Japan said on Monday.", "…, the ministry said in a statement.").
const CLOSING_SAYING = /^(?:said|says|added|adds|stated|told|tells|warned|warns|insisted|insists)$/i;
const CLOSES = /^[^,;:.!?]*[.!?"”’]*\s*$/;
const NAMES_ONLY = /^\s*(?:(?:the|and|of|\p{Lu}[\p{L}'’.-]*)[\s,]*)+$/u;
// A capitalised word right before a match, which makes it the tail of a longer name ("National
// Security Council"), not an article or a preposition opening a sentence ("The Security Council").
const NAME_BEFORE = /(?:^|\s)(?!(?:The|A|An|On|In|At|By|From|For|And|But|Then|Later|Earlier|Meanwhile)\s)\p{Lu}[\p{L}-]*\s+$/u;
const SOURCED = /^according\b/i;
// A city's own bodies and offices, after its name: "Velmora assembly", "Velmora city council", "Velmora mayor".
const CITY_BODY_AFTER = /^\s+(?:city|municipal|metropolitan|prefectural|assembly|assemblyman|assemblywoman|mayor|mayoral)\b/i;
// The subject counted among a relative clause's speakers: "X and Y were among those who".
const AMONG_THOSE = /^\W*(.+?)\s+(?:were|was|are|is)\s+among\s+$/i;
// Before a verb, words that make its subject no sayer: an infinitive or a passive ("Borea was to blame", "was accused").
const NOT_ITS_OWN = /\b(?:to|be|been|being|is|are|was|were)\s+$/i;
// A reporter's credit line before the words it files: "… adds from Arlandia City:", "… reports from Velmora:".
const FILED_FROM = /^\s+from\s+(?:\p{Lu}[\p{L}'’.-]*\s*)+:\s*$/u;
// A saying in the passive: "has been blamed", "was widely condemned", "were accused".
const PASSIVE = /\b(?:is|are|was|were|been|being|be)\s+(?:\p{L}+ly\s+)?$/iu;
/** A verb right after "and" or "but": joined on with no subject of its own. */
const ELIDED = /(?:,\s*|\s)(?:and|but)\s+(?:\p{L}+ly\s+)?$/iu;
/** A body named without its country: "the army", "the foreign ministry", "a military spokesman", "officials in the capital". */
export const INSTITUTION =
  /^(?:(?:the|a|an)\s+(?:(?:army|military|defen[cs]e|foreign|interior)\s+)?(?:army|military|armed forces|forces|defen[cs]e ministry|foreign ministry|ministry|government|spokes(?:man|woman|person)|command|general staff)|(?:the\s+)?(?:government\s+|military\s+|border\s+)?(?:officials|authorities)(?:\s+in\s+the\s+capital)?)$/i;
/** Both parties named together as speaking: "each side", "both sides", "the two countries". */
export const SIDES = /^(?:each|both|either)\s+(?:side|sides|country|countries|government|governments|party|parties|army|armies)$|^the\s+two\s+(?:sides|countries|governments|parties|armies|neighbou?rs)$/i;
// The clause may hold a list of names, its commas no end of it: "which has officers from Ondria, Velmora and Arland".
const RELATIVE = /,\s*(?:[Ww]hose|[Ww]ho|[Ww]hich)\b(?:[^,]|,(?=\s*\p{Lu}))*$/u;
const COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many|\d+)`;
// A group of states by the capitalised words they share ("Highland states", "the five Nordic and three
// Baltic states"), then members set off after it ("among them", "including", "such as"), and at
// most a few lower-case words before the saying: the group is the saying's subject.
const STATES_GROUP = new RegExp(
  String.raw`(?<![\p{L}'’-])(\p{Lu}[\p{L}-]*(?:\s+and\s+(?:${COUNT}\s+)?\p{Lu}[\p{L}-]*)*)\s+(states|countries|nations|governments)\s*,\s*(?:among\s+them|including|such\s+as)\b[^;:]*?,((?:\s+\p{Ll}+){0,4})\s*$`,
  'u',
);

const COUNTS_IN = new RegExp(String.raw`\s+${COUNT}(?=\s)`, 'g');

/** The group of states, its members set off after it, that is the subject right before a saying ("Highland states"), if any. */
function statesGroup(words: string): string | undefined {
  const m = STATES_GROUP.exec(words);
  return m ? `${m[1]!.replace(COUNTS_IN, '')} ${m[2]}` : undefined;
}

// A span that opens with a relative pronoun: the clause set off after a subject, not the subject.
const OPENS_RELATIVE = /^\s*(?:who|whose|which)\b/i;
const FINITE = /\b(?:[a-z]{3,}ed|said|says|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|shall)\b/;
const JOIN = /,\s*(?:and|or|but|while|whereas)\s+/gi;

/** Where the last clause joined on with ", and" starts in some words, or -1. */
function lastJoin(words: string): number {
  let at = -1;
  for (const m of words.matchAll(JOIN)) at = m.index + m[0].length;
  return at;
}
const QUALIFIER = /^\s*,?\s*(?:for|of|from|at)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*[\s-]*)+/u;
const LOCATIVE = /\b(?:in|at|from|near|to|outside|inside)\s+(?:the\s+)?$/i;
// The people of a government, told by where they sit: "officials in Velmora", "diplomats from Arlandia City".
const MEMBERS_IN = /\b(?:officials?|authorities|diplomats?|sources|leaders?|government|ministers?|spokes(?:man|woman|person)|officers?)\s+(?:in|from)\s+(?:the\s+)?$/i;
// A member told by where they sit whose office a possessive owns: "the sultan's spokesman in ".
const OWNED_MEMBERS_IN = /['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:officials?|authorities|diplomats?|sources|leaders?|government|ministers?|spokes(?:man|woman|person)|officers?)\s+(?:in|from)\s+(?:the\s+)?$/iu;
const joinNames = (names: readonly string[]) => `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

