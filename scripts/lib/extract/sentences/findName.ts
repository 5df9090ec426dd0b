import type { PhraseMatch } from '../lexicon/phraseMatcher.ts';

const CAPITALISED = /(?:\p{Lu}[\p{L}'’-]*\s+)+$/u;

/**
 * The proper name a trigger is part of, when the text capitalises it: the trigger "Peace Accord"
 * in "under the Kuala Lumpur Peace Accord" gives "Kuala Lumpur Peace Accord".
 * @example findName('the Paris Peace Accords were', trigger) // 'Paris Peace Accords'
 */
export function findName(text: string, trigger: PhraseMatch<unknown>): string | undefined {
  if (!/^\p{Lu}/u.test(trigger.text)) return undefined;
  const lead = CAPITALISED.exec(text.slice(0, trigger.start))?.[0] ?? '';
  const tail = /^(?:\s+\p{Lu}[\p{L}'’-]*)*/u.exec(text.slice(trigger.end))?.[0] ?? '';
  const name = `${lead}${trigger.text}${tail}`.trim();
  // A sentence-initial capital is not a name: "Ceasefire talks began" has only one capitalised word.
  return lead === '' && tail === '' ? undefined : name.replace(/^(?:The|A|An)\s+/, '');
}
