import type { Figure } from '../lib/eventSchema.ts';
import { formatFigureValue } from '../lib/formatFigure.ts';
import { formatNumber } from './formatNumber.ts';
import type { Locale } from './locales.ts';
import { messagesFor } from './messagesFor.ts';

/**
 * A figure's value as formatFigureValue writes it ("≥80", "24–99", "3 days"), in an edition's
 * digits and unit words: the same signs, so a range reads alike in every language.
 * @example formatFigureIn({ min: 3, max: 3, qualifier: 'exactly', unit: 'days' }, 'km') // '៣ ថ្ងៃ'
 */
export function formatFigureIn(f: Pick<Figure, 'min' | 'max' | 'qualifier' | 'unit'>, locale: Locale): string {
  if (locale === 'en') return formatFigureValue(f, 'en-GB');
  const english = formatFigureValue(f, 'en-GB');
  const [one, many] = messagesFor('en').units[f.unit];
  const [oneHere, manyHere] = messagesFor(locale).units[f.unit];
  // The English value's unit word is the last thing in it; swapped for this language's.
  const unitless = many && english.endsWith(many) ? english.slice(0, -many.length) : one && english.endsWith(one) ? english.slice(0, -one.length) : english;
  const word = english.endsWith(many) ? manyHere : oneHere;
  return `${unitless.replace(/\d[\d,]*/g, (digits) => formatNumber(Number(digits.replace(/,/g, '')), locale))}${word}`;
}
