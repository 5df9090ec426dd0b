import type { Place } from '../eventSchema.ts';

/**
 * A place as a reader or a calendar finds it: its name, then its province and country where
 * they add something ("Ta Kwai temple, Surin, Thailand"; "Chanthaburi, Thailand"; "Thailand").
 * @example placeLabel({ name: 'Poipet', admin1: 'Banteay Meanchey', country: 'Cambodia' }) // 'Poipet, Banteay Meanchey, Cambodia'
 */
export function placeLabel(place: Pick<Place, 'name' | 'admin1' | 'country'>): string {
  const parts = [place.name];
  for (const part of [place.admin1, place.country]) if (part && !parts.includes(part)) parts.push(part);
  return parts.join(', ');
}
