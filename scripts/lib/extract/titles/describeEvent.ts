import { DateTime } from 'luxon';
import type { Event } from '../../../../src/lib/eventSchema.ts';
import { eventForm } from '../../../../src/lib/eventForm.ts';
import { findDisagreements } from '../../../../src/lib/findDisagreements.ts';
import { KIND_LABELS, TYPE_LABELS } from '../../../../src/lib/ontology.ts';
import type { PlaceKind } from '../../../../src/lib/eventSchema.ts';
import { precisionOf } from '../../../../src/lib/partialDate.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import type { Draft } from '../events/mergeCluster.ts';
import { renderTemplate } from '../../../../src/lib/renderTemplate.ts';
import { templateKey, type TemplateKey } from '../../../../src/lib/templateKey.ts';
import { isCleanTitle } from './isCleanTitle.ts';
import { tidySaying, type Saying } from './tidySaying.ts';

const MATTERS: Record<string, string> = {
  killed: 'the number killed',
  injured: 'the number injured',
  displaced: 'the number displaced',
  evacuated: 'the number evacuated',
  'border-length': 'the length of the border',
  duration: 'the duration',
  'brokered-by': 'who brokered it',
  date: 'the date',
};

/** "on 24 December 2025", "in July 2025", "between 22 and 23 December 2025". */
function datePhrase(draft: Draft, locale: string): string {
  const at = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC', locale });
  const precision = precisionOf(draft.date);
  if (draft.endDate && draft.endDate !== draft.date) {
    const from = at(draft.date);
    const to = at(draft.endDate);
    const first = from.hasSame(to, 'month') ? 'd' : from.hasSame(to, 'year') ? 'd LLLL' : 'd LLLL yyyy';
    return `between ${from.toFormat(first)} and ${to.toFormat('d LLLL yyyy')}`;
  }
  if (precision === 'day') return `on ${at(draft.date).toFormat('d LLLL yyyy')}`;
  return `in ${at(draft.date).toFormat(precision === 'month' ? 'LLLL yyyy' : 'yyyy')}`;
}

// Places something happens at, not in.
const AT = new Set<PlaceKind>(['temple', 'checkpoint', 'border-crossing', 'site']);
// The most precise place names the event best: a temple before its province, a province before its country.
const PRECISION: Record<PlaceKind, number> = { temple: 0, checkpoint: 0, 'border-crossing': 0, site: 0, village: 1, city: 2, capital: 2, district: 3, province: 4, country: 5 };

/** "in Sevrin", "at Vel Amar temple": the event's most precise place, with its preposition. */
function placePhrase(places: Draft['places']): string | undefined {
  const place = [...places].sort((a, b) => PRECISION[a.kind ?? 'city'] - PRECISION[b.kind ?? 'city'])[0];
  return place && `${place.kind && AT.has(place.kind) ? 'at' : 'in'} ${place.name}`;
}

// Kinds whose happening is one party's act ("{what} by {actors}"), unlike fighting or a truce, which are between parties.
const ONE_SIDED = new Set(['diplomacy', 'statement', 'accusation']);
const bare = (s: string) => s.replace(/^the\s+/i, '').toLowerCase();
/** The verbs of an accusation made by a judgement (judgedAsBlame, blameSaid): "calls", "says", "condemns". */
const JUDGED = /^(?:calls?|brands?|labels?|terms?|describes?|says?|condemns?|denounces?|decr(?:y|ies)|deplores?)$/i;
/** Several parties named as speaking together: "Arland and Borea". */
const SEVERAL = /,|\band\b/;
// Verbs that name something by a judgement, as a title words them.
const NAMING_SAYS = /^(?:calls?|brands?|labels?|terms?|describes?)$/i;

/**
 * Whom something said is addressed to, and what about, as a title words them: what it is about is
 * dropped when it only names the addressee again ("asks the UN" + "the UN"), and parties that
 * accuse with no one else addressed accuse each other.
 */
function whomAbout({ kind, speaker, addressee, says, saysAbout }: Draft): { addressee?: string; about?: string } {
  // "calls the Borean account ridiculous": what is named so is the verb's object; no one is addressed.
  if (says !== undefined && saysAbout !== undefined && NAMING_SAYS.test(says)) return { about: saysAbout };
  // Nor does what only names the teller again ("Tan Weiro says Tan Weiro", from a relative clause read as the words said).
  const about = saysAbout && ((addressee && bare(saysAbout) === bare(addressee)) || (speaker && bare(saysAbout) === bare(speaker))) ? undefined : saysAbout;
  // "traded accusations over the shelling", "blamed each other for the clash": several parties
  // accusing, and no one else named, accuse each other, whatever the charge is introduced by.
  // An addressee who is one of the speakers ("Arland and Borea accuse Borea") is
  // one side of that exchange, read from one of its halves: they too accuse each other.
  const among = addressee !== undefined && speaker !== undefined && speaker.split(/,\s*|\s+and\s+/).some((p) => bare(p) === bare(addressee));
  if ((!addressee || among) && kind === 'accusation' && speaker && SEVERAL.test(speaker) && (!about || /^(?:of|for|over)\s/i.test(about))) return { addressee: 'each other', ...(about ? { about } : {}) };
  // A charge made by a judgement names whom it charges in its own words ("calls the raid an act of
  // aggression by Borea"): the title gives those words, not the addressee before them.
  if (kind === 'accusation' && about && JUDGED.test(says ?? '')) return { about };
  // One party is not addressed by its own words: "Arland charges Arland with …" names the teller twice.
  if (among && speaker !== undefined && !SEVERAL.test(speaker)) return about ? { about } : {};
  return { ...(addressee ? { addressee } : {}), ...(about ? { about } : {}) };
}

// What a title says an accuser did, when the text names the act by a noun or a verb other than
// "accuse" ("traded accusations", "blamed"): the headline verb, by how many speak.
const ACCUSING: Readonly<Record<string, readonly [one: string, several: string]>> = {
  accusation: ['accuses', 'accuse'],
  accusations: ['accuses', 'accuse'],
  blame: ['blames', 'blame'],
  blames: ['blames', 'blame'],
  // "put the blame on", "laid the blame on": the whom follows the verb made of them.
  'puts the blame': ['blames', 'blame'],
  'put the blame': ['blames', 'blame'],
  'lays the blame': ['blames', 'blame'],
  'lay the blame': ['blames', 'blame'],
};

/** A verb's plural from its third person: "accuses" → "accuse", "denies" → "deny", "pushes" → "push". */
const plural = (verb: string) => (/ies$/.test(verb) ? `${verb.slice(0, -3)}y` : /(?:ss|sh|ch|x|zz)es$/.test(verb) ? verb.slice(0, -2) : /[^s]s$/.test(verb) ? verb.slice(0, -1) : verb);

/**
 * The verb a title gives a speaker: the text's own, made a verb where the text named the act by a
 * noun, and agreeing with several speakers named only later ("each side accused" → "A and
 * B accuse").
 */
function sayingVerb({ kind, speaker, says }: Draft): string | undefined {
  const several = speaker !== undefined && SEVERAL.test(speaker);
  const verb = kind === 'accusation' && says ? ACCUSING[says.toLowerCase()] : undefined;
  if (verb) return verb[several ? 1 : 0];
  if (!says || !several) return says;
  const [first = '', ...rest] = says.split(' ');
  return [plural(first), ...rest].join(' ');
}

const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * A short neutral title and summary built from an event's facts with the lexicon's templates;
 * the articles' own words stay in the quotes. Where sources disagree, the summary says on what.
 * @example describeEvent(draft, context).title // 'General Border Committee talks begin in Sevrin'
 */
export interface DescribeContext {
  lexicon: CompiledLexicon;
  locale: string;
  /** The two sides of the conflict, named in a summary when the event involves both. */
  parties: readonly string[];
  /** Publication day by source, to tell disagreement from a later update. */
  published: ReadonlyMap<string, string>;
}

export function describeEvent(draft: Draft, { lexicon, locale, parties, published }: DescribeContext): Pick<Event, 'title' | 'summary'> {
  const templates = lexicon.lexicon.kinds[draft.kind];
  const tidied = draft.speaker ? tidySaying(draft.speaker, { says: sayingVerb(draft), ...whomAbout(draft) }) : undefined;
  // A saying whose words do not read as a clean sentence says only who spoke to whom ("Tajikistan
  // urges the Taliban"), or nothing, so that the title falls back to its kind: never a fragment.
  const reads = (s: Saying | undefined) => s === undefined || isCleanTitle([draft.speaker, s.says, s.addressee, s.about].filter(Boolean).join(' '), draft.speaker!);
  const whomOnly = tidied?.about !== undefined && draft.speaker ? tidySaying(draft.speaker, { says: tidied.says, addressee: tidied.addressee }) : undefined;
  const spoken = reads(tidied) ? tidied : reads(whomOnly) ? whomOnly : undefined;
  // An event of no type is worded as its kind's own type where the kind has one ("statement").
  const typeId = draft.type ?? (draft.kind in TYPE_LABELS ? (draft.kind as keyof typeof TYPE_LABELS) : undefined);
  const type = typeId ? lexicon.lexicon.ontology.types[typeId] : undefined;
  const values = {
    who: draft.who,
    name: draft.name,
    place: placePhrase(draft.places),
    // Something said is said by its speaker, and a step one side takes is taken by it: a title
    // names who spoke or acted, not both parties.
    actors: draft.speaker ?? (ONE_SIDED.has(draft.kind) ? draft.agent : undefined) ?? (parties.length === 2 && parties.every((p) => draft.actors.includes(p)) ? list(parties) : undefined),
    date: datePhrase(draft, locale),
    // A two-way type's label by the phase the text gives (ontology.yaml `phases`): "Border closed",
    // not "Border closed or reopened"; else by the words its reports use (`forms`): "Drone strike".
    what: typeId ? (eventForm(draft, type)?.label ?? TYPE_LABELS[typeId]) : KIND_LABELS[draft.kind],
    speaker: draft.speaker,
    addressee: spoken?.addressee,
    says: spoken?.says,
    about: spoken?.about,
  };
  // The editions choose by the same rule (src/lib/templateKey.ts); a speaker counts only with
  // words fit to print ("Statement by X" where what they said could not be worded).
  const chooser = { ...draft, speaker: draft.speaker && draft.says && spoken ? draft.speaker : undefined };
  const pick = (set: Partial<Record<TemplateKey, string>> | undefined) => (set ? (set[templateKey(chooser, set)] ?? set.default) : undefined) ?? '{what}';
  const matters = findDisagreements(draft, published).map((d) => MATTERS[d.type === 'figure' ? d.measure : d.about] ?? 'details');
  const disagreement = matters.length > 0 ? ` Sources differ on ${list(matters)}.` : '';
  const claimed = draft.status === 'claimed' ? ' The report rests on one side’s claim.' : '';
  return {
    title: renderTemplate(pick(templates?.titles), values),
    summary: `${renderTemplate(pick(templates?.summaries), values)}${claimed}${disagreement}`,
  };
}
