// Marks that may open a token before its word: quotes and brackets.
const OPENING = /^[("'“‘[]+/u;
// What may close a token after its word: a possessive, then punctuation.
const CLOSING = /(?:['’]s)?[)"'”’\].,;:!?]*$/u;
// Punctuation that ends a phrase, so that a capitalised word after it opens a new one.
const PHRASE_END = /[.,;:!?)"”’\]]$/u;
// Short titles a surname may follow and still be named by itself: "Mr Orvan said".
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr)\.?$/;

/**
 * The capitalised words a text uses at least once outside a run of capitalised words: the
 * surnames it goes on to use alone ("Orvan urged …" after "Kael Orvan flew …"). One pass over the
 * text, so that a look-up per name is paid only for the names that can need it.
 * @example wordsStandingAlone('Kael Orvan flew in. Orvan urged calm.').has('Orvan') // true
 */
export function wordsStandingAlone(text: string): Set<string> {
  const alone = new Set<string>();
  let before: string | undefined;
  for (const raw of text.split(/\s+/u)) {
    const word = raw.replace(OPENING, '').replace(CLOSING, '');
    const capitalised = /^\p{Lu}/u.test(word);
    const inRun = before !== undefined && /^\p{Lu}/u.test(before.replace(OPENING, '')) && !PHRASE_END.test(before) && !HONORIFIC.test(before);
    if (capitalised && !inRun) alone.add(word);
    before = raw;
  }
  return alone;
}
