/**
 * The parties a joined name gives, as the extractor writes a doer or speaker of several ("Arland,
 * Borea and Cordia"): two reports share a side when their lists share a name.
 * @example partiesOf('Arland and Borea') // ['Arland', 'Borea']
 */
export const partiesOf = (names: string): string[] => names.split(/,\s*|\s+and\s+/);
