import { describe, expect, test } from 'vitest';
import { typeForm as formOf } from '../src/lib/typeForm.ts';
import { compiled } from './helpers/lexicon.ts';

const quotes = (...texts: string[]) => texts.map((quote, i) => ({ source: `${i}.txt`, quote }));
const forms = (type: string) => compiled.lexicon.ontology.types[type]?.forms;

// The form's English label, as the English titles give it.
const typeForm = (...args: Parameters<typeof formOf>) => formOf(...args)?.label;

describe('typeForm', () => {
  test('names a strike by what the reports say hit', () => {
    expect(typeForm(forms('air-strike'), quotes('Two drones struck a fuel depot near the pass.'))).toBe('Drone strike');
    expect(typeForm(forms('air-strike'), quotes('Jets bombed a bridge at dawn.'))).toBe('Air strike');
    expect(typeForm(forms('shelling'), quotes('Artillery pounded the ridge for hours.'))).toBe('Artillery fire');
  });

  test('matches a word at the start of a word only, in any inflection', () => {
    expect(typeForm(forms('envoy-recalled'), quotes('The ministry expelled two attachés.'))).toBe('Envoy expelled');
    // "recall" inside another word is no recall; nothing else matches, and the type has no plain form.
    expect(typeForm(forms('envoy-recalled'), quotes('Officials spoke of an unrecallable slight.'))).toBeUndefined();
  });

  test('names an envoy "called in" by the other side summoned, not recalled', () => {
    expect(typeForm(forms('envoy-recalled'), quotes('Velmora called in the Arlandese chargé over the seized trawler.'))).toBe('Envoy summoned');
    expect(typeForm(forms('envoy-recalled'), quotes('Borea is calling in the ambassador a second time this week.'))).toBe('Envoy summoned');
  });

  test('takes the form most quotes use, and the form listed first on a tie', () => {
    const border = forms('border-closed');
    expect(typeForm(border, quotes('Guards shut the crossing.', 'The crossing was reopened on Friday.', 'Traders said it reopened at noon.'))).toBe('Border reopened');
    expect(typeForm(border, quotes('The crossing was reopened after being closed for a week.'))).toBe('Border reopened');
  });

  test('falls back to the form without words when no form is named', () => {
    expect(typeForm(forms('decision'), quotes('The cabinet met late into the night.'))).toBe('Government decision');
    expect(typeForm(forms('decision'), quotes('Voters went to the polls on Sunday.'))).toBe('Election');
    expect(typeForm(forms('talks'), quotes('The two commanders spoke over the hotline.'))).toBe('Phone call');
    expect(typeForm(forms('talks'), quotes('The two commanders met at the pass.'))).toBe('Meeting');
  });

  test('gives nothing for a type with no forms', () => {
    expect(typeForm(forms('armed-clash'), quotes('Troops clashed.'))).toBeUndefined();
  });
});
