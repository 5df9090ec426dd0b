import { expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { placesStruck } from '../../../scripts/lib/extract/sentences/placesStruck.ts';
import { invented } from '../../helpers/lexicon.ts';

/** The places struck in a sentence, read with the sentence's own triggers. Sentences of no real report. */
const struck = (text: string) => placesStruck(text, analyseSentence({ start: 0, end: text.length, text }, 0, invented).triggers, invented).map((p) => p.name);

test.each([
  ['Borean artillery shelled the Kelvask Pass on Monday.', ['Kelvask Pass']],
  ['Borean gunmen attacked the village of Velmora on Monday.', ['Velmora']],
  ['Borean artillery shelled Velmora and Ondria on Monday.', ['Velmora']],
])('placesStruck reads the object of an act of violence as its place: "%s"', (text, places) => {
  expect(struck(text)).toEqual(places);
});

test.each([
  // A place that owns what was hit is not it.
  ["Borean artillery shelled Ondria's border posts on Monday."],
  // A place after a preposition is no object: other rules read it.
  ['Borean artillery shelled positions near Velmora on Monday.'],
  // Talks are no violence: where they went is not struck.
  ['Arland and Borea held talks in Velmora on Monday.'],
])('placesStruck finds no place struck in "%s"', (text) => {
  expect(struck(text)).toEqual([]);
});
