import type { Mention } from '../mentions/buildMentions.ts';
import { partiesOf } from '../sentences/partiesOf.ts';
import { voiceOf } from '../sentences/voiceOf.ts';

/** A capitalised word of a name: "Ruiz" in "President Ana Ruiz". */
const NAME_WORD = /\p{Lu}[\p{L}'’-]+/gu;

/**
 * The side each statement's speaker speaks for, across a run's reports: a speaker one report
 * names only as a person ("President Ana Ruiz urged …", where the article never says whose
 * president she is) speaks for the side another report names her speaking for ("Borea, in the
 * words of its president Ruiz, protested …"), and in her voice. A surname the reports give to
 * two sides names no side. Reports whose speaker is already a side, or a person no report sides,
 * stay as they are. The reports themselves are not changed: the map is for telling statements
 * apart or together, not for their titles.
 * @example speakingFor([boreaByRuiz, anaRuiz]).get(anaRuiz)?.speaker // 'Borea'
 */
export function speakingFor(mentions: readonly Mention[]): Map<Mention, Mention> {
  const persons = new Set(mentions.flatMap((m) => (m.voice?.person ? [m.voice.person] : [])));
  // A side is one party, not a list of them, and no person's name: "Borea", not "Arland and Borea"
  // nor "Foreign Minister Ivo Marr" speaking in Ruiz's words.
  const aSide = (speaker: string) => partiesOf(speaker).length === 1 && ![...speaker.matchAll(NAME_WORD)].some((w) => persons.has(w[0]));
  const sides = new Map<string, Set<string>>();
  for (const m of mentions) {
    const person = m.voice?.person;
    if (m.speaker && person && aSide(m.speaker)) sides.set(person, (sides.get(person) ?? new Set()).add(m.speaker));
  }
  const people = new Map([...sides].filter(([, s]) => s.size === 1).map(([person, s]) => [person, [...s][0]!]));
  const resolved = new Map<Mention, Mention>();
  for (const m of mentions) {
    if (!m.speaker) continue;
    const person = [...m.speaker.matchAll(NAME_WORD)].map((w) => w[0]).findLast((w) => people.has(w));
    const side = person && people.get(person);
    if (!side || side === m.speaker) continue;
    const voice = m.voice ?? voiceOf(m.speaker, people);
    resolved.set(m, { ...m, speaker: side, ...(voice ? { voice } : {}) });
  }
  return resolved;
}
