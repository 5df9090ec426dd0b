import { describe, expect, test } from 'vitest';
import { findHappenings } from '../../../scripts/lib/extract/happenings/findHappenings.ts';
import { invented as inventedLexicon, lexicon, rules } from '../../helpers/lexicon.ts';

// A trigger word has several senses, and the roles around it tell which one a sentence uses: who
// or what is released, met or told, and the head of the phrase a word sits in. Every sentence is
// invented (Arland and Borea are no real countries).
const found = (text: string) => findHappenings(text, rules);
const types = (text: string) => found(text).map((h) => h.type);
// Read with the invented countries' names and places (tests/helpers/invented/).
const invented = (text: string) => findHappenings(text, inventedLexicon.happenings).map((h) => h.type);

describe('only people are released: the head word of the object decides', () => {
  test.each([
    ['Overnight Borea released some 200 balloons carrying leaflets towards Arland.'],
    ['The ministry released a statement on the shooting late on Monday.'],
    ['Arland released funds for the villages along the border.'],
    ['Borea freed up two crossings for trucks carrying grain.'],
  ])('%s → no release', (text) => {
    expect(types(text)).not.toContain('release');
  });

  test.each([
    ['Arland released two Borean soldiers on Friday.'],
    ['Borea released 12 on Friday, a day after the talks.'],
    ['The rebels freed them at the crossing.'],
    ['The rebels released the captured guards.'],
    ['Arland said two of the fishermen had been released.'],
    ['Arland freed dozens of Borean herders held since March.'],
  ])('%s → release', (text) => {
    expect(types(text)).toContain('release');
  });
});

describe('what "take" does is read from what it takes and where', () => {
  test.each([
    ['The rescued sailors were taken on board an Ondrian tanker.'],
    ['The order would take Borean units back into the strip beside the Halvane crossing.'],
    ['Kael Orvan took aim at Arlandese critics of his budget.'],
  ])('%s → no one held', (text) => {
    expect(types(text)).not.toContain('arrest');
  });

  test.each([
    ['The customs clerk was snatched by masked men and taken over the frontier to Borea.'],
    ['The cabinet was taking the wrong line on the river dispute, Lena Ferrin said.'],
  ])('%s → no ground taken', (text) => {
    expect(invented(text).filter((t) => t === 'territory-regained' || t === 'territory-taken')).toEqual([]);
  });

  test('a post on the border, or a front line, is taken', () => {
    expect(invented('Borean troops took over the border post at Halvane.').some((t) => t === 'territory-regained' || t === 'territory-taken')).toBe(true);
    expect(invented('Borean troops took the front line near Velmora.').some((t) => t === 'territory-regained' || t === 'territory-taken')).toBe(true);
  });

  test('people taken by gunmen are held, across a border too', () => {
    expect(types('Gunmen took two Arlandese soldiers near the Kelvask Pass.')).toContain('arrest');
    expect(types('Gunmen took two Arlandese soldiers across the border into Borea.')).toContain('arrest');
  });
});

describe('to take out is to destroy, not to seize: the particle decides', () => {
  test.each([
    ['Arland said the boat had been taken out minutes earlier.'],
    ['Borean drones took out two Arlandese tanks near the pass.'],
  ])('%s → no arrest', (text) => {
    expect(types(text)).not.toContain('arrest');
  });

  test.each([['Borean troops took two Arlandese soldiers near the pass.'], ['Arland took the crew of the boat to Ondria.']])('%s → arrest', (text) => {
    expect(types(text)).toContain('arrest');
  });
});

describe('a campaign of words, a political quarrel or a market moving is no violence', () => {
  test.each([
    ['Arland launched a diplomatic offensive on Saturday to win support at the UN.', 'armed-clash'],
    ['Opposition leaders clashed with the prime minister in parliament on Saturday over the budget.', 'armed-clash'],
    ['State television bombarded viewers with images of the border on Saturday.', 'shelling'],
    ['Foreign exchange markets attacked the currency on Monday.', 'armed-clash'],
  ])('%s → no %s', (text, type) => {
    expect(types(text)).not.toContain(type);
  });

  test.each([
    ['Rebels launched an offensive on the town on Saturday.', 'armed-clash'],
    // Rival patrols are forces: only politicians clash in words.
    ['Rival patrols clashed near the pass on Saturday.', 'armed-clash'],
    ['Gunmen attacked the market on Saturday.', 'attack-on-civilians'],
    ['Artillery bombarded the villages on Saturday.', 'shelling'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });
});

describe('a border that remains closed is a state going on, no closing', () => {
  test.each([['The crossing remained closed on Saturday.'], ['The border stays shut for a third day.']])('%s → no border closed', (text) => {
    expect(types(text)).not.toContain('border-closed');
  });

  test.each([['The crossing was closed on Saturday.'], ['The crossing reopened on Saturday after a week-long closure.']])('%s → border closed or reopened', (text) => {
    expect(types(text)).toContain('border-closed');
  });
});

describe('people caught in fire are overtaken by it, not held: what the clause holds decides', () => {
  test.each([
    ['Three villagers were caught in crossfire near the pass.'],
    ['Two farmers were caught in the crossfire between Arlandese and Borean troops.'],
    ['Dozens of families were caught up in the shelling of the town.'],
  ])('%s → no arrest', (text) => {
    expect(types(text)).not.toContain('arrest');
  });

  test('crossfire is the fire of a clash', () => {
    expect(types('Three villagers were caught in crossfire near the pass.')).toContain('armed-clash');
  });

  test.each([['Two Arlandese spies were caught in Velmora.'], ['Borean guards caught two Arlandese soldiers in the forest.']])('%s → arrest', (text) => {
    expect(types(text)).toContain('arrest');
  });
});

describe('a protest on paper is a government\'s charge against another, not a street protest', () => {
  // A note of protest, or a protest lodged with another government, charges it with what it is
  // over: the development set's keys code these as accusations.
  test.each([
    ['Arland has sent Borea a diplomatic note of protest over the shooting.'],
    ['Arland lodged a protest with Borea over the shelling.'],
    ['Borea lodged stern representations with Arland on Monday over the patrol.'],
    ['"Our demarche was handed to the Borean consul this morning," the Arlandese envoy said on Wednesday.'],
  ])('%s → accusation', (text) => {
    expect(types(text)).toContain('accusation');
    expect(types(text)).not.toContain('peaceful-protest');
  });

  test('representations only weighed charge no one yet', () => {
    expect(types('Arland was considering a demarche to Borea over the patrol.')).not.toContain('accusation');
  });

  test('a letter of protest handed over is still words on paper, no street protest', () => {
    expect(types('The ministry handed the envoy a letter of protest on Tuesday.')).not.toContain('peaceful-protest');
  });

  // An envoy who is handed a protest, or with whom one is lodged, was called in to receive it: the
  // summons and the protest are one diplomatic step, not a saying beside it.
  test.each([
    ['Kael Orvan registered a protest with the Borean ambassador over the shooting at Kelvask Pass.'],
    ['The Borean ambassador was handed a written protest at the Arlandese ministry on Friday, its spokesman said.'],
    ['Arland summoned the Borean envoy on Tuesday and gave him a letter of protest over the raid on the Halvane crossing.'],
  ])('%s → envoy summoned', (text) => {
    expect(types(text)).toContain('envoy-recalled');
    expect(types(text)).not.toContain('accusation');
    expect(types(text)).not.toContain('statement');
  });

  test("a crowd's or students' letter of protest at an embassy is their protest, no envoy summoned", () => {
    expect(types('Hundreds of farmers marched to the Borean embassy and handed over a letter of protest.')).not.toContain('envoy-recalled');
    expect(types('Students delivered a letter of protest at the Arlandese embassy in Velmora on Friday.')).not.toContain('envoy-recalled');
  });

  test('an envoy who lodges a protest speaks for his side: no summons', () => {
    expect(types('The Arlandese ambassador lodged a formal protest with the Borean ministry on Monday.')).not.toContain('envoy-recalled');
  });

  test('a wave of protests is still people in the street', () => {
    expect(types('Thousands joined a wave of protests in the Borean capital.')).toContain('peaceful-protest');
  });
});

describe('what someone is told to do is demanded of them, not done', () => {
  test.each([
    ['Told to surrender, the gunmen refused and opened fire on the post.', 'peace-agreement'],
    ['The army told the rebels to lay down their arms by Sunday.', 'deployment'],
    ['Arland told Borea to cease fire and pull back its guns.', 'ceasefire'],
    ['The envoy pressed both sides to cease fire at once.', 'ceasefire'],
  ])('%s: the %s is demanded', (text, type) => {
    const h = found(text).find((x) => x.type === type);
    expect(h?.modality).toBe('demanded');
  });

  test('the fire they opened when told to surrender took place', () => {
    const fire = found('Told to surrender, the gunmen refused and opened fire on the post.').find((h) => h.kind === 'fighting');
    expect(fire?.modality).toBeUndefined();
  });

  test('"told reporters that …" tells, and what it tells took place', () => {
    const shelled = found('The general told reporters that Borean troops had shelled the village.').find((h) => h.type === 'shelling');
    expect(shelled?.modality).toBeUndefined();
  });
});

describe('a noun compound is what its head names', () => {
  test.each([
    ['Borean coast guard ships fired water cannon at an Arland supply boat.', 'armed-clash'],
    ['Borean artillery fire hit the border village at dawn.', 'shelling'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
    if (type !== 'shelling') expect(types(text)).not.toContain('shelling');
  });

  test('water cannon turned on farmers at a crossing is no shelling', () => {
    expect(types('Arland police used water cannon against farmers at the crossing.')).not.toContain('shelling');
  });
});

describe('forces that meet fire fight it; people who meet talk', () => {
  test.each([
    ['The Borean column met stiff resistance outside the town.', 'armed-clash'],
    ['The Arland foreign minister met his Borean counterpart on Monday.', 'talks'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toEqual([type]);
  });
});

describe('the lexicon may test that a role is filled, and that none of several classes is in it', () => {
  test('"*" and lists of "!" classes are read by the rules of the project lexicon', () => {
    const release = lexicon.happenings.triggers.find((t) => t.words.includes('release'))!;
    expect(release.refine.some((r) => r.when.patient === undefined || (Array.isArray(r.when.patient) && r.when.patient.includes('*')))).toBe(true);
  });
});

describe('"the attack" points back at the act the text has told', () => {
  test.each([
    ['A drone hit a camp of road workers late on Wednesday. No group has said it carried out the attack.', 'air-strike'],
    ['Borean gunners shelled the market town at dawn. The attack killed four.', 'shelling'],
  ])('%s → %s', (text, type) => {
    const attack = found(text).find((h) => h.trigger.text === 'attack');
    expect(attack?.type).toBe(type);
  });

  test('an attack with roles of its own keeps its own type', () => {
    const attack = found('A drone hit a camp. Later the rebels attack on an army post was repelled.').find((h) => h.trigger.text === 'attack');
    expect(attack?.type).toBe('armed-clash');
  });

  test('with nothing told before it, "the attack" keeps its default', () => {
    expect(found('No group has said it carried out the attack.').find((h) => h.trigger.text === 'attack')?.type).toBe('armed-clash');
  });
});

describe('a participle after a phrase describes it: the phrase is the subject', () => {
  test.each([
    ['Officials say a drone sent over the border from Borea has killed three workers.', 'a drone'],
    ['A drone carrying explosives hit the camp.', 'A drone'],
    ['Gunmen riding motorbikes attacked a market in Kel.', 'Gunmen'],
    ['Arland said rebels attacked the post.', 'rebels'],
  ])('%s → %s', (text, agent) => {
    const h = found(text).find((x) => x.kind !== 'statement');
    expect(h?.agent?.text).toBe(agent);
  });
});

describe('what a sentence dates by years past, or tells of a thing in a past perfect, is a recap', () => {
  test.each([
    ['The Kel air strike, the first raid of the war, is two years old today.', 'air-strike'],
    ['Two years ago Borean troops clashed with Arland guards at the pass.', 'armed-clash'],
    // A century or a decade gone sets the clause in history.
    ['The two countries fought three wars over the pass in the last century.', 'armed-clash'],
    ['Arland and Borea clashed repeatedly over the valley in the 1960s.', 'armed-clash'],
    ['The coast guard said it had acted against Borean boats that had entered its waters.', 'deployment'],
  ])('%s: the %s is background', (text, type) => {
    expect(found(text).filter((h) => h.type === type).every((h) => h.background)).toBe(true);
    expect(found(text).some((h) => h.type === type)).toBe(true);
  });

  test.each([
    ["Arland's defence ministry said on Monday that its gunners had opened fire on two Borean outposts.", 'armed-clash'],
    ['Arland told the council that Borean troops had shelled two villages.', 'shelling'],
    ['Villagers who had fled went back to their homes on Sunday.', 'return'],
  ])('%s: the %s stays news', (text, type) => {
    expect(found(text).find((h) => h.type === type)?.background).toBe(false);
  });
});

describe('a "that" after a noun of saying or a telling opens what was said', () => {
  test.each([
    ['The ministry said in a statement that the Borean air force had carried out strikes across the line.', 'air-strike'],
    ['There were unconfirmed reports that twenty Borean soldiers had been killed in clashes.', 'armed-clash'],
  ])('%s: the %s stays news', (text, type) => {
    expect(found(text).find((h) => h.type === type)?.background).toBe(false);
  });
});

describe('blame laid and blame denied, in the words reporters use', () => {
  test('"held Borea responsible for the deaths" accuses Borea; it claims nothing for Arland', () => {
    const h = found('Arland held Borea responsible for the deaths.');
    expect(h.map((x) => x.type)).toContain('accusation');
    expect(h.map((x) => x.type)).not.toContain('claim-of-responsibility');
  });

  test.each([
    ['Borea said the accusations were lies.'],
    ['The ministry called the allegations baseless and fabricated.'],
  ])('%s → denial', (text) => {
    expect(types(text)).toContain('denial');
    expect(types(text)).not.toContain('accusation');
  });

  test('an accusation repeated is still an accusation', () => {
    expect(types('Arland repeated its accusation against Borea on Monday.')).toContain('accusation');
  });
});

describe('an adjective set off by commas describes the subject; it is neither subject nor modality', () => {
  test.each([
    ['Dozens of families, afraid for their children, have moved out of Velmora.', 'displacement', 'Dozens of families'],
    ['Hundreds of villagers, fearful of more shelling, fled to the hills.', 'displacement', 'Hundreds of villagers'],
  ])('%s → %s by %s, as a fact', (text, type, agent) => {
    const h = found(text).find((x) => x.type === type);
    expect(h?.agent?.text).toBe(agent);
    expect(h?.modality).toBeUndefined();
  });

  test('what they are fearful of is feared', () => {
    expect(found('Hundreds of villagers, fearful of more shelling, fled to the hills.').find((x) => x.type === 'shelling')?.modality).toBe('feared');
  });
});

describe('drones downed or wrecked with crewed aircraft or armour are losses of a fight, no weapon stopped', () => {
  test.each([
    ['Borean gunners downed an Arlandese transport helicopter together with three drones over Ondria.'],
    ['Arlandese troops destroyed two Borean tanks and a drone near the pass.'],
    ['Borean gunners shot down an Arlandese jet and two drones over Ondria.'],
  ])('%s → armed clash', (text) => {
    expect(types(text)).toContain('armed-clash');
    expect(types(text)).not.toContain('disrupted-weapons');
  });

  test.each([['Arland said it had shot down three Borean drones.'], ['Borean air defences intercepted eight missiles over Velmora.']])('%s → weapons stopped', (text) => {
    expect(types(text)).toContain('disrupted-weapons');
    expect(types(text)).not.toContain('armed-clash');
  });
});

describe('"the aircraft" brought down after a drone was named is the drone', () => {
  test('a drone named, then "the aircraft was brought down": a weapon stopped', () => {
    const h = found('Borea said an Arland drone had crossed the border. The wreckage was found 9 km inside, after the aircraft was brought down in the night.').find((x) => x.trigger.text === 'brought down');
    expect(h?.type).toBe('disrupted-weapons');
  });

  test('with no drone named, an aircraft shot down is lost in a fight', () => {
    expect(types('Arland shot down the aircraft.')).toEqual(['armed-clash']);
  });

  test('jets in another\'s flight information region are moved there, no ground taken', () => {
    const t = types('A pair of Borean F-16s entered the Arland flight information region on Tuesday.');
    expect(t).not.toContain('territory-regained');
  });
});

describe('people named by their nation are people', () => {
  test.each([
    ['It was the second time in a month that Borean police had shot at Arlandians.', 'attack-on-civilians'],
    ['Arland arrested 15 Boreans near the lake.', 'arrest'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  test('a nation\'s adjective before forces names forces', () => {
    expect(types('Troops fired on Borean positions.')).toEqual(['armed-clash']);
  });
});

describe('a participle aside after a noun says what the noun is', () => {
  test('"the camp, set up in a ravine below the pass, has been cleared": no base set up that day', () => {
    const h = found('Borean guards have cleared the camp, set up in a ravine below the pass, officials confirmed.').find((x) => x.type === 'base-established');
    expect(h === undefined || h.background).toBe(true);
  });

  test('a verb after a comma in a list of acts is still an act', () => {
    const h = found('The army arrived, set up a base and left.').find((x) => x.type === 'base-established');
    expect(h?.background).toBe(false);
  });
});

describe('what is agreed at a meeting, with no truce or accord named, is the meeting\'s outcome', () => {
  test.each([
    ['Meeting on April 2, the Arlandese and Borean police commanders agreed on how many officers would stay.'],
    ['The two sides\' border officials agreed on it late on Monday at talks in Kel.'],
  ])('%s → talks, no peace agreement', (text) => {
    const t = types(text);
    expect(t).toContain('talks');
    expect(t).not.toContain('peace-agreement');
  });

  test('a truce agreed at talks is still a truce', () => {
    expect(types('The two sides agreed a truce at talks in Geneva.')).toContain('ceasefire');
  });
});

describe('a view the sides share is no accord', () => {
  test('"agreed that the dispute should be settled through dialogue" makes no peace agreement', () => {
    expect(types('They agreed that the dispute should be settled through dialogue.')).not.toContain('peace-agreement');
  });

  test('"agreed that troops would pull back" commits them', () => {
    expect(types('They agreed that troops would pull back by Friday.')).toContain('peace-agreement');
  });
});

describe('an accord kept, broken or acted on is one made before', () => {
  test.each([
    ['Arland said Borea had breached the agreement.'],
    ['Talks focused on implementing the agreement.'],
    ['Both sides must respect the existing agreements.'],
    // A deal is an accord like any other: broken or kept, it was made before.
    ['Arland said Borea was breaking the deal on the pipeline.'],
    ['Arland said the blockade broke the deals between the two countries.'],
    ['Arland accused Borea of violating the deals on the crossing.'],
  ])('%s → no accord made', (text) => {
    expect(found(text).filter((h) => h.type === 'peace-agreement' && !h.background && !h.modality)).toEqual([]);
  });

  test.each([
    ['Troops pulled back in line with the agreement.'],
    ['As per the agreement, both armies will patrol jointly.'],
  ])('%s: the accord is the frame', (text) => {
    expect(found(text).find((h) => h.type === 'peace-agreement')?.background).toBe(true);
  });

  test.each([
    ['Borea sent its ship in answer to the agreement Arland signed with Velmora.'],
    ['The premier listed a series of accords signed by Arland, Borea and foreign oil firms.'],
    ['Borea said the raids went beyond what Arland and it had agreed.'],
    ['The five had come to watch the loading, as the two countries had agreed.'],
    // "those" stands for the accords the sentence has just named: their making names them too.
    ['The pipeline ban ignores the truce terms and those Borea signed with Ondria, Lena Ferrin said.'],
  ])('%s: an accord named by the clause of its making is the frame', (text) => {
    expect(found(text).filter((h) => h.type === 'peace-agreement' && !h.background && !h.modality)).toEqual([]);
  });

  // Only a capitalised name between the accord and its verb is its maker ("the agreement Arland
  // had signed"); any other word ("finally") leaves the verb telling the accord's own making.
  test('"the deal finally agreed on Monday" tells the deal made that day', () => {
    expect(found('The deal finally agreed on Monday reopens the crossing.').find((h) => h.trigger.text === 'agreed')?.background).toBe(false);
  });

  // Accords in the plural that no verb makes, counts or calls new are those in force.
  test.each([
    ['Borean units returned to the strip that accords between Arland and Borea had emptied of guns.'],
    ['The patrols broke with accords between the two neighbours, Kael Orvan said.'],
  ])('%s → no accord made', (text) => {
    expect(found(text).filter((h) => h.type === 'peace-agreement' && !h.background && !h.modality)).toEqual([]);
  });

  test.each([
    ['Arland and Borea signed three agreements at the Halvane crossing on Monday.'],
    ['Arland and Borea reached new accords on the Kelvask Pass.'],
    ['The agreement between Arland and Borea cleared the zone of troops on Monday.'],
  ])('%s → an accord made', (text) => {
    expect(types(text)).toContain('peace-agreement');
  });

  test('an accord signed is made', () => {
    expect(types('The two sides signed the agreement on Monday.')).toContain('peace-agreement');
  });

  test.each([
    ['Arland and Borea reached a deal on the crossing on Monday.'],
    ['The two sides agreed on Monday to reopen the crossing.'],
  ])('%s: an accord reached that day is made', (text) => {
    expect(found(text).filter((h) => h.type === 'peace-agreement' && !h.background && !h.modality)).not.toEqual([]);
  });
});

describe('talks counted up to now, or told by the years they took, are a recap', () => {
  test.each([
    ['The two sides have held 15 rounds of talks since 2020.'],
    ['Years of negotiations have failed to settle the dispute.'],
    ['Arland said years of talks had failed.'],
  ])('%s → background', (text) => {
    expect(found(text).filter((h) => h.type === 'talks').every((h) => h.background)).toBe(true);
  });

  test.each([
    ['After two days of talks, the sides agreed a truce.'],
    ['Border talks resumed on Monday after a two-year pause.'],
  ])('%s: the talks are news', (text) => {
    expect(found(text).find((h) => h.type === 'talks')?.background).toBe(false);
  });
});

describe('"the last time …" names an earlier round', () => {
  test('"the last time the two sides exchanged fire was in 2019" is a recap', () => {
    expect(found('The last time the two sides exchanged fire was in 2019.').find((h) => h.kind === 'fighting')?.background).toBe(true);
  });

  test('"exchanged fire for the first time in years" is news', () => {
    expect(found('Troops exchanged fire for the first time in years.').find((h) => h.kind === 'fighting')?.background).toBe(false);
  });
});

describe('an accord in an idiom, a quantity, or out of reach is no accord made', () => {
  test.each([
    ['The troops withdrew of their own accord.'],
    ['A great deal of damage was done.'],
  ])('%s → no accord', (text) => {
    expect(types(text)).not.toContain('peace-agreement');
  });

  test.each([
    ['A deal remained elusive.'],
    ['A peace deal was within reach, officials said.'],
  ])('%s → only possible', (text) => {
    expect(found(text).find((h) => h.type === 'peace-agreement')?.modality).toBe('possible');
  });

  test('a deal signed is made', () => {
    expect(found('The two sides signed a deal on Monday.').find((h) => h.type === 'peace-agreement')?.modality).toBeUndefined();
  });
});

describe('a meeting that is an audience is no talks', () => {
  test.each([
    ['The minister told a meeting of party members that the army was ready.'],
    ['In a meeting with reporters, the general said the border was calm.'],
  ])('%s → no talks', (text) => {
    expect(types(text)).not.toContain('talks');
  });

  test('ministers meeting their counterparts hold talks', () => {
    expect(types('The two foreign ministers held a meeting with their counterparts.')).toContain('talks');
  });
});

describe('an attack in words is no blow: a hybrid attack, or one on a state\'s standing', () => {
  test.each([
    ['Arlandese officials described the balloons as a hybrid attack by Borea.'],
    ['Borea sees the purchase as an attack on its sovereignty.'],
    ['Arland called the tariffs an attack on its exports.'],
  ])('%s → no clash', (text) => {
    expect(types(text)).not.toContain('armed-clash');
  });

  test.each([
    ['Borean troops attacked an Arlandese post near Kelvask Pass.'],
    ['The attack on the border town killed four soldiers.'],
  ])('%s → a clash', (text) => {
    expect(types(text)).toContain('armed-clash');
  });
});

describe('what is set off decides: a charge explodes, protests and rows do not', () => {
  test.each([
    ['Activists from Ondria landed on the island on Sunday, setting off protests across Borea.'],
    ['The remark set off a row between Arland and Borea.'],
  ])('%s → no explosion', (text) => {
    expect(types(text)).not.toContain('explosive');
  });

  test('rebels who set off a bomb at the market explode it', () => {
    expect(types('Rebels set off a bomb at the market in Velmora.')).toContain('explosive');
  });
});

describe('a crowd that occupies a road protests; troops that occupy it take ground', () => {
  test('demonstrators occupying a road → protest', () => {
    expect(types('Thousands of demonstrators occupied the main road in Velmora.')).toContain('peaceful-protest');
    expect(types('Thousands of demonstrators occupied the main road in Velmora.')).not.toContain('territory-regained');
  });
});

describe('one person named by a pronoun and seized is held, not ground taken', () => {
  test.each([
    ['He was seized inside Arlandese territory, Arland said.'],
    ['Borean gunmen seized him near the pass.'],
    ['Carrying a pistol, he was caught on Borean soil, according to Borea.'],
  ])('%s → arrest', (text) => {
    expect(types(text)).toContain('arrest');
    expect(types(text)).not.toContain('territory-regained');
  });
});

describe('leave to go home is no release and no return; a visit home is no return', () => {
  test('drivers free to go home are neither freed nor home yet', () => {
    const read = found('Borea said the drivers were free to go home until Arland reopened the border.');
    expect(read.map((h) => h.type)).not.toContain('release');
    expect(read.find((h) => h.type === 'return')?.modality).toBe('possible');
  });

  test('people heading home for the holidays → no return', () => {
    expect(types('Arlandese police told people heading home for the holidays to use other crossings.')).not.toContain('return');
  });

  test('villagers who went home after the fighting return', () => {
    expect(types('Hundreds of villagers returned home after the shelling stopped.')).toContain('return');
  });
});

describe('a deal to buy or sell is a purchase, no accord between the sides', () => {
  test.each([
    ['Tensions rose after Arland signed a deal on Tuesday to buy two islets from a private family.'],
    ['Arland signed an agreement to purchase two patrol boats.'],
  ])('%s → no accord', (text) => {
    expect(types(text)).not.toContain('peace-agreement');
  });

  test('a deal to end the fighting is made', () => {
    expect(types('Arland and Borea signed a deal on Monday to end the fighting.')).toContain('peace-agreement');
  });
});

describe('a subject that is no one did nothing; a relative clause with no one in it denies nothing', () => {
  test.each([
    ['None was arrested, officials said.'],
    ['None of the Borean guards were arrested.'],
  ])('%s → denied', (text) => {
    expect(found(text).find((h) => h.type === 'arrest')?.negated).toBe(true);
  });

  test('a group nobody has identified raided the town: the raid took place', () => {
    const raid = found('An armed group nobody has yet identified raided Velmora on Wednesday.').find((h) => h.kind === 'fighting' || h.kind === 'civilians');
    expect(raid?.negated).toBe(false);
  });
});

describe('a drone shot down is a weapon stopped, however the tagger reads "shot"', () => {
  test('"the military shot down one of the drones" → disrupted weapons, no clash', () => {
    const read = types('The Arlandese military shot down one of the drones near Velmora.');
    expect(read).toContain('disrupted-weapons');
    expect(read).not.toContain('armed-clash');
  });

  test('crewed jets shot down stay combat', () => {
    expect(types('The Borean military shot down two Arlandese fighter jets near the pass.')).toContain('armed-clash');
  });
});

describe('a meeting of no two sides is no talks: an errand to a private contact, a state\'s own security commission', () => {
  test('"had gone to meet an informant" → no talks', () => {
    expect(types('He was ambushed on his way to meet an informant, Arlandese officials said.')).not.toContain('talks');
  });

  test('a national security commission that meets deliberates: a decision, no talks', () => {
    const read = types("The border with Borea will stay closed until Arland's National Security Commission meets on Monday.");
    expect(read).toContain('decision');
    expect(read).not.toContain('talks');
  });

  test('ministers of the two sides who meet hold talks', () => {
    expect(types('The foreign ministers of Arland and Borea met on Monday in Velmora.')).toContain('talks');
    expect(types('Lena Ferrin met her Borean counterpart at the crossing.')).toContain('talks');
  });
});

describe('a word that names an act in one sense names a state or a handling in another', () => {
  test.each([
    // "dealing with" handles something; a deal made is "a deal", "the deal".
    ['Nothing justified the entry, Ana Ruiz said, since other ways of dealing with such cases existed.', 'peace-agreement'],
    // Open after "be", "stay" or "remain" is how things stand, no opening.
    ['Lena Ferrin repeated that the borders were open.', 'border-closed'],
    ['The Halvane crossing stays open to lorries.', 'border-closed'],
    // Radar and cameras that pick up vessels see them; no one is held.
    ['At 4:47 p.m. Arlandese radar and thermal cameras picked up a pair of Borean coast guard vessels beside the ferry.', 'arrest'],
    // A decision taken at a sitting takes no ground.
    ['Kael Orvan said he acted on the decisions taken at a session of the movement\'s central committee.', 'territory-regained'],
    // People who enter without leave are migrants, not a force taking ground.
    ['Arland picked up 44 Boreans who had entered illegally in Ondria province and sent them home.', 'territory-transfer'],
    ['Arland picked up 44 Boreans who had entered Ondria province illegally.', 'territory-regained'],
    // Talks said to be stuck are a state of things: no one met.
    ['Talks on the pass, bringing together Arland and Borea, have been stalled for several months.', 'talks'],
  ])('%s → no %s', (text, type) => {
    expect(invented(text)).not.toContain(type);
  });

  test.each([
    ['Arland signed a deal with Borea on Monday.', 'peace-agreement'],
    ['Arland reopened the Halvane crossing on Monday.', 'border-closed'],
    ['Borean coast guard officers picked up two Arlandese fishing boats near the Halvane crossing.', 'arrest'],
    ['Borean troops entered Ondria province illegally on Monday.', 'territory-regained'],
    ['Arland and Borea held talks on Monday to revive the stalled peace process.', 'talks'],
  ])('%s → %s', (text, type) => {
    expect(invented(text)).toContain(type);
  });
});

describe('who protests, occupies or sits decides the kind', () => {
  test('a ministry that says "it protested" protests in words', () => {
    const read = types("Arland's foreign ministry said it protested in the strongest terms against the violation of its territory.");
    expect(read).toContain('statement');
    expect(read).not.toContain('peaceful-protest');
  });

  test('a crowd that protests still demonstrates', () => {
    expect(types('Hundreds of Boreans protested in Velmora on Monday.')).toContain('peaceful-protest');
  });

  test('supporters among those who occupy a road make it a protest, armed men with them or not', () => {
    const read = types('Since October 21, Borean supporters and militiamen have occupied the road, blocking lorries, Arland said.');
    expect(read).toContain('peaceful-protest');
    expect(read).not.toContain('territory-taken');
    expect(types('Borean militiamen occupied the area on October 21.')).toContain('territory-taken');
  });

  test("a session of a movement's own secretariat where decisions were taken is its decision-making, no talks", () => {
    const read = types("The Front's leadership council took the decisions at an emergency meeting, Kael Orvan said.");
    expect(read).toContain('decision');
    expect(read).not.toContain('talks');
  });

  test('trade that grinds to a halt is a development, no ban; a government that halts trade bans it', () => {
    const read = types('Trade in the border towns of Velmora and Ondria had ground to a halt because Borean customs officers were not clearing lorries.');
    expect(read).toContain('other');
    expect(read).not.toContain('sanction');
    expect(types('Arland halted trade with Borea on Monday.')).toContain('sanction');
  });
});

describe('a protest a government makes, and a blow at trade, are words and measures', () => {
  test('a diplomatic or formal protest is made in words, to another government', () => {
    const read = invented('Velmora hit back with trade curbs, a diplomatic protest and three days of live-fire drills.');
    expect(read).toContain('accusation');
    expect(read).not.toContain('peaceful-protest');
    expect(invented('Arland lodged a formal protest with Borea on Monday.')).toContain('accusation');
  });

  test('measures "striking at" a state\'s imports strike no blow; strikes on positions do', () => {
    expect(invented("Unlike earlier sanctions, Borea's new measures reach further, striking at Arland's food imports.")).not.toContain('air-strike');
    expect(invented('Arland launched strikes on Borean positions near the Kelvask Pass.')).toContain('air-strike');
  });
});

describe('flights stopped at a state\'s own airports are its decision; flights to the other side cut a link', () => {
  test.each([
    ['Flights at the Velmora and Ondria airports were suspended for about an hour.', 'decision'],
    ['Arland suspended flights to Borean airports on Monday.', 'border-closed'],
    ['Flights between Arland and Borea were suspended on Monday.', 'border-closed'],
    ["Until further notice, no commercial flights may land at Borea's airports, and its airspace is closed.", 'border-closed'],
  ])('%s → %s', (text, type) => {
    expect(invented(text)).toContain(type);
  });
});

describe('people said to languish in jail have long been held', () => {
  test('"he said were languishing in Arlandese jails" → no arrest of the day; "put in jail" is one', () => {
    expect(invented('Lena Ferrin replied by naming some 40 Boreans she said were languishing in Arlandese jails.')).not.toContain('arrest');
    expect(invented('Arland put two Borean fishermen in jail on Monday.')).toContain('arrest');
  });
});

describe('a flag pulled down at an embassy by people of no state is a protest', () => {
  test.each([
    ['Last August, members of a religious group entered the Borean embassy in Velmora and took down the national flag.', 'violent-demonstration'],
    // A state's forces or its own mission taking down a flag assert or mourn; no one protests.
    ['Borean police took down the flag at the Arlandese embassy on Monday.', 'other'],
    ['Arlandese soldiers took down the Borean flag at the Kelvask Pass.', 'other'],
  ])('%s → %s', (text, type) => {
    expect(invented(text)).toContain(type);
  });
});

describe('ministers who attend the opening of a meeting take part in it', () => {
  test.each([
    ["Borea's foreign minister, Kael Orvan, and Ondria's deputy prime minister attended the opening, Lena Ferrin said on Twitter.", 'talks', true],
    ['The president attended the opening of a new bridge over the river.', 'talks', false],
    ['Residents attended the opening of the school.', 'talks', false],
  ])('%s → %s: %s', (text, type, read) => {
    expect(invented(text).includes(type)).toBe(read);
  });
});
