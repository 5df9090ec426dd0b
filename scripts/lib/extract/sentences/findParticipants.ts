import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import type { PhraseMatch } from '../lexicon/phraseMatcher.ts';

// Words that end a group of participants when reading back from its role noun.
const STOP = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'with', 'and', 'between', 'among', 'by', 'from', 'two', 'both', 'their', 'its', 'countries', "countries'", 'countries’', 'nations', 'sides']);
const WORDS = /[\p{L}][\p{L}'’-]*/gu;

/** "the General Border Committee", but "ASEAN": an acronym takes no article. */
const withArticle = (name: string) => (/^[\p{Lu}.]+$/u.test(name) ? name : `the ${name}`);

/**
 * The role noun and up to three words before it that qualify it: "Southeast Asian foreign ministers".
 * A capital that only starts the sentence is dropped: "Regional army commanders" → "regional …".
 */
function group(phrase: string, lexicon: CompiledLexicon, sentenceStart = false): string | undefined {
  const role = lexicon.roles(phrase).at(-1);
  if (!role) return undefined;
  const words = phrase.slice(0, role.end).match(WORDS) ?? [];
  const kept: string[] = [];
  for (const word of words.reverse()) {
    const bare = word.replace(/['’]s?$/, '');
    if (STOP.has(word.toLowerCase()) || STOP.has(bare.toLowerCase()) || kept.length === 4) break;
    kept.unshift(/^\p{Lu}/u.test(bare) ? bare : lexicon.variant(bare.toLowerCase()));
  }
  if (kept.length === 0) return undefined;
  const first = kept[0]!;
  const startsSentence = sentenceStart && phrase.trimStart().startsWith(first);
  if (startsSentence && !/^\p{Lu}{2}/u.test(first) && lexicon.actors(first).length === 0 && lexicon.places(first).length === 0) {
    kept[0] = lexicon.variant(first.toLowerCase());
  }
  return kept.join(' ');
}

/**
 * Who takes part in talks, from the words around the trigger: an organisation
 * ("meeting of the General Border Committee") or a group ending in a role noun
 * ("defence ministers’ dialogue", "talks between the two nations' interior ministers",
 * "army commanders are scheduled to meet").
 * @example findParticipants('a defence ministers’ dialogue', trigger, lexicon) // 'defence ministers'
 */
export function findParticipants(text: string, trigger: PhraseMatch<unknown>, lexicon: CompiledLexicon): string | undefined {
  const follows = /^\s+(?:of|between|among|with)\s+((?:[\p{L}'’.-]+\s*){1,7})/iu.exec(text.slice(trigger.end))?.[1] ?? '';
  const organisation = lexicon.actors(follows).find((a) => a.value.type === 'organisation');
  if (organisation) return withArticle(organisation.value.name);
  // The body as subject: "the General Border Committee is due to convene".
  const lead = text.slice(0, trigger.start);
  const subject = lexicon
    .actors(lead)
    .filter((a) => a.value.type === 'organisation' && (lead.slice(a.end).match(/\S+/g)?.length ?? 0) <= 4)
    .at(-1);
  if (subject) return withArticle(subject.value.name);
  const nearMatch = /((?:[\p{L}'’-]+\s+){1,4})(?:(?:are|is|were|was|will|would|to|due|set|scheduled|expected|planned)\s+)*$/iu.exec(lead);
  const near = nearMatch?.[1];
  const possessive = /((?:[\p{L}-]+\s+){0,3}[\p{L}-]+['’]s?)\s+$/u.exec(text.slice(0, trigger.start))?.[1];
  return (possessive && group(possessive, lexicon)) || group(follows, lexicon) || (near && group(near, lexicon, nearMatch!.index === 0));
}
