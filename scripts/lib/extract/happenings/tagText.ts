import winkNLP, { type ItsFunction, type PartOfSpeech } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One word or mark of a text, with where it is and what it is. Offsets are into the text given. */
export interface Token {
  /** Position in the text's token list. */
  index: number;
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  pos: PartOfSpeech;
  /** The dictionary form wink gives ("attacked" → "attack"); for a word it mis-tags it may be the word itself. */
  lemma: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

// One instance per process, made on first use: the model is data bundled in the package, loaded
// once (70 to 200 ms), with nothing fetched at run time; a command that stops before reading any
// text never pays for it. Sentiment is not needed.
let instance: ReturnType<typeof winkNLP> | undefined;
const wink = () => (instance ??= winkNLP(model, ['sbd', 'pos']));

// Words of place the model may tag as adjectives when they open a sentence ("Outside the embassy,
// protesters …"); before a determiner they are prepositions, and the phrase they open no aside.
const SPATIAL = new Set(['outside', 'inside', 'near', 'beyond', 'opposite', 'alongside']);

/**
 * Splits a text into tagged tokens with wink-nlp (tokens, sentences, part of speech, lemmas),
 * keeping every token's offsets into the text. Whitespace tokens are left out. `verbs` are forms
 * that are only ever verbs, with their dictionary form, which the model does not know and tags as
 * nouns ("the army retook the town"; happenings.yaml `verbOnly`).
 * @example tagText('Rebels attacked.').map((t) => t.lemma) // ['rebels', 'attack', '.']
 */
export function tagText(text: string, verbs: ReadonlyMap<string, string> = new Map()): Token[] {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as PartOfSpeech[];
  // wink's type for `its.lemma` takes the model's addons where `out` passes its cache; it runs as documented.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const sentenceOf = new Int32Array(values.length);
  doc.sentences().each((sentence, s) => {
    const [from, to] = sentence.out(its.span) as unknown as [number, number];
    sentenceOf.fill(s, from, to + 1);
  });
  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    const value = values[i]!;
    // wink returns the text losslessly, so spaces and values add up to the offsets.
    if (types[i] !== 'tabCRLF') {
      const lower = value.toLowerCase().replace(/’/g, "'");
      const verb = verbs.get(lower);
      tokens.push({
        index: tokens.length,
        text: value,
        lower,
        start: offset,
        end: offset + value.length,
        pos: verb ? 'VERB' : SPATIAL.has(lower) && tags[i] === 'ADJ' && tags[i + 1] === 'DET' ? 'ADP' : tags[i]!,
        lemma: verb ?? lemmas[i]!.toLowerCase(),
        sentence: sentenceOf[i]!,
      });
    }
    offset += value.length;
  }
  return tokens;
}
