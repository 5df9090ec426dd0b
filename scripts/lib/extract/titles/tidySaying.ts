import { endsOnContentNoun } from '../sentences/endsOnContentNoun.ts';

/** What a title says a speaker did: the verb, whom to, and what about; each left out when it reads badly. */
export interface Saying {
  says?: string | undefined;
  addressee?: string | undefined;
  about?: string | undefined;
}

// Words a title's last words cannot be: a thought cut short ("says Borea had broken", "thanks for it").
const DANGLING = /^(?:the|a|an|its|their|his|her|our|it|them|of|to|in|on|at|for|with|across|into|from|by|and|or|but|that|this|was|were|is|are|be|been|had|has|have|would|will|could|should|might|may|must|can)$/i;
// A reported clause: a subject and a finite or modal verb. One of a few words is a thought cut
// short ("says she was willing", "says the army would go"); a longer one reads whole ("says it was
// optimistic the talks would succeed").
const CLAUSE = /\b(?:was|were|had|has been|would|could|will|believed|believes)\b/i;
const SHORT_CLAUSE = 4;
// The ending of a noun or adjective, not of a verb: a title's verb made from "accusations" or
// "responsible" ("accusationses", "responsibles") is no verb.
const NOT_A_VERB = /(?:ions?|ments?|ness|ity|bles?|ous|ive|ful)(?:s|es)?$/i;
// Verbs that make a title alone, with nothing after them: "Arland warns", "Borea denies".
const STANDS_ALONE = /^(?:warns?|denies|deny|protests?|objects?|responds?|retaliates?|threatens?|apologi[sz]es?|regrets?|rejects?)$/i;

const RELATIVE_DAY = /\b(?:yesterday|today|tomorrow|tonight)\b/i;

const strip = (text: string, prefix: string) => text.slice(prefix.length).trim();

/**
 * A title's saying made fit to print, from what the sentence analysis gave: an addressee that is the
 * speaker again is dropped; an addressee the words about it repeat is said once ("condemns Borea
 * over raids", not "Borea Borea over raids"); words cut short lose their dangling end; a
 * reported clause cut short, or a verb made from a noun, leaves the title to say only who spoke. Undefined
 * when nothing fit to print is left, so that the title falls back to "Statement by …".
 * @example tidySaying('Arland', { says: 'accuses', addressee: 'Borea', about: 'of entering its' }) // { says: 'accuses', addressee: 'Borea', about: 'of entering' }
 */
export function tidySaying(speaker: string, { says, addressee, about }: Saying): Saying | undefined {
  if (!says) return undefined;
  // "yesterday", "tomorrow": a day told from the article's own, which a timeline's reader has not.
  if (RELATIVE_DAY.test(says)) return undefined;
  const verb = says.split(' ')[0]!;
  if (NOT_A_VERB.test(verb)) return undefined;
  // "rejects Borea's claim": an addressee the verb's own words name already is not named again.
  // A verb given with its object ("rejects the accusations", "holds Khartoum responsible") has no
  // place for an addressee after it; one with its particle ("calls on", "appeals to") has.
  const answered = /^(?:rejects?|dismiss(?:es)?|denies|deny|accepts?|welcomes?|backs?|endorses?)\s+\S/i.test(says);
  const withObject = /^\S+\s+(?!(?:on|for|to|up|off|out|down|back|with|in|over|against|about)$)\S+/i.test(says) && !/^voices? concern$/i.test(says);
  let whom = addressee && addressee.toLowerCase() !== speaker.toLowerCase() && !says.toLowerCase().includes(addressee.toLowerCase()) && !withObject ? addressee : undefined;
  let what = about !== undefined && !RELATIVE_DAY.test(about) ? about.trim() : undefined;
  if (whom && what) {
    const lower = what.toLowerCase();
    const name = whom.toLowerCase();
    // "calls Borea Borea's conduct …": the possessive keeps the name, the addressee goes.
    if (lower.startsWith(`${name}'s`) || lower.startsWith(`${name}’s`)) whom = undefined;
    else if (lower.startsWith(`${name} `)) what = strip(what, whom);
    else if (lower.startsWith(`the ${name} `)) what = strip(what, `the ${whom}`);
  }
  // Not what was said but where or how: "in a joint statement", "at a news conference"; and a
  // clause cut at its "that" ("announces that military operations").
  // A claim's own "that" leads what it claims: "rejects Borea's claim that jets bombed a school".
  const claimed = endsOnContentNoun(says);
  const setting = what !== undefined && (/^(?:in|at|during|on)\s+(?:a|an|the|its|their)\s+(?:\S+\s+)?(?:statement|interview|speech|conference|briefing|address|post)/i.test(what) || (!claimed && /^that\s/i.test(what)));
  // A future in a headline's present ends whole on its verb: "warns it will respond".
  const whole = what !== undefined && /\bwill\s+(?:not\s+)?\p{L}+$/iu.test(what) && !DANGLING.test(what.split(/\s+/).at(-1)!);
  if (what && (setting || (CLAUSE.test(what) && !whole && what.split(/\s+/).length <= SHORT_CLAUSE) || /^\p{Lu}\p{Ll}+\s+(?:week|month|year|night|morning)\b/u.test(what))) what = undefined;
  if (what) {
    const words = what.split(/\s+/);
    while (words.length > 0 && DANGLING.test(words.at(-1)!)) words.pop();
    // "of", "for" or "to" alone is no thought: "accuses of", "asks to".
    what = words.length > 1 || (words.length === 1 && !DANGLING.test(words[0]!)) ? words.join(' ') : undefined;
  }
  // "rejects Sudan's charge": an answer with its object stands alone too.
  if (!whom && !what && !STANDS_ALONE.test(says) && !answered) return undefined;
  // "accuses of failing": an accusation needs whom it accuses before what of.
  if (!whom && what && /^(?:of|for)\s/i.test(what) && !withObject && !/\b(?:each other|one another)\b/.test(what)) return undefined;
  return { says, ...(whom ? { addressee: whom } : {}), ...(what ? { about: what } : {}) };
}
