/**
 * A name as two reports are compared by it: without its letters' accents, in lower case. One
 * report spells a speaker "Ana Ruíz" or "Lena Ferrín", another, typed on a plain keyboard, "Ana Ruiz"
 * or "Lena Ferrin": the same person, the same body, the same meeting.
 * @example nameKey('Prime Minister Lena Ferrín') === nameKey('Prime Minister Lena Ferrin') // true
 */
export const nameKey = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
