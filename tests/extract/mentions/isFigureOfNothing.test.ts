import { describe, expect, test } from 'vitest';
import { isFigureOfNothing } from '../../../scripts/lib/extract/mentions/isFigureOfNothing.ts';

const of = (text: string, figure: string) => isFigureOfNothing(text, { start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });

describe('isFigureOfNothing: numbers that count no happening', () => {
  test.each([
    ['half of its 140,000 inhabitants have fled', '140,000', true],
    ['about 30% of the 5,000 residents left', '5,000', true],
    ['a ceasefire could save thousands of lives', 'thousands', true],
    ['a fresh round could displace 10,000 people', '10,000', true],
    ['at least 12 soldiers were killed in May, officials said', '12', false],
    ['140,000 people have fled', '140,000', false],
    ['since the shooting started, 420 people have died', '420', true],
    ['the nine-month conflict has killed 2,100 civilians', '2,100', true],
    ['some 900 soldiers have been killed so far', '900', true],
    ['officials counted 5,000 dead over the past eight months', '5,000', true],
    ['the war has left 60,000 homeless, and on Friday a shell killed three farmers', 'three', false],
    ['two farmers died; one of the dead was a teacher', 'one', true],
    ['a shell hit the camp, though no one was hurt', 'one', true],
    ['a shell hit the camp and one guard was hurt', 'one', false],
    ['Ana Ruiz, 63, who had fled her village, said the nights were the worst', '63', true],
    ['a shell hit the market, and 63 people were wounded', '63', false],
    ['the fiercest fighting since the clashes of Aug. 3-6, which killed nine', '6', true],
    ['on 12 March a drone killed four soldiers', '12', true],
    ['a shell killed four soldiers on 12 March', 'four', false],
    ['thousands more have fled since then', 'thousands', true],
    ['final tally: 40 dead over the nine-day war', '40', true],
    ['truces agreed since the war began have all failed, and some 900 people had died', '900', true],
    ['since the war began truces have failed, and on Monday a rocket killed five people', 'five', false],
    ['300 have died since the war began; the other side admits 12 dead', '12', false],
    ['the ministry said 52 people had died, up from the 40 it gave on Monday', '52', true],
    ['Borea said the 9,000 Arlandese refugees sheltering in Sevrin would be expelled unless aid came', '9,000', true],
    ['thousands more could be displaced if the shelling goes on', 'thousands', true],
    ['the 12 who died would be buried in Velmora on Friday', '12', false],
    ['a new war risks killing thousands of Ondrians, the envoy said', 'thousands', true],
    ['Borea threatened to expel 9,000 Arlandese refugees', '9,000', true],
    ['the plan aims to return 5,000 displaced families to Velmora', '5,000', true],
    ['up to 50,000 people may be forced from their homes', '50,000', true],
    ['unless the truce holds, 20,000 more will be displaced', '20,000', true],
    // the toll of a whole war, told in the past, is every round's; a day's count in it is not
    ['That war claimed some 2,000 lives and uprooted about 60,000 Ondrians.', '2,000', true],
    ['That war claimed some 2,000 lives and uprooted about 60,000 Ondrians.', '60,000', true],
    ['Some 2,000 Ondrians were killed during the border war of the 1970s and thousands left their villages.', 'thousands', true],
    ['Some 2,000 Ondrians were killed during the border war of the 1970s and thousands left their villages.', '2,000', true],
    ['Four Borean soldiers were killed in the war on Tuesday, Ondria said.', 'Four', false],
    ['The clash killed 12 Borean soldiers near Sevrin.', '12', false],
    ['A shell killed three farmers in the conflict zone on Monday.', 'three', false],
    ['Two Ondrian medics died in the conflict zone, Borea said.', 'Two', false],
    // a first count given up, a hosted population and rival claims of both sides count no
    // happening; the revised count does
    ['A Borean spokesman initially spoke of six guards dead at the Halvane crossing; by night he gave nine.', 'six', true],
    ['A Borean spokesman initially spoke of six guards dead at the Halvane crossing; by night he gave nine.', 'nine', false],
    ['Ondria, long host to 40,000 Boreans, shut its camps on Friday.', '40,000', true],
    ['Velmora hosts 12,000 displaced Arlandese.', '12,000', true],
    ['Shelling of Velmora sent 12,000 Arlandese fleeing.', '12,000', false],
    ['Both sides now claim a toll of hundreds among the enemy at Kelvask Pass.', 'hundreds', true],
    ['Both sides said 30 of their men had died.', '30', false],
    // a running total since a long-named start ("since the push to clear the two ridges began")
    ['Kael Orvan put the Borean dead at 250 since the push to clear the two ridges began in May.', '250', true],
    ['Kael Orvan said 25 Boreans died when the push to clear the two ridges began on Monday.', '25', false],
    // a unit's name in figures is no count of its men, a count of them is
    ['an ambush in which 14 soldiers of 5 Velmora Regiment were killed', '5', true],
    ['an ambush in which 14 soldiers of 5 Velmora Regiment were killed', '14', false],
    ['the shell killed 12 Marine Corps soldiers near Sevrin', '12', false],
    ['the shell killed two Border Rifles men near Sevrin', 'two', false],
    // a word that begins like a month is no date
    ['a drone killed 12 Marines near Sevrin', '12', false],
    ['a drone killed 12 Marines near Sevrin on Mar. 3', '3', true],
    // one of a count given between is a part of it
    ['medics had recovered every one of the 9 bodies by nightfall', 'one', true],
    ['Arland said one of the eleven dead was a teacher', 'one', true],
    ['one of the shells killed a farmer near Sevrin', 'one', false],
    // the wounded handed back or held are people moved, not a toll
    ['Borea on Sunday handed back three wounded Arlandese guards', 'three', true],
    ['an officer gave the body and the two injured men to the Arlandese side', 'two', true],
    ['Ondria says it is holding two wounded Velmoran soldiers', 'two', true],
    ['the shelling left two wounded soldiers in Sevrin', 'two', false],
    // a toll of two days is no one day's
    ['Ondria said 30 people had died in clashes on Friday and Saturday', '30', true],
    ['Ondria said 30 people had died in clashes on Saturday', '30', false],
    ['the 40 wounded will be flown to Velmora', '40', false],
    ['Borea said it was ready to talk, and 12 guards were killed on Monday', '12', false],
    ['Arland said the four bodies had been handed to Borea at the Halvane crossing', 'four', true],
    ['the two sides exchanged 30 bodies on Sunday', '30', false],
    ['the four bodies were found near the Kelvask Pass', 'four', false],
    ['Arland took back the bodies of 15 guards killed at the Kelvask Pass', '15', true],
    ['Borea handed over the bodies of six Ondrian fishermen', 'six', true],
    ['the bodies of 15 guards were found near the Kelvask Pass', '15', false],
    ['the army said eight of the bodies bore gunshot wounds', 'eight', true],
    ['officials said 13 or 14 of the deaths came when the tents burned', '14', true],
    ['an official named one civilian among the dead', 'one', true],
    ['one civilian was among those wounded, and a shell killed two guards', 'two', false],
    ['Velmora said at least 30 people had died along the frontier in the past six months', '30', true],
    ['some 200 have fled during the last three weeks', '200', true],
    ['a shell killed 30 people in the market in the past hour', '30', false],
  ])('"%s", %s → %s', (text, figure, expected) => {
    expect(of(text, figure)).toBe(expected);
  });
});
