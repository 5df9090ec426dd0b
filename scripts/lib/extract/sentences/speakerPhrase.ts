/** Characters before a speaker's name that a title in apposition to it may take up: "Arland's foreign minister, ". */
const APPOSED_REACH = 60;
// A title, with whatever names its party, set off by a comma right before a name: "Arland's
// foreign minister, Jana Rolle", "the Borean army's spokesman, Colonel Ivo Marr".
// A word of a setting ("After talks with Borea's foreign minister, Japan urged") opens no title.
const TITLE = String.raw`(?:(?!(?:after|before|following|during|with|at|in|on|from|to|by|since|amid|despite|meeting|talks)\b)[\p{L}'’.-]+\s+){0,5}?(?:minister|spokes(?:man|woman|person)|secretary|adviser|advisor|commander|chief|envoy|ambassador|official|president|premier|representative|director|head|general|inspector)(?:\s+(?:of|for|on)\s+(?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,4})?`;
const TITLE_APPOSED = new RegExp(String.raw`(?:^|[,;:.(]\s*|\b(?:and|but)\s+)(${TITLE}),\s*$`, 'diu');
// … or after it: "Ivo Marr, the Inspector General of the Borean Border Force, told the agency".
const TITLE_AFTER = new RegExp(String.raw`^\s*,\s*(?:the\s+|an?\s+)?${TITLE}(?=\s*,\s*$)`, 'iu');
// What qualifies a speaker's head after it, before its verb: "officials in Arlandia City", "a
// spokesman for the Borean army", "the Inspector General of the Armed Police Force".
const MODIFIER = /^\s*,?\s*(?:for|of|from|at|in|with)\s+(?:the\s+)?(?:[\p{L}'’.-]+[\s-]+){0,4}?[\p{L}'’.-]+(?=\s*,?\s*$)/u;

export interface Phrase {
  start: number;
  end: number;
  text: string;
}

/**
 * The whole noun phrase of a speaker the parser read as its head alone: a title in apposition
 * before a name ("Arland's foreign minister, Jana Rolle") and what qualifies the head after it,
 * up to the verb of saying at `verbAt` ("officials in Arlandia City", "a spokesman for the Borean
 * army"). The phrase's words name the party the speaker speaks for; the head alone may not.
 * @example speakerPhrase("Officials in Arlandia City said …", { start: 0, end: 9, text: 'Officials' }, 28).text // 'Officials in Arlandia City'
 */
export function speakerPhrase(text: string, span: Phrase, verbAt: number): Phrase {
  let start = span.start;
  let end = span.end;
  if (verbAt > end) {
    const between = text.slice(end, verbAt);
    const modifier = MODIFIER.exec(between) ?? (/^\p{Lu}/u.test(span.text) ? TITLE_AFTER.exec(between) : null);
    if (modifier) end += modifier[0].length;
  }
  const reach = Math.max(0, start - APPOSED_REACH);
  const apposed = TITLE_APPOSED.exec(text.slice(reach, start));
  // Only a name has a title in apposition: "the minister, the army" is a list.
  if (apposed && /^\p{Lu}/u.test(span.text)) start = reach + apposed.indices![1]![0];
  return start === span.start && end === span.end ? span : { start, end, text: text.slice(start, end) };
}
