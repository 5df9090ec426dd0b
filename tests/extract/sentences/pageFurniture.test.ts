import { describe, expect, test } from 'vitest';
import { isFurniture, pageFurniture } from '../../../scripts/lib/extract/sentences/pageFurniture.ts';

// Invented pages of an invented border (Arland and Borea), pasted as a maintainer would paste them.
const lede = 'Arlandian and Borean soldiers exchanged fire across the river on Tuesday, officials said.';
const next = 'The shooting stopped by nightfall, and both sides called in the other’s envoy.';
const furniture = (...lines: string[]) => pageFurniture(lines.join('\n')).map((s) => s.text);

describe('pageFurniture finds the site’s lines around a pasted report', () => {
  test.each([
    ['a block of links under a label, to the next line of text', ['Related stories', 'Two killed as border clash flares | 3 days ago', 'Envoy summoned over drone · 5h ago', 'What lies behind the river dispute?'], ['Related stories', 'Two killed as border clash flares | 3 days ago', 'Envoy summoned over drone · 5h ago', 'What lies behind the river dispute?']],
    ['links whose stamps are days', ['More on this story', 'Border Clash Ends | 4 March 2024', 'Envoys Recalled - March 2, 2024'], ['More on this story', 'Border Clash Ends | 4 March 2024', 'Envoys Recalled - March 2, 2024']],
    ['a single link on its own line', ['Read more: Two soldiers killed as border clash flares', 'RELATED: Borea shuts crossing'], ['Read more: Two soldiers killed as border clash flares', 'RELATED: Borea shuts crossing']],
    ['captions with their credits', ['Residents leave homes near the river after shelling. Photo: Staff photographer', 'Troops patrol the river road on Monday. WIRE/Lina Ortiz', 'FILE PHOTO: A border post near Velmora', 'Smoke rises over the hills (Photograph by Mira Quell)'], ['Residents leave homes near the river after shelling. Photo: Staff photographer', 'Troops patrol the river road on Monday. WIRE/Lina Ortiz', 'FILE PHOTO: A border post near Velmora', 'Smoke rises over the hills (Photograph by Mira Quell)']],
    ['the site’s controls and slots', ['Skip to main content', 'Advertisement', 'Story continues below advertisement', 'Share this article', '4 min read', 'Home > World > Asia', 'World | Asia | Politics'], ['Skip to main content', 'Advertisement', 'Story continues below advertisement', 'Share this article', '4 min read', 'Home > World > Asia', 'World | Asia | Politics']],
  ])('%s', (_, lines, expected) => {
    expect(furniture(lede, ...lines, next)).toEqual(expected);
  });
});

describe('pageFurniture leaves the report’s own text', () => {
  test.each([
    ['sentences of news, a headline and a subheading', ['Arland and Borea trade fire', lede, 'Talks in doubt', next]],
    ['a block of links ends at the first sentence of text', ['Related', 'Two killed as border clash flares', lede, next]],
    ['a sentence that names a photo or an image', ['The photo shows troops at the river, officials said.', 'Borea said the image was faked and that no soldier crossed: it was taken in 2019.']],
    ['a sentence that reads more like a list', ['More than 200 families were moved from Velmora: the army said it would send trucks.']],
    ['a long paragraph with an agency-like slash', ['The ARLAND/BOREA joint commission, set up in 2019 to mark the river border, met on Monday for the first time in a year and agreed to meet again within a month.']],
  ])('%s', (_, lines) => {
    expect(furniture(...lines).filter((l) => l !== 'Related' && l !== 'Two killed as border clash flares')).toEqual([]);
  });

  test('gives offsets into the body, so that a sentence in a furniture line is known by them', () => {
    const body = [lede, 'Read more: Border shut', next].join('\n');
    const found = pageFurniture(body);
    expect(body.slice(found[0]!.start, found[0]!.end)).toBe('Read more: Border shut');
    expect(isFurniture({ start: body.indexOf('Border shut'), end: body.indexOf('Border shut') + 11 }, found)).toBe(true);
    expect(isFurniture({ start: 0, end: lede.length }, found)).toBe(false);
  });

  test('reads a long bar of sections that is not one in time linear in its length', () => {
    // Sixty bars and then a figure: a pattern that could read a space two ways took 0.5 s at 22
    // bars and doubled with each one more; this would never finish.
    expect(pageFurniture(`${'World | '.repeat(60)}1`)).toEqual([]);
    expect(pageFurniture(`Home >${' ab'.repeat(50_000)} 1`)).toEqual([]);
  });
});
