import { describe, expect, test } from 'vitest';
import { findHappenings } from '../../../scripts/lib/extract/happenings/findHappenings.ts';
import { rules } from '../../helpers/lexicon.ts';

// Kinds the timeline needs, in the words reporters commonly use for them, checked by category of
// the codebook and the ontology rather than by any one report. Every sentence is invented.
const found = (text: string) => findHappenings(text, rules);
const types = (text: string) => found(text).map((h) => h.type);

describe('warning shots are a development of a standoff, not fighting', () => {
  test.each([
    ['Arland troops fired warning shots at Borean soldiers near the line.'],
    ['The guards fired warning shots into the air as the boat came closer.'],
    ['Borean sentries shot into the air to turn the herders back.'],
  ])('%s → other', (text) => {
    expect(types(text)).toContain('other');
    expect(found(text).some((h) => h.kind === 'fighting')).toBe(false);
  });
});

describe('a weapon or its guiding radar aimed at the other side is a threat of force, not yet a blow', () => {
  test.each([
    ['On Tuesday a Borean frigate pointed its fire-control radar at an Arlandese patrol plane near the Kelvask Pass.'],
    ['Arland said the corvette had locked its targeting radar on the jet three times.'],
    ['Borean guards aimed their rifles at the Arlandese patrol at the Halvane crossing.'],
    ['The Borean destroyer locked on to the plane at noon, the ministry said.'],
  ])('%s → other', (text) => {
    expect(types(text)).toEqual(['other']);
  });

  test('a blow told beside the aim is read by its own words', () => {
    expect(types('The sailors trained their guns on the boat and opened fire, killing two.')).not.toContain('other');
  });

  test('water cannon aimed at a boat is no weapon\'s aim', () => {
    expect(types('Two Borean cutters aimed their water cannon at the Arlandese supply boat.')).not.toContain('other');
  });
});

describe('forces that cross into a place or move about in it are deployed there', () => {
  test.each([
    ['Borean soldiers crossed into the town of Kel on Tuesday.'],
    ['Soldiers of the Borean militia are reported to have crossed into Kel.'],
    ['Borean security forces were moving freely inside the town.'],
  ])('%s → deployment', (text) => {
    expect(types(text)).toContain('deployment');
  });

  test('refugees who cross flee', () => {
    expect(types('Hundreds of villagers crossed into Arland to escape the shelling.')).toContain('displacement');
  });

  test('fighting that crosses a border is the fighting, not a flight or a deployment', () => {
    const t = types('Clashes between Borean troops and rebels crossed into Arland on Sunday.');
    expect(t).toContain('armed-clash');
    expect(t).not.toContain('displacement');
    expect(t).not.toContain('deployment');
  });
});

describe('an inquiry opened is a decision, and what it looks into is its topic', () => {
  test.each([
    ['Arland opened an investigation into the shooting.'],
    ['A joint inquiry into the clash has begun, the ministry said.'],
    ['The council ordered a probe into the deaths.'],
  ])('%s → decision', (text) => {
    const h = found(text);
    expect(h.map((x) => x.type)).toContain('decision');
    expect(h.filter((x) => x.kind === 'fighting' || x.kind === 'civilians').every((x) => x.background)).toBe(true);
  });

  test('an inquiry asked for is only demanded', () => {
    const inquiry = found('Arland asked Borea for an investigation into the killing.').find((h) => h.type === 'decision');
    expect(inquiry === undefined || inquiry.modality !== undefined).toBe(true);
  });
});

describe('a news conference and speaking out state a position', () => {
  test.each([
    ['The governor told a news conference that troops must act.'],
    ['The minister held a press conference in the capital on Friday.'],
    ['Border leaders spoke out on Friday against the government.'],
  ])('%s → statement', (text) => {
    expect(types(text)).toContain('statement');
  });

  test('a news conference is still no meeting of the sides', () => {
    expect(types('The minister held a press conference in the capital on Friday.')).not.toContain('talks');
  });
});

describe('flights and trade stopped or started again are measures at the border', () => {
  test.each([
    ['Arland halted flights to Borea on Monday.'],
    ['Flights between the two capitals were suspended.'],
    ['Arland cancelled all flights to Borea.'],
    ['Borea resumed flights to Arland after a month.'],
  ])('%s → border-closed', (text) => {
    expect(types(text)).toContain('border-closed');
  });
});

describe('a supply run that gets through keeps forces in place; one blocked is told by the blocking', () => {
  test.each([
    ['A supply convoy reached the besieged post on Friday.'],
    ['The resupply mission reached the outpost without incident.'],
  ])('%s → deployment', (text) => {
    expect(types(text)).toContain('deployment');
  });

  test.each([
    ['Borean cutters blocked a resupply mission to the shoal.'],
    ['Borean ships fired water cannon at a resupply mission near the reef.'],
  ])('%s → no deployment', (text) => {
    expect(types(text)).not.toContain('deployment');
  });
});

describe('drone strikes and suicide attacks are their own types, not fighting', () => {
  test.each([
    ['A Borean drone strike killed four soldiers.', 'air-strike'],
    ['A drone dropped explosives on the camp and killed three workers.', 'air-strike'],
    // The participle describes the drone: the drone, not the explosives, hit the camp.
    ['A drone carrying explosives hit the camp late on Wednesday.', 'air-strike'],
    ['A suicide attack killed six soldiers at the checkpoint.', 'suicide-bomb'],
    ['A suicide bomber blew himself up at a checkpoint.', 'suicide-bomb'],
  ])('%s → %s', (text, type) => {
    expect(types(text)[0]).toBe(type);
  });
});

describe('aircraft brought down, forces driven out, an offensive mounted', () => {
  test('jets shot down are the fight\'s losses, no strike of their own', () => {
    const t = types('Fighting spread as Arland shot down three Borean fighter jets and a helicopter.');
    expect(t).toContain('armed-clash');
    expect(t).not.toContain('air-strike');
  });

  test.each([
    ['The second Borean helicopter was downed near the pass.', 'armed-clash'],
    ['Arland downed a Borean drone over the river.', 'disrupted-weapons'],
    ['Arland said it expelled Borean troops from the last of three outposts.', 'territory-regained'],
    ['Officials accused Borea of mounting a massive offensive along the border, which killed seven people.', 'armed-clash'],
    ['The two sides exchanged prisoners at the crossing on Friday.', 'release'],
    ['Aid trucks reached the border town on Sunday.', 'aid'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  test('a refinery bombed by warplanes is no industrial accident', () => {
    expect(types('Borean warplanes bombed the refinery at Kel on Friday.')).not.toContain('man-made-disaster');
  });

  test('"with officials accusing …": the officials accuse', () => {
    const h = found('Borean warplanes bombed Kel on Friday, with Arland officials accusing Borea of targeting homes.').find((x) => x.type === 'accusation');
    expect(h?.speaker?.text).toBe('Arland officials');
  });
});

describe('captives and the dead given back, soldiers who give themselves up, ties suspended', () => {
  test.each([
    ['A Borean border officer handed over the body and two wounded soldiers to Arland officials at the post.', 'release'],
    ['Fifteen bodies were returned to Arland on Friday.', 'release'],
    ['Arland returned the captured guards at the bridge.', 'release'],
    ['Two wounded Arland soldiers who had surrendered were flown to the capital.', 'arrest'],
    ['The interior minister said Arland was suspending diplomatic ties with Borea.', 'envoy-recalled'],
    ['Arland began deporting Borean citizens on Monday.', 'displacement'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  test('people going home still return', () => {
    expect(types('Villagers returned to their homes on Sunday.')).toEqual(['return']);
  });

  test('a soldier\'s surrender is no peace agreement', () => {
    expect(types('Two wounded Arland soldiers who had surrendered were flown to the capital.')).not.toContain('peace-agreement');
  });
});

describe('a flag raised or pulled down over disputed ground asserts a claim', () => {
  test.each([
    ['Borean troops planted their flag on the hill.', 'other'],
    ['Hours later Arland police pulled down a Borean flag on the island.', 'other'],
    ['Protesters pulled down the flag at the Borean embassy.', 'violent-demonstration'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toEqual([type]);
  });
});

describe('a teller who goes on telling in a second clause is still the speaker', () => {
  test('"said … and told …": the president told them', () => {
    const h = found('Last week the president said the island belonged to Arland and told fishermen not to worry.').find((x) => x.type === 'statement');
    expect(h?.speaker?.text).toBe('the president');
  });

  test('"said … were massing and had fired": the forces fired', () => {
    const h = found('Arland said Borean forces were massing and had fired on villages.').find((x) => x.kind === 'civilians' || x.kind === 'fighting');
    expect(h?.agent?.text).toBe('Borean forces');
  });
});

describe('soldiers who come to blows without guns clash; a crowd that does riots', () => {
  test.each([
    ['Arland and Borean soldiers scuffled at the border post on Monday.', 'armed-clash'],
    ['Troops from both sides were involved in a violent face-off in the valley.', 'armed-clash'],
    ['Soldiers of the two armies fought hand-to-hand on the ridge.', 'armed-clash'],
    ['Borean troops pushed forward and occupied a ridge.', 'territory-regained'],
    ['Rioters threw stones at the police.', 'violent-demonstration'],
    ['Unidentified attackers threw a petrol bomb at the Borean embassy.', 'attack-on-civilians'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  test('"the occupied territories" names a place, no occupation of the day', () => {
    expect(types('The occupied territories remain tense.')).toEqual([]);
  });
});

describe('at sea and across the line', () => {
  test.each([
    ['The Arland navy sank a Borean torpedo boat and damaged several other vessels.', 'armed-clash'],
    ['A Borean patrol boat crossed the disputed sea border on Tuesday.', 'deployment'],
    ['Hundreds of villagers crossed the border into Arland.', 'displacement'],
    ['Troops stormed the border post at dawn.', 'armed-clash'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  test.each([
    ['A ferry sank in a storm off the coast.'],
    ['The Borean boat replied by firing directly at the other boat.'],
  ])('%s: no clash from the weather, no accident from firing', (text) => {
    expect(types(text)).not.toContain('armed-clash');
    expect(types(text)).not.toContain('man-made-disaster');
  });

  test('forces that cross and then strike are told by the strike', () => {
    const t = types('Twelve Borean jets crossed the line and hit a camp at dawn.');
    expect(t).not.toContain('deployment');
  });
});

describe('a diplomatic row in its usual words', () => {
  test.each([
    ['Arland protested that there was no legitimate justification for the measures.', 'statement'],
    ['Borean airlines announced they would cease flying to the Arland capital.', 'border-closed'],
    ['Arland banned its citizens from entering Borea.', 'border-closed'],
    ['Borea closed its ports to Arland ships.', 'border-closed'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
    expect(types(text)).not.toContain('peaceful-protest');
  });

  test('farmers who protest outside parliament still protest', () => {
    expect(types('Farmers protested outside parliament.')).toEqual(['peaceful-protest']);
  });
});

describe('who attacked when something "came under attack from …", and captives held', () => {
  test('"came under attack from aircraft": a strike from the air by them, on the subject', () => {
    const h = found('Borean warships near the island have come under attack from Arland aircraft, the military said.')[0];
    expect(h?.type).toBe('air-strike');
    expect(h?.agent?.text).toBe('Arland aircraft');
    expect(h?.patient?.text).toBe('Borean warships');
  });

  test('"said it was holding 180 soldiers": captives held', () => {
    expect(types('Borea said it was holding 180 Arland soldiers and was ready to free them.')).toContain('arrest');
  });

  test.each([
    ['The two sides held talks on Monday.', ['talks']],
    ['Arland troops held their positions.', []],
    ['Soldiers held the town for three days.', []],
  ])('%s holds no one', (text, expected) => {
    expect(types(text)).toEqual(expected);
  });
});

describe('envoys sent home and consulates shut, in the words a long sentence uses', () => {
  test.each([
    ['Borea sent the Arland ambassador in the capital back home on Thursday.'],
    ['A statement said Borea had ordered Arland Ambassador Jon Kel Amari to leave the country within 72 hours.'],
    ['Borea is also shutting down Arland\'s consulates in two cities.'],
    ['Borea ordered the closure of the Arland consulates.'],
  ])('%s → envoy-recalled', (text) => {
    expect(types(text)).toContain('envoy-recalled');
  });

  test('captives sent back are released, forces sent are deployed', () => {
    expect(types('Arland sent back two captured soldiers.')).toEqual(['release']);
    expect(types('Arland sent two battalions to the border.')).toEqual(['deployment']);
  });
});

describe('aid delivered to the displaced', () => {
  test('food and medicine delivered are aid; "the displaced" who receive it are people, no flight', () => {
    expect(types('The Red Cross delivered food and medicine to the displaced.')).toEqual(['aid']);
  });

  test('people who flee still flee', () => {
    expect(types('Thousands of villagers fled their homes on Sunday.')).toContain('displacement');
  });
});

describe('aircraft by their model designations', () => {
  test.each([
    ['Two Borean F-16s bombed a camp near the border.', 'air-strike'],
    ['Borean Su-25 jets pounded the ridge at dawn.', 'air-strike'],
    ['Mi-24 helicopters fired rockets at the column.', 'air-strike'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  test('a model number is no aircraft in other words', () => {
    expect(types('Rebels attacked the post with AK-47 rifles.')).not.toContain('air-strike');
  });
});

describe('who bombs decides how', () => {
  test.each([
    ['The army bombed rebel positions in the hills.', 'air-strike'],
    ['Militants bombed a bus in the capital.', 'explosive'],
    ['Borean forces bombarded the town overnight.', 'shelling'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });
});

describe('talks by hotline, flag meetings and delegations that reconvene', () => {
  test.each([
    ['The defence ministers spoke on the hotline.'],
    ['The delegations will reconvene next week.'],
    ['The two sides\' commanders held a flag meeting at the crossing.'],
  ])('%s → talks', (text) => {
    expect(types(text)).toEqual(['talks']);
  });
});

describe('warning shots, deadlines and airlines, by their roles', () => {
  test('shots into the air in a sentence that tells a clash are part of it', () => {
    const t = types('Officials said the clash began when a group tried to force its way in, and the police fired at least ten shots into the air.');
    expect(t).not.toContain('other');
  });

  test('"fired at least ten shots" fires at no one', () => {
    expect(types('Police fired at least ten shots into the air.')).toEqual(['other']);
  });

  test('what a deadline is set for the other side to do is demanded of it', () => {
    const h = found('Arland had set Friday as the deadline for Borea to take down the flag on the island.').find((x) => x.type === 'other');
    expect(h?.modality).toBe('demanded');
  });

  test('a deadline for an accord names the accord, not a demand on anyone', () => {
    expect(found('The two sides let Monday\'s deadline for a peace agreement pass.').find((x) => x.type === 'peace-agreement')?.modality).toBeUndefined();
  });

  test('an airline that stops flying decides it; a government that halts flights closes the border', () => {
    expect(types('Borean Airways stopped flying to the Arland capital in August.')).toEqual(['decision']);
    expect(types('Borea halted flights to Arland.')).toEqual(['border-closed']);
  });
});

// CAMEO 191 "impose blockade, restrict movement"; ACLED: Strategic developments, Other.
describe('a side\'s craft that stop, board, shadow or drive off the other side\'s craft restrict its movement', () => {
  test.each([
    ['Borean warships blockaded the Arlandese port of Kel on Tuesday.'],
    ['Three Borean corvettes blocked the Arlandese survey ship on Thursday.'],
    ['Borean warships stopped the survey vessel near the Kelvask bank.'],
    ['Borean gunboats turned the Ondrian research vessel back at the median line.'],
    ['The Arlandese tanker was nearing Kel when Borean gunboats blocked it, the ministry said.'],
    ['The Borean coast guard obstructed the Arlandese supply boat near the shoal.'],
    ['Borean coast guard officers boarded the Arlandese fishing boat on Monday.'],
    ['Borean coast guard vessels tailed the Arlandese research ship.'],
    ['Borean jets harassed the Arlandese surveillance aircraft over the strait.'],
    ['A Borean fighter buzzed the Arlandese destroyer on Sunday.'],
    ['Borean patrol boats chased away Arlandese fishing boats near the reef.'],
    ['Borean ships drove off two Arlandese trawlers.'],
    ['The Borean coast guard towed the disabled Arlandese boat to Kel harbour.'],
    ['Borean jets intercepted the Arlandese spy plane over the sea.'],
    ['Borean jets forced the Arlandese plane to land at Velmora.'],
    ['Two Borean cutters kept watch on the Arlandese survey ship as it crossed the bank.'],
    ['Borea said its frigates were keeping a close watch on the Ondrian destroyer.'],
    ['Borean maritime aircraft monitored the Arlandese warships off Kel.'],
  ])('%s → other', (text) => {
    expect(types(text)).toContain('other');
  });

  test('warships that sail beside their own side\'s craft are deployed with it', () => {
    expect(types('Two Borean frigates escorted the survey ship into disputed waters.')).toEqual(['deployment']);
  });

  test.each([
    ['Passengers boarded the ferry at Kel.'],
    ['Hundreds of migrants boarded boats bound for Arland.'],
    ['The minister boarded a plane to Velmora.'],
    ['Police blocked the road to the embassy.'],
    ['Troops stopped the advance of the rebels.'],
    ['Police escorted the protesters out of the square.'],
    ['A war monitor in Velmora said the depot burned for hours.'],
    ['Ondrian officials will monitor the situation along the Kelvask Pass.'],
  ])('%s: no craft of a side stopped', (text) => {
    expect(types(text)).not.toContain('other');
  });

  test('a blow told beside the stop is read by its own words', () => {
    expect(types('Borean sailors stopped the Arlandese boat and shot two of its crew.')).not.toContain('other');
  });

  test('a drone intercepted is a weapon stopped, a crewed plane intercepted is seen off', () => {
    expect(types('Borean jets intercepted the Arlandese spy plane over the sea.')).not.toContain('arrest');
  });
});

describe('military aircraft that touch in the air or come down on the other side\'s ground', () => {
  test.each([
    ['A Borean interceptor and an Arlandese patrol aircraft collided near the Halvane crossing.'],
    ['The crippled Arlandese transport aircraft made an emergency landing at a Borean base.'],
  ])('%s → other', (text) => {
    expect(types(text)).toEqual(['other']);
  });

  test('a helicopter hit by fire that lands is told by the blow', () => {
    expect(types('The Borean helicopter, hit by Arlandese fire, made an emergency landing.')).not.toContain('other');
  });

  test('an airliner\'s emergency landing is nobody\'s act', () => {
    expect(types('A passenger airliner made an emergency landing at Kel.')).not.toContain('other');
  });
});

describe('the verbs of restriction are read in every form, whatever part of speech the tagger gives them', () => {
  test.each([
    ['Borean warships blockaded the port.'],
    ['The Borean navy is blockading the port.'],
    ['Borean jets shadowed the Arlandese plane.'],
    ['A Borean frigate was shadowing the Arlandese ship.'],
    ['Borean ships tailed the Arlandese boat.'],
    ['Borean jets harassed the Arlandese aircraft.'],
    ['The Borean cutter harasses the Arlandese boats.'],
    ['Borean boats chased away the Arlandese trawlers.'],
    ['Borean cutters are towing the Arlandese trawler to Kel.'],
    ['A Borean fighter was buzzing the Arlandese destroyer.'],
    ['A Borean corvette is trailing the Arlandese research vessel.'],
    ['Borean ships had driven off the Arlandese trawlers.'],
    ['The Arlandese boat was boarded by Borean officers.'],
    ['The Arlandese drillship was blocked by Borean warships on Friday.'],
    ['The Arlandese plane was intercepted by Borean jets.'],
  ])('%s → other', (text) => {
    expect(types(text)).toContain('other');
  });
});

// CAMEO 181 "abduct, hijack, or take hostage", 184 "use as human shield", 185–186 "(attempt to) assassinate".
describe('hijackings, assassinations and human shields are violence against civilians', () => {
  test.each([
    ['Gunmen hijacked an Arlandese airliner on Monday.', 'abduction'],
    ['Militants hijacked a bus carrying Borean pilgrims.', 'abduction'],
    ['Borean agents assassinated an Arlandese scientist in Velmora.', 'attack-on-civilians'],
    ['Rebels used villagers as human shields.', 'attack-on-civilians'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  test('an assassination told as a strike is the strike', () => {
    expect(types('Three Arlandese drivers were assassinated in a Borean drone strike.')).not.toContain('attack-on-civilians');
  });
});

// CAMEO 162 "reduce or stop aid", 166 "expel or withdraw peacekeepers, inspectors, observers".
describe('aid between governments cut and observers sent away', () => {
  test.each([
    ['Borea cut off aid to Arland.', 'sanction'],
    ['Borea suspended military aid to Arland.', 'sanction'],
    ['Borea expelled the UN observers from the border zone.', 'deployment'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  test('aid to the displaced held up is no sanction', () => {
    expect(types('Borea halted aid convoys to the displaced in Ondria.')).not.toContain('sanction');
  });
});

// CAMEO 0873 "demobilize armed forces".
describe('forces demobilised or stood down are withdrawn', () => {
  test.each([
    ['Borea demobilised 5,000 reservists.'],
    ['The general said the Borean troops stood down at noon.'],
  ])('%s → deployment', (text) => {
    expect(types(text)).toContain('deployment');
  });

  test('a leader who stands down leaves office', () => {
    expect(types('The Arlandese prime minister stood down on Friday.')).not.toContain('deployment');
  });
});

// CAMEO 145 "protest violently, riot"; ACLED: Riots, Violent demonstration.
describe('an attack on a mission with no armed doer or weapon named is a crowd\'s', () => {
  test.each([
    ['Arland cut ties with Borea, citing the attack on its embassy in Velmora.'],
    ["According to the ministry, Kael Orvan had personally approved last week's attacks on the embassy."],
    ['Protesters attacked the Arlandese consulate in Kel.'],
  ])('%s → violent-demonstration', (text) => {
    expect(types(text)).toContain('violent-demonstration');
  });

  test.each([
    ['Gunmen attacked the Arlandese embassy in Velmora, killing two guards.', 'attack-on-civilians'],
    ['A car bomb attack on the Arlandese embassy killed nine.', 'explosive'],
    ['A Borean drone attack hit the Arlandese embassy.', 'air-strike'],
  ])('%s → %s, no riot', (text, type) => {
    expect(types(text)).toContain(type);
    expect(types(text)).not.toContain('violent-demonstration');
  });
});
