import type { Mention } from '../mentions/buildMentions.ts';
import { foldInto } from './foldInto.ts';
import { isAppeal } from './isAppeal.ts';
import { escapeRegExp } from '../../../../src/lib/escapeRegExp.ts';

/** Sentences after a call or a meeting that words told undated may still be said in it. */
const NEXT_SENTENCES = 2;
/** A person's surname as a report writes it, for finding it in another sentence: "Lena Ferrin" → "Ferrin". */
const surname = (name: string) => name.trim().split(/\s+/).at(-1) ?? '';
/** Whether a sentence names a person: by the surname, as a word of its own ("el-Ferrin" too). */
const names = (quote: string, person: string) => {
  const last = surname(person);
  return last.length > 2 && new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(last)}(?![\\p{L}])`, 'u').test(quote);
};

/**
 * Folds into a call or a meeting the words one of its two parties said to the other, which the
 * article tells just after it with no day of their own: "Lena Ferrin spoke to Kael Orvan by
 * telephone on Tuesday and offered her condolences. Orvan thanked Ferrin for her words." The
 * thanks were said in the call, one happening; counted apart, a second event of it. Both the
 * speaker and the one spoken of must be named in the sentence of the talks, which its own words
 * date to the same day; an appeal asks for something new and stays, as do words of another day,
 * article or speaker. Returns new reports, linear in them.
 * @example foldWordsInTalks([callInSentence1, thanksInSentence2]).map((m) => m.kind) // ['talks']
 */
export function foldWordsInTalks(mentions: readonly Mention[]): Mention[] {
  const talks = mentions.filter((m) => m.kind === 'talks' && m.status === 'occurred' && m.dating !== 'context' && !m.anaphoric);
  if (talks.length === 0) return [...mentions];
  return foldInto(
    mentions,
    (m) => {
      if (m.kind !== 'statement' || m.dating !== 'context' || m.status !== 'occurred' || m.anaphoric || isAppeal(m.says)) return undefined;
      const speaker = m.voice?.person;
      const spokenTo = m.addressee ?? m.saysAbout;
      if (!speaker || !spokenTo) return undefined;
      return talks.find((t) => {
        const quote = t.citations[0]?.quote ?? '';
        return t.source === m.source && t.time.date === m.time.date && m.sentence > t.sentence && m.sentence - t.sentence <= NEXT_SENTENCES && names(quote, speaker) && names(quote, spokenTo);
      });
    },
    { citations: true },
  );
}
