import { MONTH_NAMES } from './calendarNames.ts';

/**
 * Month names of the languages whose sites English reports are most often pasted from with their
 * page stamps (Turkish, French, Spanish, Portuguese, Italian, German, Dutch, Indonesian), each with
 * its month number; spellings without their accents too, as pages and transliterations drop them.
 * Source: the Unicode CLDR's wide month names for tr, fr, es, pt, it, de, nl and id.
 */
export const FOREIGN_MONTHS: Readonly<Record<string, number>> = {
  // Turkish
  ocak: 1, şubat: 2, subat: 2, mart: 3, nisan: 4, mayıs: 5, mayis: 5, haziran: 6, temmuz: 7, ağustos: 8, agustos: 8, eylül: 9, eylul: 9, ekim: 10, kasım: 11, kasim: 11, aralık: 12, aralik: 12,
  // French
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  // Spanish
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, setiembre: 9, septiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  // Portuguese
  janeiro: 1, fevereiro: 2, março: 3, marco: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, dezembro: 12,
  // Italian
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  // German and Dutch
  januar: 1, februar: 2, märz: 3, marz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12, januari: 1, februari: 2, maart: 3, mei: 5, augustus: 8,
  // Indonesian
  maret: 3, agustus: 8, desember: 12, nopember: 11,
};

// The English abbreviations a stamp line is rewritten to: "Jan" … "Dec".
const ABBREVIATIONS = MONTH_NAMES.map((name) => name.slice(0, 3));

// Longest first, so that "septembre" is not read as "sept" and the rest.
const NAMES = Object.keys(FOREIGN_MONTHS).sort((a, b) => b.length - a.length);
// Only beside a day or a year, as in a date ("Ocak 23", "23 de enero", "4. März 2024"): a name
// alone is more often a person's ("By Mai Nguyen", "Mayo Smith").
const NAME = new RegExp(String.raw`(?:(?<=\d\.?\s+(?:de\s+)?)|(?<![\p{L}\p{M}])(?=(?:${NAMES.join('|')})\.?\s+\d))(?:${NAMES.join('|')})(?![\p{L}\p{M}])`, 'giu');
// "23 de enero de 2024", "3 de março": the Spanish and Portuguese "de" around a month, no word of a stamp's own.
const DE = new RegExp(String.raw`(?<=\d\s+)de(?=\s+(?:${NAMES.join('|')})(?![\p{L}\p{M}]))|(?<=(?:${NAMES.join('|')})\s+)de(?=\s+\d)`, 'giu');

/**
 * A line with its foreign month names written as English abbreviations, padded to keep every
 * offset ("Ocak 23, 2024" → "Jan  23, 2024", "23 de enero de 2024" → "23    Jan      2024"), so
 * that a page stamp in the site's own language reads as the grammar reads English. For stamp
 * lines only: in running text "Mars", "Mart" or "mai" are other words.
 * @example englishMonths('Ocak 23, 2024') // 'Jan  23, 2024'
 */
export function englishMonths(line: string): string {
  return line.replace(DE, '  ').replace(NAME, (m) => {
    const month = FOREIGN_MONTHS[m.toLocaleLowerCase('tr')] ?? FOREIGN_MONTHS[m.toLowerCase()];
    return month === undefined ? m : ABBREVIATIONS[month - 1]! + ' '.repeat(m.length - 3);
  });
}
