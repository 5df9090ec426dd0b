import type { Kind } from './ontology.ts';
import type { Shape } from './shapePath.ts';

/**
 * The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), whose colours stay apart
 * for readers with the common colour-vision deficiencies. src/styles/global.css sets each kind's
 * colour, `--kind-<kind>`, to its entry here (a test holds the two together); in dark mode black
 * becomes near-white so the mark stays visible.
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#e69f00',
  'sky-blue': '#56b4e9',
  'bluish-green': '#009e73',
  yellow: '#f0e442',
  blue: '#0072b2',
  vermillion: '#d55e00',
  'reddish-purple': '#cc79a7',
} as const;

export type OkabeIto = keyof typeof OKABE_ITO;

// Twelve kinds and eight colours: kinds that share a colour are of one family (fighting and
// strikes, talks and diplomacy…) and never share a shape. Each shape means one kind, so the
// shape alone tells every kind apart, without colour. Without labels, these are all the browser
// needs (its words come from the page).
export const KIND_LOOKS: Record<Kind, { colour: OkabeIto; shape: Shape }> = {
  fighting: { colour: 'vermillion', shape: 'triangle' },
  strike: { colour: 'vermillion', shape: 'star' },
  civilians: { colour: 'reddish-purple', shape: 'times' },
  protest: { colour: 'yellow', shape: 'wye' },
  ceasefire: { colour: 'bluish-green', shape: 'circle' },
  talks: { colour: 'blue', shape: 'square' },
  diplomacy: { colour: 'blue', shape: 'bowtie' },
  statement: { colour: 'sky-blue', shape: 'triangle-down' },
  accusation: { colour: 'black', shape: 'triangle-right' },
  detention: { colour: 'black', shape: 'hourglass' },
  humanitarian: { colour: 'orange', shape: 'cross' },
  measure: { colour: 'sky-blue', shape: 'diamond' },
};
