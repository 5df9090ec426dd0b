import { describe, expect, test } from 'vitest';
import { findHappenings } from '../../../scripts/lib/extract/happenings/findHappenings.ts';
import { compileHappenings } from '../../../scripts/lib/extract/happenings/compileHappenings.ts';
import { lexicon, rules } from '../../helpers/lexicon.ts';

// Kinds of happening that real reports tell in words the lexicon did not read: an airport shut. Every sentence is invented.
const types = (text: string) => findHappenings(text, rules).map((h) => h.type);

describe('an airport shut is a government decision, not a border closed', () => {
  test.each([
    ['Velmora\'s main airport had already closed on Tuesday and Friday.'],
    ['The two airports were shut until dawn on Saturday.'],
    ['Arland closed the airport in its capital for six hours.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('decision');
    expect(types(text)).not.toContain('border-closed');
  });

  test.each([
    ['Arland closed the airport and its crossings with Borea on Sunday.'],
    ['On Friday Arland closed both its airports, as well as the crossings with Borea.'],
    ['Borea closed its airspace to Arlandese aircraft.'],
  ])('crossings or airspace shut with it are still a border closed: %s', (text) => {
    expect(types(text)).toContain('border-closed');
  });

  test('an airport near which something happens closes nothing', () => {
    expect(types('Shells fell close to the airport on Monday.')).not.toContain('decision');
  });
});

describe('aircraft sent up are forces deployed', () => {
  test.each([
    ['The Arlandese general staff ordered a combat helicopter into the air over the area.'],
    ['Borea scrambled two fighter jets on Tuesday.'],
    ['Velmora sent up four warplanes over the border.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('deployment');
  });

  test.each([
    ['Officials in Ondria scrambled to respond to the news.'],
    ['The crew sent up a flare before the boat sank.'],
    ['Arland scrambled two passenger jets to fly stranded tourists home.'],
  ])('what is no warplane, or no aircraft at all, deploys nothing: %s', (text) => {
    expect(types(text)).not.toContain('deployment');
  });
});

describe('captives who come back have been released', () => {
  test.each([
    ['Five Arlandese guards held by Borean militiamen returned to the capital on Saturday evening.'],
    ['Five Arlandese guards who were detained near the border by Borean militiamen returned to the capital on Saturday.'],
    ['The two sailors held by Borea came home on Friday.'],
    ['Five Arlandese guards, who were detained near the border by militiamen, the auxiliaries of the Borean army, returned to the capital on Saturday.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('release');
  });

  test.each([
    ['The Arlandese troops returned to their base on Saturday.'],
    ['Troops who had detained three smugglers returned to base on Friday.'],
    ['Ana Ruiz came back to the capital on Monday.'],
    ['The soldiers, who had guarded the prisoners for a week, returned to their base on Friday.'],
  ])('forces or people held by no one come back from no captivity: %s', (text) => {
    expect(types(text)).not.toContain('release');
  });
});

describe('a border shut or sealed to some end is closed', () => {
  test.each([
    ['Officials said the border with Borea in the north had been shut to keep the gunmen from escaping.'],
    ['Arland sealed the frontier to stop the attackers fleeing into Borea.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('border-closed');
  });

  test('what lies close to the border is not closed', () => {
    expect(types('Two guards were killed close to the border with Borea.')).not.toContain('border-closed');
  });
});

describe('forces that reach or arrive in a place are deployed', () => {
  test.each([
    ['A first contingent, 30 soldiers with four armoured vehicles, reached the Arlandese capital on Thursday.'],
    ['Borean troops reached the border town on Monday.'],
    ['A detachment of Velmoran marines arrived in the port on Friday.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('deployment');
  });

  test.each([
    ['Arland and Borea reached an agreement on Monday.'],
    ['The soldiers reached retirement age last year.'],
    ['The death toll reached 40 on Tuesday.'],
  ])('a deal, an age or a toll reached moves no forces: %s', (text) => {
    expect(types(text)).not.toContain('deployment');
  });

  test('a request to send soldiers that reaches the peacekeepers is no forces arriving', () => {
    const reached = findHappenings('Arland\'s request to send its soldiers back into the province reached the peacekeepers on Friday.', rules)
      .filter((h) => h.trigger.text === 'reached');
    expect(reached).toEqual([]);
  });
});

describe('an apology demanded blames the side it is asked of', () => {
  test.each([
    ['Arland expects an apology from the rulers of Borea, a guard commander said.'],
    ['Velmora demanded an apology and the punishment of those responsible.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('accusation');
  });

  test('an apology given accuses no one', () => {
    expect(types('Borea apologised to Arland for the incident on Monday.')).not.toContain('accusation');
  });
});

describe('an act judged by a word of blame, with a side named in what is judged, is an accusation (judgedAsBlame, the one ruling)', () => {
  const withParties = compileHappenings(lexicon.happenings, lexicon.ontology, { party: ['Arland', 'Arlandese', 'Borea', 'Borean', 'Velmora'], place: [] });
  const charged = (text: string) => findHappenings(text, withParties).map((h) => h.type);
  test.each([
    ['Borea called the detention a cruel act of reprisal by the Arlandese interior minister.'],
    ['Arlandese officials called the Borean manoeuvre a provocation.'],
    // The side named as the land struck sets the act between the sides as the doer would.
    ['The minister called the shelling of Arlandese villages an act of aggression.'],
    // A condemnation that names its object by a charge charges as the calling would.
    ['Arland condemned what it called Borean aggression against its villages.'],
  ])('%s', (text) => {
    expect(charged(text)).toContain('accusation');
  });

  test.each([
    ['Arland called the vote absurd.'],
    // No party named: whose act it was, and so the charge, is left unsaid.
    ['The defence minister called the incursion a provocation.'],
    // The speaker alone is no side charged.
    ['Velmora called the shelling of the province an act of aggression.'],
    // A condemnation whose words charge no side (an unprovoked attack by anyone) is one saying.
    ['Arland condemned what it called an unprovoked attack.'],
  ])('%s', (text) => {
    expect(charged(text)).not.toContain('accusation');
  });
});

describe('an apology made in public is a statement; one demanded, an accusation', () => {
  test.each([
    ['The Arlandese defence minister has apologised to lawmakers for the failure.'],
    ['Ferrin made the apology on Wednesday before the assembly in Velmora.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('statement');
  });

  test('an apology demanded stays a charge', () => {
    expect(types('Arland demanded an apology from Borea.')).toEqual(['accusation']);
  });
});

describe('an envoy called to the foreign ministry is summoned', () => {
  test.each([
    ["Lena Ferrin, Borea's envoy to Arland, was called to Arland's foreign ministry to hear a protest over the patrol boats."],
    ['Arland called the Borean envoy to the foreign ministry on Monday.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('envoy-recalled');
  });

  test('an official called to a ministry for a briefing is no envoy summoned', () => {
    expect(types('The minister was called to the interior ministry for a briefing.')).not.toContain('envoy-recalled');
  });
});
