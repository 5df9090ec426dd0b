/**
 * The id of a place's row in the map's table, which its mark links to: letters and digits of its
 * name, lower-cased, joined by hyphens.
 * @example placeAnchor('Ta Kwai temple') // 'place-ta-kwai-temple'
 */
export function placeAnchor(name: string): string {
  const slug = name.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return `place-${slug || 'unnamed'}`;
}
