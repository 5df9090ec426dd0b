import { describe, expect, test } from 'vitest';
import { findHappenings } from '../../../scripts/lib/extract/happenings/findHappenings.ts';
import { rules } from '../../helpers/lexicon.ts';

// Invented sentences (Arland and Borea are no real countries).
const toldOf = (text: string, type: string) => findHappenings(text, rules).find((h) => h.type === type)?.told;

describe('findAttributions: a passive verb of telling raised over the doer is hearsay with no teller', () => {
  test.each([
    ['Borean soldiers are reported to have crossed into Ondria.', 'deployment'],
    ['Barely a day after Arland told Borea to withdraw, Borean soldiers are reported to have crossed into Ondria.', 'deployment'],
    ['Borean troops were widely believed to have shelled the village.', 'shelling'],
    ['Borean troops are alleged to have shelled the village.', 'shelling'],
  ])('%s → a claim no one is named as making', (text, type) => {
    const told = toldOf(text, type);
    expect(told?.claim).toBe(true);
    expect(told?.by).toBeUndefined();
  });

  test.each([
    // A hearer after "to", not a raised verb.
    ['The shelling was reported to the police by villagers.', 'shelling'],
  ])('%s → no hearsay', (text, type) => {
    expect(toldOf(text, type)?.claim).not.toBe(true);
  });

  test.each([
    ['Shops stood empty in Kelvask on Sunday, and there were reports that gunmen were looting them.', 'property-destruction'],
    ['There were unconfirmed reports that 20 Borean soldiers had been killed.', 'armed-clash'],
    ['Arland shelled the Halvane crossing on Friday amid reports that Borea had sent reinforcements.', 'deployment'],
    ['At first there was talk, and some reports, that Ondrian militiamen had shelled the depot.', 'shelling'],
    ['There were persistent rumours that Borean troops had crossed into Ondria.', 'deployment'],
    // A fronted adverbial set off by a comma does not end the hearsay that follows it.
    ['Early on, there was talk, and a rumour or two, that Ondrian militiamen had shelled the depot.', 'shelling'],
    ['On Monday, there were reports that Borean troops had crossed into Ondria.', 'deployment'],
  ])('%s → reports no one stands behind are a claim', (text, type) => {
    expect(toldOf(text, type)?.claim).toBe(true);
  });

  test('the act a hearsay is told beside is not made a claim by it', () => {
    expect(toldOf('Arland shelled the Halvane crossing on Friday amid reports that Borea had sent reinforcements.', 'shelling')?.claim).not.toBe(true);
  });

  test('the statement before the hearsay is not told by it', () => {
    const statement = findHappenings('Barely a day after Arland told Borea to withdraw, Borean soldiers are reported to have crossed into Ondria.', rules).find((h) => h.type === 'statement');
    expect(statement?.told).toBeUndefined();
  });
});

describe('findAttributions: "…, told reporters" after a comma names the hearer, not the teller', () => {
  test.each([
    ['Borea must free the fishermen, Lena Ferrin, the Arlandese envoy, told reporters in Velmora.', 'reporters'],
    ['Borean guns shelled the Halvane crossing, a senior officer in Ondria, told journalists.', 'journalists'],
  ])('%s → told to %s, by no one after the verb', (text, hearer) => {
    const telling = findHappenings(text, rules).find((h) => h.told !== undefined)?.told;
    expect(telling?.to?.text).toBe(hearer);
    expect(telling?.by?.text).not.toBe(hearer);
  });

  test('an inverted saying still names its teller after the verb: "…, said the army"', () => {
    expect(toldOf('Borean guns shelled the Halvane crossing, said the Arlandese army.', 'shelling')?.by?.text).toMatch(/army/);
  });
});

describe('findAttributions: a report set off by commas with its own day still tells what came before it', () => {
  test('"…, its president announced on Thursday, as …" tells the closure', () => {
    const told = toldOf('Borea will close the Halvane crossing later this week, President Ana Ruiz announced on Thursday, as a dispute over a canal grew sharper.', 'border-closed');
    expect(told?.frame.text).toBe('announced');
    expect(told?.by?.text).toBe('President Ana Ruiz');
  });

  test('"…, told Bernama, the agency" is a hearer, not a day: the clause after it is not set off', () => {
    const told = toldOf('Reinforcements pour into Kelvask as the hunt goes on, a deputy minister told Velmora News, the state agency; he urged calm.', 'deployment');
    expect(told).toBeUndefined();
  });
});

describe('findAttributions: a teller placed by where they stood', () => {
  test('"…, a journalist at the site said" tells what comes before, and the journalist tells it', () => {
    const told = toldOf('Borean troops shelled the Halvane crossing, a journalist at the site said.', 'shelling');
    expect(told?.by?.text).toBe('a journalist');
  });
});
