import type { Mention } from '../mentions/buildMentions.ts';

/**
 * Whether two measures one article tells are of different types, and so two measures: "On Sunday
 * Arland mobilised its reserve and declared a state of emergency", and below, "its air
 * defences brought down two Borean drones". Across articles the types say less: one report's
 * "drills" is another's "deployment" of the same ships, and a retelling keeps its group.
 * @example otherMeasure({ kind: 'measure', type: 'decision', source: 'a.txt' }, { kind: 'measure', type: 'deployment', source: 'a.txt' }) // true
 */
export const otherMeasure = (a: Told, b: Told): boolean =>
  a.kind === 'measure' && b.kind === 'measure' && a.source === b.source && a.type !== undefined && b.type !== undefined && a.type !== b.type &&
  ((a.type !== OTHER && b.type !== OTHER) || a.sentence === b.sentence || a.time?.date !== b.time?.date || byOther(a, b));
/** What otherMeasure reads of a report; without a sentence and a day, each report is of its own. */
type Told = Pick<Mention, 'kind' | 'type' | 'source'> & Partial<Pick<Mention, 'sentence' | 'time'>> & { actors?: readonly string[] };
/** Whether two reports each name first a party, and not the same one: "the Arlandese minister flew over", "Borean jets entered". */
const byOther = (a: Told, b: Told) => Boolean(a.actors?.[0] && b.actors?.[0] && a.actors[0] !== b.actors[0]);
/**
 * The ontology's type for a measure none of its types names ("the army chief toured the border on
 * Thursday"): it tells no measure from another of its day, and the same visit told in another
 * sentence as "he arrived in Dorsk" is read as a deployment. In one sentence, two acts are two
 * measures whatever their types ("called his ministers together and sent six ships to search"),
 * and so are measures of two days ("warning shots during the night", below Friday's ships sent)
 * and measures each report names another party first for ("Borean jets entered the zone" below
 * "the Arlandese minister flew over the islets").
 */
const OTHER = 'other';
