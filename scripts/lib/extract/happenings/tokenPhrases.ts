import type { Token } from './tagText.ts';

/** A phrase found in a token list: tokens `[start, end)` and the values listed for it. */
export interface TokenMatch<T> {
  start: number;
  end: number;
  values: T[];
}

/** The most tokens that `_` in a phrase stands for ("pushed the Borean militia men out" is four). */
const GAP = 4;
/**
 * The most tokens that `__` stands for: the recipient of an ultimatum may be a whole phrase ("gave
 * the Borean units dug in around the Halvane crossing a week to withdraw").
 */
export const LONG_GAP = 12;

// Quotation marks round a word or two inside a phrase ("drove "enemy forces" out") end no clause:
// a gap spans a quotation it holds whole, as it spans the words quoted; one that opens or closes
// a quotation in the gap ("would "totally freeze" relations") joins words inside it to words outside.
const QUOTE_MARK = /^["“”‘’]$/;

/** A phrase's word, or a gap: `null` for up to four tokens, a number for up to that many. */
export type PhraseWord = string | null | number;

interface Phrase<T> {
  words: PhraseWord[];
  values: T[];
}

/**
 * Builds a finder of listed phrases in a tagged text. A phrase is given as its words, already split
 * the way the tagger splits text (`null` for a gap of up to four tokens); a word matches a token
 * when it is one of the token's keys (see tokenKeys). A gap never spans punctuation.
 * @example tokenPhrases([[['open', 'fire'], 'attack']])(tokens, keys) // [{ start: 2, end: 4, values: ['attack'] }]
 */
export function tokenPhrases<T>(entries: Iterable<readonly [words: readonly PhraseWord[], value: T]>) {
  const byFirst = new Map<string, Phrase<T>[]>();
  const seen = new Map<string, Phrase<T>>();
  for (const [words, value] of entries) {
    const id = words.map((w) => (w === null ? '_' : typeof w === 'number' ? `_${w}` : w)).join(' ');
    const known = seen.get(id);
    if (known) {
      if (!known.values.includes(value)) known.values.push(value);
      continue;
    }
    const phrase = { words: [...words], values: [value] };
    seen.set(id, phrase);
    const first = words[0];
    if (typeof first !== 'string') throw new Error(`a phrase may not start with a gap: "${id}"`);
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }

  /** The end of `phrase` matched from token `at`, or -1. */
  const endOf = (phrase: Phrase<T>, tokens: readonly Token[], keys: readonly string[][], at: number, limit: number): number => {
    let i = at;
    for (let w = 0; w < phrase.words.length; w++) {
      const word = phrase.words[w]!;
      if (typeof word !== 'string') {
        const next = phrase.words[w + 1] as string;
        let found = -1;
        let marks = 0;
        for (let skip = 0; skip <= (word ?? GAP) && i + skip < limit; skip++) {
          if (keys[i + skip]!.includes(next) && marks % 2 === 0) {
            found = i + skip;
            break;
          }
          const mark = QUOTE_MARK.test(tokens[i + skip]!.text);
          if (mark) marks++;
          if (tokens[i + skip]!.pos === 'PUNCT' && tokens[i + skip]!.text !== '-' && !mark) break;
        }
        if (found < 0) return -1;
        i = found + 1;
        w++;
        continue;
      }
      if (i >= limit || !keys[i]!.includes(word)) return -1;
      i++;
    }
    return i;
  };

  // Every phrase at every token of a token list, found once and kept while the list lives: the
  // rules ask again of each happening's clause, which a sentence of many happenings made quadratic.
  // A phrase found up to a limit is one found with none that ends by it (a gap takes the first
  // place its next word is found), so the phrases of any stretch are the stretch's share of these.
  const everywhere = new WeakMap<readonly string[][], { tokens: readonly Token[]; matches: TokenMatch<T>[]; firstAt: Int32Array }>();
  const indexOf = (tokens: readonly Token[], keys: readonly string[][]) => {
    let index = everywhere.get(keys);
    if (index?.tokens !== tokens) {
      const matches: TokenMatch<T>[] = [];
      const firstAt = new Int32Array(tokens.length + 1);
      for (let i = 0; i < tokens.length; i++) {
        firstAt[i] = matches.length;
        for (const key of keys[i]!) {
          for (const phrase of byFirst.get(key) ?? []) {
            const end = endOf(phrase, tokens, keys, i, tokens.length);
            if (end > i) matches.push({ start: i, end, values: phrase.values });
          }
        }
      }
      firstAt[tokens.length] = matches.length;
      everywhere.set(keys, (index = { tokens, matches, firstAt }));
    }
    return index;
  };

  return {
    /** Every listed phrase that starts at a token of `[from, to)` and ends by `to`, all lengths. */
    all(tokens: readonly Token[], keys: readonly string[][], from = 0, to = tokens.length): TokenMatch<T>[] {
      const { matches, firstAt } = indexOf(tokens, keys);
      const found: TokenMatch<T>[] = [];
      for (let k = firstAt[from]!, last = firstAt[to]!; k < last; k++) {
        const m = matches[k]!;
        if (m.end <= to) found.push({ start: m.start, end: m.end, values: m.values });
      }
      return found;
    },
    /** The longest phrase at each place, left to right, never overlapping; equal spans share their values. */
    longest(tokens: readonly Token[], keys: readonly string[][], from = 0, to = tokens.length): TokenMatch<T>[] {
      const all = this.all(tokens, keys, from, to);
      const byStart = new Map<number, TokenMatch<T>>();
      for (const m of all) {
        const best = byStart.get(m.start);
        if (!best || m.end > best.end) byStart.set(m.start, { ...m, values: [...m.values] });
        else if (m.end === best.end) for (const v of m.values) if (!best.values.includes(v)) best.values.push(v);
      }
      const found: TokenMatch<T>[] = [];
      let reached = from;
      for (const m of [...byStart.values()].sort((a, b) => a.start - b.start)) {
        if (m.start < reached) continue;
        found.push(m);
        reached = m.end;
      }
      return found;
    },
  };
}
