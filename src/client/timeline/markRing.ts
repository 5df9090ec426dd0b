/** The ring round the selected mark (and, thinner, the hovered one): its gap beyond the mark's radius and its line widths. */
export const MARK_RING = { gap: 4, selected: 3, hovered: 1.5 } as const;

/**
 * How far a mark's ring reaches from its centre, its line's outer half included: a title beside a
 * mark starts beyond it, so the ring never crosses the title's text when its event is selected.
 * @example ringReach(7) // 7 + 4 + 1.5 = 12.5
 */
export const ringReach = (radius: number): number => radius + MARK_RING.gap + MARK_RING.selected / 2;
