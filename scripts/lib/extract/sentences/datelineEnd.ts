// A wire dateline that opens a story's first sentence: a place in capitals, or in title case
// with a date, an agency in brackets, then a dash or a colon.
//   "BANGKOK -"  "PHNOM PENH, July 25 (Agency) -"  "Kuala Lumpur, 3 March 2026 (Bernama) —"
const CAPITALS = /^\s*\p{Lu}{2,}[\p{Lu}\p{M}.'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}\p{M}.'’-]*){0,3}(?:,\s*[^-–—:()\n]{1,40}?)?\s*(?:\([^)\n]{1,40}\)\s*)?(?:--|[-–—:])\s+/u;
// Some wires print no dash after the agency: "Velmora, Mar 14 (AW) Troops…".
const TITLE_DATED = /^\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}(?:,\s*\p{L}[\p{L} .'’-]*?)?,\s*[^()\n]{3,40}?\s*\([^)\n]{1,40}\)\s*(?:(?:--|[-–—:])\s+|(?=\p{Lu}))/u;
// A place in capitals and a day and month closed by a full stop: "ARLANDIA CITY, 14 Mar. Troops…".
const CAPITALS_STOP = /^\s*\p{Lu}{2,}[\p{Lu}\p{M}.'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}\p{M}.'’-]*){0,3},\s*(?:\d{1,2}\s+\p{L}{3,9}|\p{L}{3,9}\.?\s+\d{1,2})\.\s+(?=\p{Lu})/u;

/**
 * Where the wire dateline a sentence opens with ends, or 0: its place is where the story was
 * filed, never who spoke or acted.
 * @example datelineEnd("BANGKOK - Malaysia's prime minister urged calm.") // 10
 */
export function datelineEnd(text: string): number {
  return (CAPITALS.exec(text) ?? TITLE_DATED.exec(text) ?? CAPITALS_STOP.exec(text))?.[0].length ?? 0;
}
