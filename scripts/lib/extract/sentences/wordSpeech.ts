import { gerundOf } from '../happenings/gerundOf.ts';
import { complementOf, toPresent, type Head } from './complementOf.ts';
import type { Happening } from '../happenings/findHappenings.ts';
import type { Trigger } from './triggersOf.ts';
import { VIOLENT_KINDS } from '../happenings/violentKinds.ts';
import { WEEKDAY_NAMES } from '../time/calendarNames.ts';
import { HOW_SAID } from './howSaid.ts';

const PRONOUN = /^(?:it|them|him|her|us|me|this|that|these|those|both|each|all|the|a|an|each other|one another)$/i;
const OBJECT_PRONOUN = /^(?:it|them|him|her|us|me)$/i;
// What follows the verb: an optional object pronoun, then "to …" or "for …" ("asked both for the
// utmost restraint", "offered to help the two countries"), cut at the first mark.
const COMPLEMENT = /^\s+(?:(?:him|her|them|it|both|each|all)\s+)?((?:to|for)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})/u;
const FIRST_WORDS = /^\s+([^,.;:"”]+)/;
// What a speaker asked someone to do, right after them: "to halt hostilities", up to the first mark.
const TO_DO = /^\s+(to\s+(?!be\b)[^,.;:"”]+)/u;
// Words a thought does not end on.
const DANGLING = /^(?:the|a|an|its|their|his|her|our|of|to|in|on|at|for|with|and|or|but|from|by|all|both|any|some|this|that|these|those|would|will|could|should|might|may|must|can|was|were|is|are|be|had|has|have)$/i;
const THOUGHT_WORDS = 6;
const HOSTILE: ReadonlySet<string> = VIOLENT_KINDS;
const CONCERN = /^(?:(?:deeply|gravely|seriously|extremely|very|greatly)\s+)?(?:concerned|alarmed|worried)\b|^(?:extreme|deep|grave)\s+concern\b|^(?:express|voic)\w*\s+alarm\b/i;
// Verbs that answer what another side put forward.
const ANSWERS = /\b(?:reject(?:s|ed)?|accept(?:s|ed)?|dismiss(?:es|ed)?|welcom(?:e|es|ed)|refus(?:e|es|ed)|turn(?:s|ed)? down|back(?:s|ed)?|endors(?:e|es|ed))$/i;

/** The dictionary form of an answering verb: "rejected" → "reject", "turned down" → "turn down". */
function answerOf(words: string): string {
  const verb = ANSWERS.exec(words.trim())![0].toLowerCase();
  if (/^turn/.test(verb)) return 'turn down';
  return verb.replace(/(?:es|ed|s)$/, '').replace(/^(welcom|refus|endors)$/, '$1e');
}
// Whom a speaker urges, right before the act it urges: "the north to", "both sides to".
const WHOM_TO = /^\s+(?:the\s+|both\s+|all\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+\s+to\s+$/u;

/** A complement whole, or cut short at a word a thought may end on: "to pull back their heavy guns", never "to pull back their". */
function wholeThought(words: string | undefined): string | undefined {
  if (!words) return undefined;
  const list = words.trim().split(/\s+/).slice(0, THOUGHT_WORDS);
  while (list.length > 1 && DANGLING.test(list.at(-1)!)) list.pop();
  return list.length > 1 ? list.join(' ') : undefined;
}
const WEEKDAY = new RegExp(String.raw`\b(?:${WEEKDAY_NAMES.join('|')})\b`);
/** A day right after a verb of saying: " on Monday", " late on Tuesday", " yesterday", " this morning", " last week". */
const DAY_AFTER = new RegExp(String.raw`^\s+(?:(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:${WEEKDAY_NAMES.join('|')})|today|yesterday)(?:\s+(?:night|morning|evening|afternoon))?|(?:earlier\s+|later\s+)?(?:this|last)\s+(?:morning|afternoon|evening|night|week|weekend)|earlier\s+today|tonight)(?=[\s,.;:!?]|$)`, 'i');
const MAX_WORDS = 5;
// How a saying was made, right after its verb: "in response", "in a statement", "at a news conference".
const SAID_HOW = new RegExp(String.raw`^\s+(?:${HOW_SAID})(?=[\s,])\s*,?`, 'i');
const TOLD_VERB = /^(?:told|tells|tell|telling)$/i;
/** A day told with "on" anywhere after the verb: " on Tuesday", " late on Monday night". */
const DAY_WITHIN = new RegExp(String.raw`\s+(?:(?:late|early)\s+)?on\s+(?:${WEEKDAY_NAMES.join('|')})(?:\s+(?:night|morning|evening|afternoon))?(?=[\s,.;:!?]|$)`, 'g');
/** A day opening what follows a verb of saying: " on Friday", " late on Monday night". */
const DAY_OPENING = new RegExp(String.raw`^\s*(?:(?:late|early)\s+)?(?:on\s+)?(?:${WEEKDAY_NAMES.join('|')})(?:\s+(?:night|morning|evening|afternoon))?`, 'i');

/** The third person singular of an English verb: urge → urges, deny → denies, push → pushes. */
export function thirdPerson(verb: string): string {
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  return verb === 'be' ? 'is' : verb === 'have' ? 'has' : `${verb}s`;
}

/** At most `max` words, stopping before a preposition that starts a long tail: "the quick recapture of the Heglig oilfield" → "the quick recapture". */
function few(words: string, max = MAX_WORDS): string | undefined {
  const list = words.trim().split(/\s+/);
  if (list.length <= max) return words.trim();
  const cut = list.findIndex((w, i) => i >= 2 && /^(?:of|in|on|at|from|by|with|to|for|over|near|across|along|into|against|between|among|and|or|but|which|that|who)$/i.test(w));
  return cut > 0 && cut <= max ? list.slice(0, cut).join(' ') : undefined;
}
// A reported thought may run longer than an object before it is cut: "it was sure the other side
// would keep its word" reads whole up to its first long tail, where six words stop at "would".
const TOLD_WORDS = THOUGHT_WORDS + 4;

/** What was said in a headline's present, as complementOf words it: "the border was calm" → "the border is calm". */
const present = (about: string) => toPresent(about.split(/\s+/)).join(' ');

// Verbs that name something by a judgement: what follows is the object and the judgement together.
const NAMING = new Set(['call', 'brand', 'label', 'term', 'describe']);
// Verbs by which a judgement accuses (judgedAsBlame): "condemned what it called …".
const CONDEMNING = new Set(['condemn', 'denounce', 'decry', 'deplore']);
// "… what it called Borea's aggression": a few words of manner or day, then whose name for it, and the name.
const WHAT_CALLED = /^(?:\s+[^\s,.;:]+){0,6}?\s+what\s+(it|he|she|they)\s+(?:had\s+)?called\s+([^,.;:"”]+)/i;

/**
 * "called the vote absurd", "branded the strikes an act of war": the object with the judgement on
 * it, up to the clause's punctuation; whole when short ("the raids an act of war").
 */
function judgedWords(after: string): string | undefined {
  // "… ridiculous and said …": a verb joined on after "and" says something else.
  const words = after.replace(/[,.;:!?].*$/s, '').replace(/\s+(?:and|but)\s+(?:said|says|added|adds|told|tells|warned|warns|urged|urges|called|calls)\b.*$/s, '').trim();
  // The judgement closes the phrase: it may run two words past an object's few.
  return words.split(/\s+/).length <= MAX_WORDS + 2 ? words : few(words, MAX_WORDS + 2);
}

/**
 * How a title says what a speaker did, in the present as headlines do: the verb ("urges", "call
 * for" when several speak, "denies") and what it was about, in the article's few words: the
 * object ("the air raids", "restraint"), the act accused or denied ("of breaking a ceasefire",
 * "bombing Kelvask Pass"), a happening urged ("truce"), or what follows "to" or "for" ("to help the
 * two countries", "for the utmost restraint").
 * @example wordSpeech(text, urged, others, false) // { says: 'urges', about: 'both governments' }
 */
export function wordSpeech(said: string, trigger: Trigger, others: readonly Happening[], plural: boolean, addressee?: string): { says: string; about?: string } {
  const worded = wordRaw(said, trigger, others, plural, addressee);
  // A day blanked out of the words leaves its spaces behind: one space between words.
  return worded.about === undefined ? worded : { ...worded, about: worded.about.replace(/\s{2,}/g, ' ').trim() };
}

function wordRaw(said: string, trigger: Trigger, others: readonly Happening[], plural: boolean, addressee?: string): { says: string; about?: string } {
  const h = trigger.happening;
  const [verb = ''] = h.lemma.split(' ');
  // "urged on Monday both sides to …", "called on Tuesday for restraint": the day right after the
  // verb is when it was said, not what; blanked, so that the offsets of the rest stay as they are.
  const day = DAY_AFTER.exec(said.slice(trigger.end));
  const blanked = day ? said.slice(0, trigger.end) + ' '.repeat(day[0].length) + said.slice(trigger.end + day[0].length) : said;
  // "urged Arland on Tuesday to hand back the temple": a day after whom it was said to is no part
  // of what was said either; blanked as well, offsets kept.
  const text = blanked.slice(0, trigger.end) + blanked.slice(trigger.end).replace(DAY_WITHIN, (m) => ' '.repeat(m.length));
  // A phrase read up to a day's "on" ("called on" before "Tuesday") is the verb alone.
  const onDay = day !== null && /\s+on$/i.test(trigger.text) && !/^\s+(?:(?:late|early)\s+)?on\s/i.test(day[0]);
  const phrase = onDay ? trigger.text.replace(/\s+on$/i, '') : text.slice(trigger.start, trigger.end);
  // The rest of a phrase as the text has it ("called the vote absurd"), without a dangling "to".
  // A saying is worded by its verb alone: "pointed out" says.
  const rest = h.rule === 'saying' ? [] : phrase.split(/\s+/).slice(1).filter((w) => !OBJECT_PRONOUN.test(w));
  // "gave the South 48 hours to": the "to" leads what follows, so the title keeps it there.
  const handsTo = rest.length > 1 && rest.at(-1)?.toLowerCase() === 'to';
  if (rest.at(-1)?.toLowerCase() === 'to') rest.pop();
  // A statement named by its noun ("in a joint statement", "an appeal") is issued.
  // "deeply concerned about the clashes", "alarmed by the shelling": concern voiced over what follows.
  if (CONCERN.test(trigger.text)) {
    // Only what a preposition names: "concerned and urged both sides" names nothing it is concerned over.
    const led = /\b(?:about|over|by|at)$/i.test(trigger.text);
    const over = (led ? /^\s*([^,.;:"”]+)/ : /^\s*(?:about|over|by|at)\s+([^,.;:"”]+)/).exec(text.slice(trigger.end))?.[1];
    const about = over ? few(over) ?? wholeThought(over) : undefined;
    return { says: plural ? 'voice concern' : 'voices concern', ...(about ? { about: `over ${about}` } : {}) };
  }
  // A proposal or appeal a speaker answers is worded by the answer: "rejected a proposal for talks" → "rejects a proposal".
  if (h.pos === 'noun' && h.governor && ANSWERS.test(h.governor.text)) {
    const base = answerOf(h.governor.text);
    return { says: plural ? base : thirdPerson(base), about: text.slice(h.governor.end, trigger.end).trim() };
  }
  // The tagger may read a verb after a list of names as a noun ("the UN all condemned"): an inflected word is a verb.
  const issued = h.pos === 'noun' && trigger.value === 'statement' && !/(?:ed|ing)$/i.test(trigger.text);
  const says = issued ? `${plural ? 'issue' : 'issues'}` : [plural ? verb : thirdPerson(verb), ...rest].join(' ');
  if (issued) return { says, about: text.slice(trigger.start, trigger.end).toLowerCase() };
  const after = (o: Happening) => o.trigger.start >= trigger.end && o.sentence === h.sentence && o !== h;
  // What one side accuses another of, or denies: the act told after it, from its "of" or "for".
  // "said the seizure was an occupation" (blameSaid), "condemned what it called B's aggression"
  // (judgedAsBlame): an accusation made by a judgement is worded by it, as the statement it would be.
  if (trigger.value === 'accusation' && h.rule !== 'saying' && !CONDEMNING.has(verb)) {
    // "called the Borean account ridiculous": a telling denied by naming it so.
    const named = NAMING.has(verb) && rest.length === 0 ? judgedWords(text.slice(trigger.end)) : undefined;
    if (named) return { says, about: named };
    // What the sentence's own complement says it accuses of, denies or rejects ("of using cluster
    // munitions", "that its troops had laid mines"), read whole before any act told later in it.
    // Only a denial or a rejection takes a clause: "accuses Borea" + "its troops fired" is no sentence.
    // A denial alone takes the deed by its gerund: "rejects the accusations coming from …" is no deed.
    const heads: readonly Head[] = /^den/i.test(says) ? ['of', 'for', 'that', 'clause', 'gerund'] : /^(?:reject|dismiss|refut|rebuff)/i.test(says) ? ['of', 'for', 'that', 'clause'] : ['of', 'for'];
    const own = h.rule === 'told-denial' ? undefined : complementOf(text.slice(trigger.end), { addressee, verb: trigger.text, heads });
    if (own) return { says, about: own };
    // What it accuses the other side of is an act: the violence told, before the truce it broke.
    const acts = others.filter((o) => after(o) && (o.told?.claim || o.negated || o.told?.frame.start === h.trigger.start) && o.kind !== 'accusation');
    const act = acts.find((o) => o.kind !== undefined && HOSTILE.has(o.kind)) ?? acts[0];
    if (!act) return { says };
    const between = text.slice(trigger.end, act.trigger.end);
    const from = between.search(/\b(?:of|for)\s/);
    // "said Borean troops fired on a checkpoint" accuses them "of firing on", not "of fired on".
    const deed = act.pos === 'verb' ? gerundOf(act.lemma) : act.trigger.text;
    // "said its troops had not fired on the posts", read as a denial: it denies "firing on", whatever the words between.
    const about = few(h.rule === 'told-denial' ? deed : from >= 0 ? between.slice(from) : verb === 'accuse' ? `of ${deed}` : between);
    return about ? { says, about } : { says };
  }
  // What a speaker said, before its verb ("The pass was calm, the governor said on Monday").
  if (h.rule === 'saying' && h.speaker && h.speaker.start > 0 && /,\s*$/.test(text.slice(0, h.speaker.start))) {
    const about = few(text.slice(0, text.lastIndexOf(',', h.speaker.start)).replace(/^[^,]*\b(?:On|Late on|Early on)\s+\S+,\s*/, ''));
    return about ? { says, about: present(about) } : { says };
  }
  // What a speaker announced, told before the verb: "Arland and Borea have agreed to a truce, the
  // prime minister announced" announces the truce.
  if (h.rule === 'announcement' && h.patient && h.patient.end <= trigger.start) {
    const about = few(h.patient.text);
    return about ? { says, about } : { says };
  }
  // What a speaker told the press or said: its first words after "that" ("told reporters that the pass was calm").
  // "said on Thursday it was ready to hold talks", "said that the border would stay closed": the reported clause whole, in a headline's present.
  const reported = h.rule === 'saying' && !TOLD_VERB.test(trigger.text) ? complementOf(text.slice(trigger.end).replace(SAID_HOW, ' '), { addressee, verb: trigger.text, heads: ['that', 'clause'] }) : undefined;
  if (reported) return { says, about: reported };
  if (h.rule === 'told-press' || h.rule === 'saying') {
    // How it was said, before or after its day, is not what was said: "said in a statement on Friday that …".
    const rest = text
      .slice(trigger.end)
      .replace(/^\s+(?:reporters|journalists|the press|(?:a |the )?(?:news|press) (?:conference|briefing))(?=\s)/i, '')
      .replace(SAID_HOW, ' ')
      .replace(DAY_OPENING, '')
      .replace(SAID_HOW, ' ');
    // "told the BBC that …", "told Reuters the pass was calm": whom it was told is the channel, not what was said.
    const toldTo = TOLD_VERB.test(trigger.text) ? /^\s+(?:\S+\s+){0,6}?that\s+([^,.;:"”]+)/.exec(rest)?.[1] : undefined;
    const told = toldTo ?? (h.rule === 'saying' ? /^\s+(?:that\s+)?([^,.;:"”]+)/ : /^\s+(?:\S+\s+){0,6}?that\s+([^,.;:"”]+)/).exec(rest)?.[1];
    const about = told ? (few(told) ?? few(told, TOLD_WORDS) ?? wholeThought(told)) : undefined;
    return about ? { says, about: present(about) } : { says };
  }
  // "condemned what it called Borea's aggression": what is condemned is the speaker's name for it, kept as theirs.
  const whatCalled = CONDEMNING.has(verb) ? WHAT_CALLED.exec(text.slice(trigger.end)) : null;
  const calledAs = whatCalled ? few(whatCalled[2]!.trim()) ?? wholeThought(whatCalled[2]) : undefined;
  if (whatCalled && calledAs) return { says, about: `what ${whatCalled[1]!.toLowerCase()} ${/^they$/i.test(whatCalled[1]!) ? 'call' : 'calls'} ${calledAs}` };
  const judged = NAMING.has(verb) && rest.length === 0 ? judgedWords(text.slice(trigger.end)) : undefined;
  if (judged) return { says, about: judged };
  // "proposed that both sides withdraw …", "called on Arland and Borea to return to talks": the
  // complement the sentence gives the verb, read whole, before any guess from the words' parts.
  const complement0 = rest.length === 0 || /^on$/i.test(rest.join(' ')) ? complementOf(text.slice(trigger.end), { addressee, verb: trigger.text, heads: ['that', 'to'] }) : undefined;
  if (complement0) return { says, about: complement0 };
  // The object right after the verb, a determiner or two between them at most.
  const patient = h.patient && h.patient.start >= trigger.end && text.slice(trigger.end, h.patient.start).trim().split(/\s+/).filter(Boolean).length <= 2 ? `${text.slice(h.patient.start, h.patient.end).trim()}${(/-$/.test(h.patient.text) && /^[\p{L}'’-]+(?:\s+(?!(?:to|for|of|in|on|at|and|or|by|from|with|that)\b)\p{L}+)?/u.exec(text.slice(h.patient.end))?.[0]) || ''}`.trim() : undefined; // "a fact-finding mission", not "a fact-"
  const object = patient && !PRONOUN.test(patient) && !WEEKDAY.test(patient) && (!addressee || !patient.includes(addressee)) ? few(patient) : undefined;
  // "called on the north to pull its soldiers back": whom it called on, then what it urged them to do.
  const urgedAct = others.find((o) => after(o) && o.modality !== undefined && o.kind !== 'statement');
  const whom = urgedAct ? text.slice(trigger.end, urgedAct.trigger.start) : '';
  const urged = urgedAct && WHOM_TO.test(whom) ? `${whom.trim()} ${urgedAct.trigger.text}` : urgedAct?.trigger.text;
  const complement = COMPLEMENT.exec(text.slice(trigger.end))?.[1];
  // Else the first words after the verb: "called on the south to pull its troops out" → "the south".
  const next = FIRST_WORDS.exec(text.slice(trigger.end))?.[1];
  // "pressed both capitals to pull back their troops": whom it urged is half the thought; what it urged them to do completes it.
  const toDo = object && h.patient ? wholeThought(TO_DO.exec(text.slice(h.patient.end))?.[1]) : undefined;
  const asked = object && toDo ? `${object} ${toDo}` : object;
  // "called on Arland and Borea to show restraint": whom, then what, when both are short.
  const whomThen = next && /^(?:\S+\s+){0,3}\S+\s+to\s+\S/.test(next) ? wholeThought(next) : undefined;
  const about = asked ?? urged ?? (complement ? few(complement.replace(/[,.;:].*$/, '')) : undefined) ?? whomThen ?? (next ? few(next) : undefined);
  // "gave the South 48 hours to stop the broadcasts": a verb the trigger phrase hands a "to" keeps it.
  const handed = handsTo ? /^\s+([\p{L}'’-]+)/u.exec(text.slice(trigger.end))?.[1] : /^\s+to\s+([\p{L}'’-]+)/u.exec(text.slice(trigger.end))?.[1];
  const toKept = about && handed && about.split(/\s+/)[0] === handed ? `to ${about}` : about;
  // "called on Arland and Borea to de-escalate" with that addressee: the title names them once.
  const once = toKept && addressee && toKept.startsWith(`${addressee} `) ? toKept.slice(addressee.length + 1) : toKept;
  return once ? { says, about: once } : { says };
}
