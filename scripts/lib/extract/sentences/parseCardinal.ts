import nlp from 'compromise';

const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(thousand|million|billion|m|bn))?$/i;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 };
const cache = new Map<string, number | undefined>();

/**
 * The value of a cardinal number written in digits or words, or `undefined` if it is not one.
 * Digits are read here; words ("seventy", "two million") by compromise.
 * @example parseCardinal('two million') // 2000000
 */
export function parseCardinal(text: string): number | undefined {
  const phrase = text.trim().replace(/\s+/g, ' ');
  const digits = DIGITS.exec(phrase);
  if (digits) {
    const value = Number(`${digits[1]!.replace(/,/g, '')}${digits[2] ? `.${digits[2]}` : ''}`);
    return Math.round(value * (digits[3] ? SCALE[digits[3].toLowerCase()]! : 1));
  }
  const lower = phrase.toLowerCase().replace(/^an? (?=hundred|thousand|million|billion)/, 'one ');
  if (!cache.has(lower)) {
    const numbers = nlp(lower).numbers();
    // Only a phrase that is wholly one number counts: "two countries" is not a cardinal.
    const whole = numbers.length === 1 && numbers.text().replace(/[,.]$/, '') === lower;
    cache.set(lower, whole ? (numbers.get() as number[])[0] : undefined);
  }
  return cache.get(lower);
}
