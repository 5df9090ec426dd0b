/**
 * What a Thai or Khmer title or summary template may name: the event's facts as the data keeps
 * them, each written in the edition's words (src/i18n/localiseEvent.ts fills them). The English
 * templates' {who}, {says} and {about} are the article's own words, which an edition cannot use.
 */
export const EDITION_PLACEHOLDERS = ['what', 'place', 'actors', 'speaker', 'addressee', 'date', 'name'] as const;
export type EditionPlaceholder = (typeof EDITION_PLACEHOLDERS)[number];

/**
 * The facts an edition's form must name wherever its English form does: without them two clashes
 * in different places, or two statements by different speakers, would read alike.
 */
export const KEPT_PLACEHOLDERS = ['place', 'actors', 'speaker', 'addressee', 'name', 'date'] as const satisfies readonly EditionPlaceholder[];
