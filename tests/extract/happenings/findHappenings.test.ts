import { describe, expect, test } from 'vitest';
import { findHappenings } from '../../../scripts/lib/extract/happenings/findHappenings.ts';
import { rules } from '../../helpers/lexicon.ts';

const types = (text: string) => findHappenings(text, rules).map((h) => h.type);
const only = (text: string) => {
  const found = findHappenings(text, rules);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findHappenings types what a clause reports by who did what to whom', () => {
  test.each([
    ['Rebels shelled the town overnight.', 'shelling'],
    ['Warplanes bombed a fuel depot on Tuesday.', 'air-strike'],
    ['Gunmen attacked a wedding party in the village.', 'attack-on-civilians'],
    ['Insurgents attacked an army checkpoint at dawn.', 'armed-clash'],
    ['A landmine blast wounded three soldiers near the border.', 'explosive'],
    ['A grenade was hurled at a police patrol.', 'grenade'],
    ['Two suicide bombers blew themselves up outside a stadium.', 'suicide-bomb'],
    ['Police fired tear gas to disperse the protesters.', 'protest-with-intervention'],
    ['Hundreds of students marched peacefully to the parliament.', 'peaceful-protest'],
    ['Rioters threw stones at the police and set cars on fire.', 'violent-demonstration'],
    ['Police seized rifles and ammunition from a farmhouse.', 'disrupted-weapons'],
    ['Government troops recaptured the district from the rebels.', 'territory-regained'],
    ['Militants seized two villages after heavy fighting.', 'territory-taken'],
    ['The army set up a new outpost on the ridge.', 'base-established'],
    ['The government expelled two diplomats on Friday.', 'envoy-recalled'],
    ['The two sides agreed a truce after a week of clashes.', 'ceasefire'],
    ['Smugglers were caught with 40 kilograms of heroin at the port.', 'organised-crime'],
    ['Floods swept through the valley, killing nine people.', 'natural-disaster'],
    ['A boiler exploded at a chemical plant, injuring four workers.', 'man-made-disaster'],
  ])('%s → %s', (text, type) => {
    const found = types(text);
    expect(found[0]).toBe(type);
  });

  test('reads "cease fire", "cease hostilities" and "halt the fighting" as a ceasefire, not as fighting', () => {
    expect(types('The commanders agreed to cease fire at noon.')).toEqual(['ceasefire']);
    expect(types('Both armies pledged to cease hostilities.')).toEqual(['statement', 'ceasefire']);
    expect(types('The envoy asked them to halt the fighting.')).not.toContain('armed-clash');
  });

  test('takes a ceasefire declared in a joint statement for a ceasefire, not a statement', () => {
    expect(types('A ceasefire declared in a joint statement took effect on Sunday.')).toEqual(['ceasefire']);
  });

  test('names the kind of a type and keeps non-conflict types apart', () => {
    expect(only('Rebels shelled the town overnight.')).toMatchObject({ type: 'shelling', kind: 'strike', conflict: true });
    expect(findHappenings('An earthquake struck the coast.', rules)[0]).toMatchObject({ type: 'natural-disaster', conflict: false });
    expect(findHappenings('An earthquake struck the coast.', rules)[0]!.kind).toBeUndefined();
  });

  test('gives the trigger and its clause as offsets into the text', () => {
    const text = 'Talks ended. Rebels shelled the town, officials said.';
    const h = findHappenings(text, rules).find((x) => x.type === 'shelling')!;
    expect(text.slice(h.trigger.start, h.trigger.end)).toBe('shelled');
    expect(h.sentence).toBe(1);
    expect(h.clause.text).toBe('Rebels shelled the town, officials said.');
  });
});

describe('findHappenings reads how a happening is asserted', () => {
  test('marks a denied happening', () => {
    expect(only('No clashes were reported overnight.')).toMatchObject({ type: 'armed-clash', negated: true });
    expect(only('The troops did not attack the post.')).toMatchObject({ negated: true });
  });

  test('marks a feared, possible, planned, proposed or demanded one', () => {
    expect(only('Officials fear that fighting could resume.')).toMatchObject({ type: 'armed-clash', modality: 'feared', negated: false });
    expect(only('The ministers will meet in the capital next week.')).toMatchObject({ type: 'talks', modality: 'planned', tense: 'future' });
    expect(findHappenings('Cambodia proposed a meeting of defence ministers.', rules).find((h) => h.type === 'talks')).toMatchObject({ modality: 'proposed' });
    expect(findHappenings('The talks would resume if the shelling stopped.', rules).map((h) => h.modality)).toEqual(['possible', 'possible']);
  });

  test('a gerund marker governs its object, not what a relative participle after it tells', () => {
    const found = findHappenings('Both sides agreed to work toward reviving a months-old truce first brokered under the Jakarta Peace Accord in March.', rules);
    expect(found.find((h) => h.trigger.text === 'truce')?.modality).toBe('attempted');
    const accord = found.find((h) => h.trigger.text === 'Peace Accord');
    expect(accord).toMatchObject({ type: 'peace-agreement' });
    expect(accord!.modality).toBeUndefined();
  });

  test('takes tense from the trigger\'s own clause, not from a "would" in another', () => {
    const [retreat, shelling] = findHappenings('Troops withdrew on Monday, and the shelling would continue.', rules);
    expect(retreat).toMatchObject({ type: 'deployment', tense: 'past' });
    expect(retreat!.modality).toBeUndefined();
    expect(shelling).toMatchObject({ type: 'shelling', modality: 'possible' });
  });

  test('says who told it, and when it is one side\'s claim', () => {
    const h = only('The army said rebels shelled the village on Monday.');
    expect(h).toMatchObject({ type: 'shelling', agent: { text: 'rebels' }, patient: { text: 'the village' }, told: { by: { text: 'The army' }, claim: false } });
    expect(only('Rebels shelled the village, the governor said.').told).toMatchObject({ by: { text: 'the governor' } });
    const [accusation, shelling] = findHappenings('Thailand accused Cambodia of firing rockets at a hospital.', rules);
    expect(accusation).toMatchObject({ type: 'accusation', speaker: { text: 'Thailand' }, addressee: { text: 'Cambodia' } });
    expect(shelling).toMatchObject({ type: 'shelling', told: { by: { text: 'Thailand' }, claim: true } });
  });

  test('names who spoke in a statement and to whom', () => {
    expect(only('ASEAN urged both countries to show restraint.')).toMatchObject({ type: 'statement', speaker: { text: 'ASEAN' }, addressee: { text: 'both countries' } });
  });

  test('marks what is told as the cause of the news as background', () => {
    const found = findHappenings('The government imposed sanctions over the bombing of its embassy.', rules);
    expect(found.map((h) => [h.type, h.background])).toEqual([['sanction', false], ['explosive', true]]);
  });

  test('does not take a noun that modifies another, a compound modifier or a name for a happening', () => {
    expect(types('He heads the explosives unit.')).toEqual([]);
    expect(types('Troops patrolled the rebel-held district.')).toEqual([]);
    expect(types('Members of the Alliance for a Free Homeland spoke to the press on Tuesday in the capital.')).not.toContain('release');
  });
});
