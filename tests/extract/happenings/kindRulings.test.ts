import { describe, expect, test } from 'vitest';
import { findHappenings } from '../../../scripts/lib/extract/happenings/findHappenings.ts';
import { compileHappenings } from '../../../scripts/lib/extract/happenings/compileHappenings.ts';
import { invented, lexicon, rules } from '../../helpers/lexicon.ts';

// Rules of happenings.yaml and findHappenings that keep a happening from being read as the wrong
// kind; every sentence is invented.
const found = (text: string) => findHappenings(text, rules);
const types = (text: string) => found(text).map((h) => h.type);

describe('what a participle of saying adds to an act is the doer\'s account of it', () => {
  test('an incursion a navy gives as its reason for seizing boats is background, not a deployment of the day', () => {
    const entered = found('The navy fired on two fishing boats and towed both away, saying they had entered its waters without leave.').find((h) => h.type === 'deployment');
    expect(entered?.background).toBe(true);
  });

  test('after a telling, "adding that …" goes on telling, and what it tells stands', () => {
    const killed = found('The army said it had repelled the raid, adding that rebels had shelled a border post.').find((h) => h.type === 'shelling');
    expect(killed?.background).toBe(false);
  });
});

describe('captives led through a town are no protest', () => {
  test.each([
    ['The militia took forty guards prisoner, and some of them were marched through the market on Sunday.'],
    ['Soldiers marched the captured fighters to the stadium.'],
  ])('%s', (text) => {
    expect(types(text)).not.toContain('peaceful-protest');
  });

  test('fighters taken prisoner are an arrest even where the sentence tells of a march', () => {
    expect(types('The guards took sixty rebels prisoner, and most of them were marched to the barracks.')).toEqual(['arrest']);
  });

  test('people who march still protest', () => {
    expect(types('Thousands of teachers marched through the capital on Monday.')).toEqual(['peaceful-protest']);
  });
});

describe('victory claimed and rows set off are said, not fought', () => {
  test.each([
    ['The interior ministry claimed victory over the smugglers\' militia on Friday.'],
    ['The rebels declared victory after the last garrison left.'],
    ['The minister\'s remarks set off a row between the two capitals.'],
  ])('%s → statement', (text) => {
    expect(types(text)).toContain('statement');
    expect(types(text)).not.toContain('armed-clash');
  });
});

describe('fire on people who cannot return it is an attack on civilians, not a clash', () => {
  test.each([
    ['Dozens of militants rode into the market town on Friday and opened fire, scattering frightened residents.', 'attack-on-civilians'],
    ['Masked gunmen opened fire on the vehicle of a charity near the river.', 'attack-on-civilians'],
    ['Rebels opened fire on an armoured vehicle of the army, scattering villagers.', 'armed-clash'],
    ['Militants opened fire on soldiers at a checkpoint, scattering villagers.', 'armed-clash'],
  ])('%s → %s', (text, type) => {
    expect(types(text)[0]).toBe(type);
  });
});

describe('what a protest demands, and harm that is sanctioned, are no statement or sanction of their own', () => {
  test('a march demanding higher pay is a protest, not an appeal', () => {
    expect(types('Marches demanding higher pay for nurses are being held in every province.')).toEqual(['peaceful-protest']);
  });

  test('a minister demanding a release still makes a statement', () => {
    expect(types('The foreign minister demanded the release of the two sailors.')).toContain('statement');
  });

  test('"state sanctioned violence" allows harm; it takes no measure against a country', () => {
    expect(types('Hundreds of nurses marched to protest against state sanctioned violence in the capital.')).not.toContain('sanction');
  });

  test('a sanction on a country stays a sanction', () => {
    expect(types('The union sanctioned three ministers of the neighbouring government on Monday.')).toContain('sanction');
  });
});

describe('soldiers killed are combatants, not civilians', () => {
  test.each([
    ['Fighters shot dead a conscript on Tuesday.', 'armed-clash'],
    ['Insurgents shot dead two border guards at dawn.', 'armed-clash'],
    ['Rebels shot dead two villagers near an army post.', 'attack-on-civilians'],
  ])('%s → %s', (text, type) => {
    expect(types(text)[0]).toBe(type);
  });
});

describe('a protest that turns to throwing, or that its words call violent, is a riot', () => {
  test.each([
    ['A masked protester throws a petrol bomb at the gates of the ministry.', 'violent-demonstration'],
    ['Students held violent demonstrations across the city on Sunday.', 'violent-demonstration'],
    ['Thousands of farmers held peaceful demonstrations across the province.', 'peaceful-protest'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  test('a soldier who throws a grenade makes no riot', () => {
    expect(types('A soldier threw a grenade into the bunker.')).not.toContain('violent-demonstration');
  });
});

describe('what a participle with its agent tells of a noun is read in its own clause', () => {
  test('shelling told of a place where bodies were found is shelling, not weapons found', () => {
    expect(types('The bodies of two farmers were found on Tuesday in the village, the hamlet shelled by rebel artillery on Monday.')).toContain('shelling');
    expect(types('The bodies of two farmers were found on Tuesday in the village, the hamlet shelled by rebel artillery on Monday.')).not.toContain('disrupted-weapons');
  });
});

describe("a navy's ships under way are forces deployed", () => {
  test.each([
    ['The aircraft carrier sailed on Friday from its home port, bound for the disputed waters.'],
    ['Two destroyers headed for the strait on Monday.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('deployment');
  });

  test.each([['The ferry sailed on Monday with 200 passengers.'], ['The minister headed for the capital on Monday.']])('but not other craft or people: %s', (text) => {
    expect(types(text)).not.toContain('deployment');
  });
});

describe('the hurt carried to care are moved, not held', () => {
  test.each([
    ['Three border guards were wounded, and they were later taken to hospital in the provincial capital.'],
    ['Six injured gendarmes were taken to the port city for treatment, an officer said.'],
    ['The two wounded policemen were taken to Lashio on Tuesday night.'],
  ])('%s', (text) => {
    expect(types(text)).not.toContain('arrest');
  });

  test('people taken as captives stay an arrest, wherever they are taken', () => {
    expect(types('Rebels took nine soldiers captive and took them to a camp in the hills.')).toContain('arrest');
    expect(types('The hostages were taken to a camp across the river.')).toContain('arrest');
  });
});

describe('the patient decides: combatants taken are captured, civilians taken are abducted', () => {
  test.each([
    ['The navy said three of its sailors had been kidnapped by the neighbouring army on Friday.', 'arrest'],
    ['Two border guards were abducted by the neighbouring army on Sunday.', 'arrest'],
    ['Officers met to discuss the seizure of five soldiers on June 3.', 'arrest'],
    ['Militants kidnapped three villagers from their farms on Monday.', 'abduction'],
    ['Gunmen abducted two policemen near the market.', 'abduction'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  test('the seizure of weapons or of drugs is no capture of people', () => {
    expect(types('Police reported the seizure of forty rifles at a farm.')).toEqual(['disrupted-weapons']);
    expect(types('Customs announced the seizure of 30 kilograms of heroin.')).not.toContain('arrest');
  });
});

describe('fire heard is no attack on those who hear it', () => {
  test.each([
    ['For days, families in the border hamlets have been kept awake by the sound of gunfire from across the river.'],
    ['Villagers said they heard gunfire in the hills overnight.'],
  ])('%s', (text) => {
    expect(types(text)).not.toContain('attack-on-civilians');
  });

  test('fire that strikes people still attacks them', () => {
    expect(types('Gunfire from the hills killed two farmers near the village.')).toContain('attack-on-civilians');
  });
});

describe('a truce or an accord needs to be made: one side\'s fire ending, or an accord in force, is none', () => {
  test('one side that stops firing makes no truce', () => {
    const read = types('The ministry said its gunners then stopped firing at the request of the other army.');
    expect(read).not.toContain('ceasefire');
    expect(read).not.toContain('armed-clash');
  });

  test.each([
    ['Both armies stopped firing at midnight, a spokesman said.'],
    ['The two countries agreed on Sunday to halt all firing along the frontier.'],
  ])('fire stopped together or by agreement is a truce: %s', (text) => {
    expect(types(text)).toContain('ceasefire');
  });

  test('an accord in force, said what it provides for, is no accord of the day', () => {
    expect(types('A regional agreement between the three states provides for joint border patrols.')).not.toContain('peace-agreement');
    expect(types('The agreement, reached on Monday, provides for a buffer zone.')).toContain('peace-agreement');
  });
});

describe('an attack told by its toll stands beside happenings that harmed no one', () => {
  test.each([
    ['Gunmen believed to have crossed the river killed as many as 14 soldiers on the island, the territory the neighbour handed over two years ago.'],
    ['Militants killed nine policemen near the town where the two ministers met last month.'],
  ])('%s', (text) => {
    const harm = found(text).filter((h) => h.casualty);
    expect(harm.map((h) => h.kind)).toEqual([expect.stringMatching(/^(?:fighting|civilians)$/)]);
  });

  test('harm still yields to the blow that caused it', () => {
    const read = found('A landmine blast wounded three soldiers near the border post.');
    expect(read.some((h) => h.casualty)).toBe(false);
    expect(read.map((h) => h.type)).toEqual(['explosive']);
  });
});

describe('an envoy brought home to consult is recalled, however the government words it', () => {
  test.each([
    ['The foreign minister wrote that the president had asked the ambassador in the capital to come back for consultations.'],
    ['The ministry said it had asked its envoy to return home for consultations on Friday.'],
    ['Their ambassador will return for consultations, the ministry said.'],
  ])('%s', (text) => {
    const recall = found(text).find((h) => h.type === 'envoy-recalled');
    expect(recall).toBeDefined();
    expect(recall?.modality).not.toBe('demanded');
    expect(types(text)).not.toContain('relations-restored');
  });

  test('people who come back for consultations with no envoy named recall no one', () => {
    expect(types('The doctors will come back for consultations next week.')).not.toContain('envoy-recalled');
  });
});

describe('sides that agree on a day to do something make an agreement that day', () => {
  test.each([
    ['The two neighbours agreed on Friday to set up a joint border commission.'],
    ['Armenia and its neighbour agreed late on Tuesday to reopen a hotline between their armies.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('peace-agreement');
  });

  test.each([
    ['The prisoners the government had agreed to free on Monday were released.'],
    ['The two sides agreed to meet again in the capital.'],
    ['The ministry agreed on Thursday to open its archives.'],
  ])('one side that agrees, or an agreement the clause does not date, is no accord: %s', (text) => {
    expect(types(text)).not.toContain('peace-agreement');
  });
});

describe('forces named in the phrase are what is moved, whoever the subject', () => {
  test.each([
    ['The army said that it was moving large numbers of troops to the frontier.'],
    ['The capital sent two battalions of soldiers to the border on Monday.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('deployment');
  });

  test('a meeting moved is no deployment', () => {
    expect(types('They moved the talks to Friday.')).not.toContain('deployment');
  });
});

describe('a run of happenings a preposition opens is the setting of the news', () => {
  test.each([
    ['The army asked to cross the river after a run of attacks on its soil by militiamen.', 'armed-clash'],
    ['The two capitals recalled their envoys amid a spate of shootings along the frontier.', 'armed-clash'],
  ])('%s', (text, type) => {
    expect(found(text).find((h) => h.type === type)?.background).toBe(true);
  });

  test('a short stretch may be the news itself', () => {
    expect(found('After two days of talks, the ministers signed an accord.').find((h) => h.type === 'talks')?.background).toBe(false);
  });
});

describe('one force that asks another to take up a task deploys it', () => {
  test('an army asking the air force to guard the frontier is a measure, not an appeal', () => {
    const read = types('Short of men, the Borean army has asked its air force to patrol the northern frontier as well.');
    expect(read).toContain('deployment');
    expect(read).not.toContain('statement');
  });

  test('a government asking another to act still appeals', () => {
    expect(types('The foreign minister asked the neighbouring government to hand over the suspects.')).toContain('statement');
  });
});

test('a government asking another government to act appeals, though both are state forces in the word lists', () => {
  expect(types('The government asked the neighbouring government to drop its complaint.')).not.toContain('deployment');
});

describe('who protests decides the kind: a government protests in words, a crowd in the street', () => {
  test.each([
    ["The minister's protest, days into the row, followed a televised speech by his counterpart."],
    ["The government's protest came a day after the shelling of the border post."],
    ["Ruiz's protest was the sharpest yet, coming hours after the ambassador was expelled."],
  ])('%s → statement', (text) => {
    expect(types(text)).toContain('statement');
    expect(types(text)).not.toContain('peaceful-protest');
  });

  test.each([
    ["The farmers' protest blocked the main highway for a third day."],
    ["The union's protest drew thousands of workers to the square."],
    ["The opposition's rally filled the stadium on Sunday."],
  ])('%s → peaceful-protest', (text) => {
    expect(types(text)).toContain('peaceful-protest');
  });

  test('a rally a leader tells something is the audience of a telling, no protest', () => {
    const text = 'Perez told a rally in the capital on Friday that his government had recalled its ambassador.';
    expect(types(text)).not.toContain('peaceful-protest');
  });
});

describe('what a government does "in protest" is the news, and the protest its motive', () => {
  test.each([
    ['The republic closed its frontier with its neighbour on Saturday, its interior minister said, in protest at the raids.'],
    ['The government shut its consulate in the border town in protest over the arrests of two traders.'],
  ])('%s', (text) => {
    expect(types(text)).not.toContain('peaceful-protest');
  });

  test('people who stay away from work in protest still protest', () => {
    expect(types('Thousands of workers stayed home in protest against the new fuel tax.')).toContain('peaceful-protest');
  });
});

describe('a place that takes shells receives them; a force that takes them seizes them', () => {
  test.each([
    ['Monitors counted four villages hit across the frontier; one of them took some 60 rockets within two hours.'],
    ['The hilltop post took more than 80 shells overnight, the defence ministry said.'],
  ])('%s → no seizure', (text) => {
    expect(types(text)).not.toContain('disrupted-weapons');
  });

  test.each([
    ['Rebels took 40 missiles from an abandoned depot near the river.'],
    ['Border guards took 200 rifles and a crate of rockets from the lorry.'],
  ])('%s → seizure', (text) => {
    expect(types(text)).toContain('disrupted-weapons');
  });
});

describe('a peace said to be harmed is no accord made that day', () => {
  test.each([
    ['The president accused his counterpart of spreading lies and undermining efforts at reconciliation.'],
    ['Critics warned that the raid could derail the peace process between the two capitals.'],
  ])('%s', (text) => {
    expect(types(text)).not.toContain('peace-agreement');
  });

  test('an accord signed is still an accord', () => {
    expect(types('The two governments signed a peace agreement in the capital on Tuesday.')).toContain('peace-agreement');
  });
});

describe('a party that hits the other\'s installations strikes them', () => {
  const withParties = compileHappenings(lexicon.happenings, lexicon.ontology, { party: ['Arland', 'Borea', 'Borean'], place: [] });
  const typed = (text: string) => findHappenings(text, withParties).map((h) => h.type);

  test.each([
    ['Arland hit a Borean radar station overnight, its defence ministry said.'],
    ['Borea struck an Arland missile launcher near the coast on Friday.'],
    ['Arland targeted Borean air defences around the port.'],
  ])('%s → air strike', (text) => {
    expect(typed(text)).toContain('air-strike');
  });

  test.each([
    ['Arland hit a record in grain exports last year.'],
    ['Arland struck a deal with Borea on radar sales.'],
    ['Borean exports hit the depot of a trading house.'],
  ])('%s → no strike', (text) => {
    expect(typed(text)).not.toContain('air-strike');
  });
});

describe('a leader who goes to see the front makes a visit, neither talks nor a deployment', () => {
  const withParties = compileHappenings(lexicon.happenings, lexicon.ontology, { party: ['Arland', 'Borea', 'Borean'], place: [] });
  const typed = (text: string) => findHappenings(text, withParties).map((h) => h.type);

  test.each([
    ['The head of the Borean army toured the northern border with Arland on Thursday.'],
    ['The president visited troops on the front line on Sunday.'],
    ['The defence minister inspected positions along the frontier on Monday.'],
  ])('%s → other', (text) => {
    expect(typed(text)).toEqual(['other']);
  });

  test.each([
    ['The band toured Arland last summer.'],
    ['Customs officers inspected trucks at the border crossing.'],
    ['The minister toured a car factory near the capital.'],
  ])('%s → nothing', (text) => {
    expect(typed(text)).toEqual([]);
  });

  test('a minister who visits a party or a counterpart still holds talks', () => {
    expect(typed('The foreign minister visited Borea on Monday.')).toEqual(['talks']);
    expect(typed('The president visited his counterpart in the capital on Monday.')).toEqual(['talks']);
  });
});

describe('a side\'s aircraft that crashes with no blow told is a development, not an accident or a fight', () => {
  test.each([
    ['The three crewmen of a navy helicopter that crashed near the islets are missing.'],
    ['A military transport plane crashed in the mountains during a training flight.'],
  ])('%s → other', (text) => {
    expect(types(text)).toContain('other');
  });

  test('an airliner\'s crash stays an accident', () => {
    expect(types('A passenger plane crashed on landing at the capital\'s airport.')).toEqual(['man-made-disaster']);
  });

  test.each([
    ['He was hit by air defences and his plane crashed on the other side of the line.'],
    ['A Borean surveillance drone crashed near Kelvask Pass on a training flight, officials said.'],
  ])('%s → no development', (text) => {
    expect(types(text)).not.toContain('other');
  });
});

describe('a government attacked by its rivals at home is attacked in words', () => {
  test.each([
    ['Rivals at home attacked Ana Ruiz and Kael Orvan alike for the concessions they made.'],
    ['The prime minister was attacked by the opposition for his handling of the crisis.'],
  ])('%s → no clash', (text) => {
    expect(types(text)).not.toContain('armed-clash');
    expect(types(text)).not.toContain('attack-on-civilians');
  });

  test('fighters of the opposition still attack', () => {
    expect(types('Opposition fighters attacked an army checkpoint.')).toEqual(['armed-clash']);
  });
});

describe('a side that says it still holds the ground answers the claim that it lost it', () => {
  test.each([
    ['The ministry said its forces still held all three posts, but it welcomed the truce.'],
    ['The governor insisted the town remained in government hands.'],
  ])('%s → denial', (text) => {
    expect(types(text)).toContain('denial');
  });

  test.each([
    ['Rebels still hold much of the north.'],
    ['The army said it still held two soldiers of the other side.'],
    ['The two sides still hold talks every month, officials said.'],
  ])('%s → no denial', (text) => {
    expect(types(text)).not.toContain('denial');
  });
});

describe('an adjective after "is" is said of the subject, which does what the infinitive says', () => {
  test.each([
    ['The Ondrian assembly is due to take up the dispute over the pass on Monday.', 'talks'],
    ['Rebels are likely to attack an army post on Monday.', 'armed-clash'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toEqual([type]);
  });

  test('what the council takes up must still be a dispute', () => {
    expect(types('The council is due to take up the budget on Monday.')).toEqual([]);
  });
});

describe('ground won back is ground regained, whatever stands between the verb and its particle', () => {
  test('troops that won the area back regained it', () => {
    expect(types('Government troops are reported to have won the area back after two days.')).toContain('territory-regained');
  });

  test('trust won back is no ground', () => {
    expect(types('The army won the trust of villagers back.')).toEqual([]);
  });
});

describe('an understanding reached between sides is an accord made', () => {
  test.each([
    ['Arland and Borea came to an understanding last week over how the outpost at Kelvask Pass may be resupplied.'],
    ['The two sides came to an understanding on Saturday.'],
  ])('%s → accord', (text) => {
    expect(types(text)).toContain('peace-agreement');
  });

  test('an understanding of a problem is insight, no accord', () => {
    expect(types('The ministers came to an understanding of the problem.')).toEqual([]);
  });
});

describe('a state\'s forces who kill unarmed people attack civilians, whatever form of the verb tells it', () => {
  // The rule once listed past forms only ("shot", "killed"), so the noun and the present fell to the
  // harm's default reading, a toll of no known cause (kind fighting, no type) once triggersOf took it.
  test.each([
    ['The killing of five villagers by Borean soldiers drew wide condemnation.'],
    ['Borean troops kill five villagers near the pass.'],
    ['Borean soldiers killed three farmers in their fields.'],
  ])('%s → attack-on-civilians, by a rule of who did it to whom', (text) => {
    expect(found(text).find((h) => h.type === 'attack-on-civilians')?.rule).toMatch(/\.refine\[/);
  });

  test('the killing of soldiers by soldiers is fighting', () => {
    expect(types('The killing of two Borean soldiers by Arlandese troops angered Velmora.')).not.toContain('attack-on-civilians');
  });
});

describe('a state that bombs does it from the air; a bomb an armed group sets off stays an explosive', () => {
  test.each([
    ['Arland bombed Borean positions on Saturday.', 'air-strike'],
    ['The Borean army bombed rebel camps near the border.', 'air-strike'],
    ['Rebels bombed a bus on Saturday.', 'explosive'],
  ])('%s → %s', (text, type) => {
    // The invented gazetteer names Arland and Borea as parties (tests/helpers/invented/).
    expect(findHappenings(text, invented.happenings).map((h) => h.type)).toContain(type);
  });
});

describe('a government that sits to decide takes a decision; it holds no talks with the other side', () => {
  const inventedTypes = (text: string) => findHappenings(text, invented.happenings).map((h) => h.type);
  test.each([
    ['The Arlandese cabinet took its decision at a session late on Friday.'],
    ['Borea\'s defence council reached its decisions at a crisis meeting called after the shelling.'],
    ['President Ruiz called an emergency meeting of his defence ministers on Friday night.'],
    ['Speakers at Arland\'s national dialogue conference condemned Borea on Tuesday.'],
  ])('%s', (text) => {
    const kinds = findHappenings(text, invented.happenings).map((h) => h.kind);
    expect(kinds).toContain('measure');
    expect(kinds).not.toContain('talks');
  });

  test.each([
    ['Arland and Borea took the decision at a meeting in Velmora.'],
    ['The two sides made their decision at a session on the border.'],
    ['The Arlandese foreign minister met his Borean counterpart and the two defence ministers in Velmora.'],
  ])('sides that decide together, or ministers who meet the other side, still hold talks: %s', (text) => {
    expect(inventedTypes(text)).toContain('talks');
  });

  test('decisions taken are nothing seized, whatever the sentence tells of shells', () => {
    expect(inventedTypes('The council took the decisions hours after the shelling of Ondria.')).not.toContain('disrupted-weapons');
  });
});

describe('a kind word in another sense: forces seen, practice fired, a body at one, a crossing as a place', () => {
  test('warplanes counted around a strait, with no blow or harm in the sentence, are forces out, no strike', () => {
    expect(types('By Friday evening, Borea\'s defence ministry had counted 40 Arlandese warplanes and nine warships near Velmora.')).toEqual(['deployment']);
  });

  test.each([
    ['Arlandese warplanes pounded Borean positions on Friday.'],
    ['Arlandese warplanes killed 12 villagers in Ondria.'],
    ['Arlandese warplanes struck the Halvane crossing.'],
  ])('warplanes that strike or kill still make an air strike: %s', (text) => {
    expect(types(text)).toContain('air-strike');
  });

  test('shells of an exercise the sentence names, fired at nothing, are practice', () => {
    expect(types('The exercise in Ondria began at first light as flares and the opening shells went up; it ended at noon.')).not.toContain('shelling');
  });

  test('shells that hit villages beside a drill still shell them', () => {
    expect(types('Arland held drills on Monday, while Borean shells hit two villages.')).toContain('shelling');
  });

  test('ministers who agree that something will be done decide it; they make no accord', () => {
    expect(types('Ministers agreed that names Borea proposed would go on the existing sanctions list.')).not.toContain('peace-agreement');
  });

  test.each([
    ['Arland and Borea agreed that the crossing would reopen on Monday.'],
    ['The two sides agreed that the border would be demarcated.'],
  ])('sides that agree with each other still make an accord: %s', (text) => {
    expect(types(text)).toContain('peace-agreement');
  });

  test('a crossing named as a place, with no one to flee through it, is no displacement', () => {
    expect(types('Lorries moved again on Friday through Halvane, Borea\'s main crossing into Arland.')).not.toContain('displacement');
  });

  test.each([
    ['Hundreds of refugees made the crossing into Borea overnight.'],
    ['Thousands of families crossed into Borea on Monday.'],
  ])('people who cross still flee: %s', (text) => {
    expect(types(text)).toContain('displacement');
  });
});

describe('roads barricaded by people are a protest; by forces, a deployment; by armed groups, neither', () => {
  test.each([
    ['Borean villagers put up new barricades of loaded lorries overnight in Ondria.', 'peaceful-protest'],
    ['Fresh roadblocks went up in Ondria\'s streets on Tuesday.', 'peaceful-protest'],
    ['Thousands of Boreans erected barricades across the main road to the Halvane crossing.', 'peaceful-protest'],
    ['Police set up roadblocks around the capital on Monday.', 'deployment'],
    ['Armed groups from Ondria set up barricades on the highway to Velmora.', 'other'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toEqual([type]);
  });

  test('barricades named alone are no happening of their own', () => {
    expect(types('The barricades must be removed, the envoy said.')).not.toContain('peaceful-protest');
  });
});

describe('the crew of a downed warplane are combatants, not civilians', () => {
  test.each([
    ['An Ondrian rebel leader said his men had opened fire on both crew members as they drifted down by parachute.'],
    ['A crew member was shot dead by Borean rebels as he parachuted down.'],
    ['Borean rebels killed the pilot of a downed Arlandese warplane.'],
  ])('%s → armed-clash', (text) => {
    expect(types(text)).toEqual(['armed-clash']);
  });

  test.each([
    ['Gunmen opened fire on the crew of a passenger plane at Velmora airport.'],
    ['Rebels shot dead two farmers near Ondria.'],
  ])('an airliner\'s crew, and farmers, are still civilians: %s', (text) => {
    expect(types(text)).toEqual(['attack-on-civilians']);
  });
});

describe('forces at practice are a deployment: exercises, war games and rehearsals of troops or guns', () => {
  test.each([
    ['Arlandese gunners rehearsed fending off a landing with live rounds on Tuesday.'],
    ['The exercise in Ondria, south of Velmora, began at first light as the opening shells were fired.'],
    ['The Borean command said its units would keep up their exercises off Velmora.'],
    ['The Borean navy held war games off the coast on Monday.'],
    // Drills are practice as an exercise is, whichever force the sentence names.
    ['Drills by Arlandese destroyers off Ondria went on for a third day.'],
  ])('%s → deployment', (text) => {
    expect(types(text)).toContain('deployment');
  });

  test.each([
    ['The army exercised restraint on Monday.'],
    ['The talks were a public relations exercise, the minister said.'],
    ['Borea condemned the exercise of Arlandese sovereignty over the pass.'],
    ['Students rehearsed a play in Velmora.'],
    // Drilling is for oil or gas, whatever warships stand by.
    ['The rig went on drilling off Ondria while Borean warships watched.'],
  ])('an exercise of anything else moves no forces: %s', (text) => {
    expect(types(text)).not.toContain('deployment');
  });
});

describe('a ship of a side that returns to port is pulled back; a trawler or its fishermen are not', () => {
  test.each([
    ['On May 4 the Kelvask returned to port near Velmora, a move Arland hailed as a first step.'],
    ['Two Borean warships returned to port on Monday.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('deployment');
  });

  test.each([
    ['The fishing boat returned to port on Monday.'],
    ['The fishermen returned to port with their catch.'],
  ])('%s', (text) => {
    expect(types(text)).toEqual([]);
  });
});

describe('talking held up as the way to settle things is a view, no meeting', () => {
  test.each([
    ['A Borean defence ministry spokesman said Borea regarded dialogue and negotiation as the sensible way to resolve any dispute.'],
    ['Dialogue is the only way to end the dispute, the minister said.'],
  ])('%s', (text) => {
    expect(types(text)).not.toContain('talks');
  });

  test.each([
    ['Arland and Borea held dialogue in Velmora on Monday as a way to end the dispute.'],
    ['The two sides began negotiations on Monday.'],
  ])('dialogue held, begun or dated still meets: %s', (text) => {
    expect(types(text)).toContain('talks');
  });
});

describe('a deed done to no one was not done', () => {
  const read = (text: string) => findHappenings(text, invented.happenings);
  test.each([
    ["Arland's army attacks nobody and takes no one's land, the president said."],
    ['Borean troops shelled nothing at the Kelvask Pass.'],
  ])('%s → every act negated', (text) => {
    const acts = read(text);
    expect(acts.length).toBeGreaterThan(0);
    expect(acts.every((h) => h.negated)).toBe(true);
  });

  test.each([
    ['The gunmen killed no fewer than 12 villagers in Ondria.'],
    ['Borean guns shelled nothing but empty fields near Velmora.'],
  ])('a bound or an exception after "no" still tells the deed: %s', (text) => {
    expect(read(text).some((h) => !h.negated)).toBe(true);
  });

  test('a vote of "no" is a vote cast, not denied', () => {
    expect(read('Of all the members, Arland and Borea alone voted no as the resolution passed on Friday.').find((h) => h.type === 'decision')?.negated).toBe(false);
  });
});

describe('what an act answers is its reason, with or without "in"', () => {
  test.each([
    ["Velmora signed a decree on Saturday, stepping up its response to the shooting down of a jet by Arlandese forces."],
    ["Arland's reaction to the shelling of Ondria was swift."],
    ['Borea vowed revenge for the attack on its post at the Kelvask Pass.'],
  ])('%s', (text) => {
    const violent = found(text).filter((h) => h.kind === 'fighting' || h.kind === 'strike');
    expect(violent.length).toBeGreaterThan(0);
    expect(violent.every((h) => h.background)).toBe(true);
  });
});

describe('a warplane brought down is what was hit, not an air strike', () => {
  test.each([
    ['Velmora protested at the shooting down of an Arlandese warplane by Borean jets.'],
    ['Borean jets shot down an Arlandese warplane near the Kelvask Pass.'],
  ])('%s', (text) => {
    expect(types(text)).not.toContain('air-strike');
  });

  test('a warplane that bombs strikes', () => {
    expect(types('An Arlandese warplane bombed the depot at Velmora.')).toContain('air-strike');
  });
});

describe('what enters a country with no one to carry it takes no ground', () => {
  const inventedTypes = (text: string) => findHappenings(text, invented.happenings).map((h) => h.type);
  test.each([
    ['Velmora said oil from the northern fields was entering Arlandese territory on an industrial scale.'],
    ['Smoke from the fires entered Arlandese territory on Monday.'],
  ])('%s', (text) => {
    expect(inventedTypes(text)).not.toContain('territory-regained');
  });

  test.each([
    ['Arlandese troops entered Borean territory on Monday.'],
    ['Arland entered Borean territory at dawn.'],
  ])('forces or a state that enter still take ground: %s', (text) => {
    expect(inventedTypes(text)).toContain('territory-regained');
  });
});

describe('things gathered are collected, not a crowd', () => {
  test.each([
    ['Borean sailors boarded the boats on Tuesday and found large amounts of illegally gathered coral in the hold.'],
    ['Arlandese police gathered evidence at the scene in Ondria.'],
  ])('%s', (text) => {
    expect(types(text)).not.toContain('peaceful-protest');
  });

  test('people who gather still protest', () => {
    expect(types('Supporters and some protesters gathered outside the hotel in Velmora.')).toContain('peaceful-protest');
  });
});

describe('what one side kept another from doing was not done', () => {
  test.each([
    ['The standoff began on Tuesday, when Borean vessels kept Arlandese ships from arresting the fishermen.', 'arrest'],
    ['Arlandese troops were prevented from entering Ondria.', 'territory-regained'],
  ])('%s', (text, type) => {
    const held = found(text).filter((h) => h.type === type);
    expect(held.every((h) => h.negated)).toBe(true);
  });

  test('what comes after "from" is held back however long the object before it', () => {
    const reached = found('Borean guards stopped the long column of refugees at the ford late on Monday night from reaching the Halvane crossing.').filter((h) => h.type === 'displacement');
    expect(reached.every((h) => h.negated)).toBe(true);
  });

  test('an arrest after keeping someone from fleeing is an arrest', () => {
    expect(found('Borean guards arrested two fishermen after stopping them from fleeing.').find((h) => h.type === 'arrest')?.negated).toBe(false);
  });
});

describe('a gerund that only names the kind of a thing is no act', () => {
  test.each([
    ['Borean troops withdrew from their fighting positions near the Kelvask Pass on Monday.'],
    ['Arland moved its firing ranges away from the border.'],
  ])('%s → no fighting', (text) => {
    expect(found(text).map((h) => h.kind)).not.toContain('fighting');
  });

  test.each([
    ['Renewed fighting erupted near the Kelvask Pass on Monday.'],
    ['The fighting killed ten soldiers near Ondria.'],
  ])('the act itself stays: %s', (text) => {
    expect(found(text).map((h) => h.kind)).toContain('fighting');
  });
});

describe('who protests: people in the street, not states, ships or forces', () => {
  const inventedTypes = (text: string) => findHappenings(text, invented.happenings).map((h) => h.type);
  test.each([
    ['Borean fishermen protested against the fishing ban on Monday.'],
    ['Arlandese students demonstrated outside the Borean embassy in Velmora.'],
    ['An Arlandese villager demonstrating against Borean troops was shot on Friday.'],
  ])('%s → protest', (text) => {
    expect(inventedTypes(text)).toContain('peaceful-protest');
  });

  test('a state that protests does so in words', () => {
    expect(inventedTypes('Arland protested to Borea on Monday.')).not.toContain('peaceful-protest');
  });

  test('troops a state marches to the border are deployed', () => {
    expect(inventedTypes('Arland marched hundreds of troops to the border near the Kelvask Pass.')).toEqual(['deployment']);
  });

  test.each([
    ['Borean warships rallied near the islands on Tuesday.'],
    ['Borea demonstrated its new rocket launcher on Monday.'],
  ])('%s → no protest', (text) => {
    expect(inventedTypes(text)).not.toContain('peaceful-protest');
    expect(inventedTypes(text)).not.toContain('statement');
  });
});

describe('links between states cut are a diplomatic or trade measure', () => {
  const inventedTypes = (text: string) => findHappenings(text, invented.happenings).map((h) => h.type);
  test.each([
    ['Arland severed trade links with Borea on Monday.', 'sanction'],
    ['Borea cut diplomatic links with Arland.', 'envoy-recalled'],
    ['Arland barred Borean ships from its ports.', 'border-closed'],
  ])('%s → %s', (text, type) => {
    expect(inventedTypes(text)).toContain(type);
  });

  test('power links cut by a storm are no measure', () => {
    expect(inventedTypes('The storm cut power links to Ondria.')).not.toContain('border-closed');
  });
});

describe('a place phrase that opens a sentence is no aside', () => {
  test.each([
    ['Outside the Arlandese consulate in Velmora, about 300 protesters hurled bottles and smashed its gates.'],
    ['Inside the compound, dozens of protesters threw stones at the guards.'],
  ])('%s → riot', (text) => {
    expect(types(text)).toContain('violent-demonstration');
  });
});

describe('fire at no one and deaths in a search are no fighting', () => {
  test('guns fired out to sea warn or drill; no one is fought', () => {
    const kinds = found('Borean guns lined up on the coast at Ondria fired out to sea, a journalist at the site said.').map((h) => h.kind);
    expect(kinds).not.toContain('fighting');
    expect(types('Borean guns lined up on the coast at Ondria fired out to sea.')).toContain('other');
  });

  test('who tells of fire out to sea is no target of it', () => {
    expect(types('Borean howitzers lined up on the coast at Ondria fired out to sea, a journalist at the site said.')).not.toContain('shelling');
    expect(types('Borean howitzers fired out to sea, a reporter said.')).not.toContain('shelling');
  });

  test('a shell fired at a village a journalist saw still strikes, and fire into the sea that kills a fisherman is an attack', () => {
    expect(types('Borean howitzers fired a shell at the village, a journalist at the site said.')).toContain('shelling');
    expect(found('Borean mortars fired out to sea killed a fisherman, villagers said.').map((h) => h.kind)).toContain('strike');
  });

  test('a diver who died during the search fell in no battle', () => {
    expect(found('An Arlandese navy diver died during the search.').map((h) => h.kind)).not.toContain('fighting');
  });

  test('soldiers who died in a clash still fell in fighting', () => {
    expect(found('Two Borean soldiers died in the clash near the Kelvask Pass.').map((h) => h.kind)).toContain('fighting');
  });
});

describe('a kind word inside a name is no happening', () => {
  test.each([
    ['The Ceasefire Monitoring Committee met in Velmora on Monday.', 'ceasefire'],
    ['The Attack Helicopter Regiment moved to Ondria.', 'fighting'],
    ['Protest Party leader Ivo Dran said Arland must answer.', 'protest'],
    ['The ruling Liberation Front called for calm in Ondria.', 'measure'],
  ])('%s → no %s', (text, kind) => {
    expect(found(text).map((h) => h.kind)).not.toContain(kind);
  });

  test.each([
    ['Fighting Sunday killed four soldiers near the Kelvask Pass.', 'fighting'],
    ['Arland condemned the shelling Borea carried out on Monday.', 'strike'],
  ])('a day or a clause after the word leaves it the act: %s', (text, kind) => {
    expect(found(text).map((h) => h.kind)).toContain(kind);
  });
});

describe('"moved to" and an act is a step towards the act, no forces moved', () => {
  test.each([
    ['The Arlandese navy moved to arrest Borean fishermen on Monday.'],
    ['Borean police moved to close the Kelvask Pass crossing on Monday.'],
  ])('%s', (text) => {
    expect(types(text)).not.toContain('deployment');
  });

  test.each([
    ['Borean troops moved to the border on Monday.'],
    ['Arlandese navy ships have moved to set positions off Velmora.'],
  ])('forces that move somewhere are deployed: %s', (text) => {
    expect(types(text)).toContain('deployment');
  });
});

describe('movements of ships, people and goods told as the news are acts', () => {
  test.each([
    ['Kael Orvan said in a statement that a Borean survey vessel had been sent back to the shoal.', 'deployment'],
    ['Velmora is sending a rescue vessel to bring the fishing boats out.', 'deployment'],
    ['Arland dispatched two coast guard cutters to the reef on Monday.', 'deployment'],
    ['The frigate left the strait on Tuesday.', 'deployment'],
    ['The two Arland government ships that faced down Borea at the shoal are heading home on orders of the president.', 'deployment'],
    ['Late Friday the Borean trawlers sailed out of the shoal, the minister confirmed.', 'other'],
    ['The last five fishing boats sailed away from the disputed reef on Saturday.', 'other'],
    ['Arland police turned back the head of the Borean church at the Halvane crossing on Monday.', 'border-closed'],
    ['Borea denied entry to the Arland minister at the airport.', 'border-closed'],
    ['Arland shut a section of the export pipeline on Thursday.', 'decision'],
    ['The minister ordered the flow of crude through the pipeline halted on Thursday.', 'decision'],
    ['Some 12,000 workers have come back through the border crossing since the killings.', 'return'],
    ['Hundreds of workers have been flown back home already.', 'evacuation'],
    ['Everyone in the camp had gone to a logistics centre on Thursday.', 'evacuation'],
    ['Borean guards cleared a makeshift camp near the Halvane crossing on Thursday, moving out some 2,000 migrants.', 'evacuation'],
    ['Borea empties migrant camp on Arland border.', 'evacuation'],
    ['After the clash, the Arland authorities shut the Halvane–Velmora crossing until further notice.', 'border-closed'],
    ['Under an evacuation scheme set out by the aviation minister, some hundreds have reportedly been flown back already.', 'evacuation'],
    ['On the same day, Arland sent back to Borea the body of the pilot, who was shot dead as he parachuted.', 'release'],
    ['Arland sent the captured guards back to Borea on Friday.', 'release'],
    ['Arland sent the captured fishing boat back to Borea.', 'release'],
    ['Arland sent its troops back to the border on Friday.', 'deployment'],
    ['Borea closed the crossing and deported more than 1,000 migrants on Friday.', 'displacement'],
    ['Borea expelled some 1,300 farm workers on Friday, accusing them of smuggling.', 'displacement'],
    ['Arland shut off the oil pipeline feeding Borea\'s refineries on Sunday, deepening the row.', 'decision'],
    ['Velmora radio reported that Borea had begun lifting its blockade of Arland ports.', 'decision'],
    ['The navy imposed a blockade on the rebel-held port on Monday.', 'deployment'],
    ['Pipeline dispute: Arland halts oil exports to Velmora', 'sanction'],
    ['Last week two Borean military aircraft flew into Arland\'s airspace without permission.', 'other'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  test.each([
    ['Borea sent a cargo ship to the port of Velmora.'],
    ['The ferry sailed on Monday with 200 passengers.'],
    ['The ferry left Velmora for Ondria on Monday.'],
    ['The minister left the capital on Monday.'],
    ['The troops turned back after an hour.'],
    ['The reform turned back the clock on press freedom.'],
    ['Arland moved to halt the flow of migrants across the Kelvask Pass.'],
    ['The minister went to the reception centre on Tuesday.'],
    ['The envoy came back from Velmora on Monday.'],
    ['The writer returned to the theme on Monday.'],
    ['The talks moved forward on Monday.'],
    ['Arland troops cleared the rebel camp in the hills on Monday.'],
    ['Police cleared the protest camp outside parliament on Monday.'],
    ['Arland sent the letter back unopened.'],
    ['The minister flew back to Velmora on Monday.'],
    ['The minister opened the conference on pipeline security on Monday.'],
    ['The airliner flew into Arland airspace on Monday.'],
    ['Investors flew into the capital on Monday.'],
  ])('but not in their other senses: %s', (text) => {
    expect(types(text).filter((t) => ['deployment', 'other', 'border-closed', 'decision', 'return', 'evacuation', 'displacement', 'release'].includes(t))).toEqual([]);
  });

  test.each([
    ['Arland troops went into the disputed strip near the Halvane crossing on Tuesday.'],
    ['A unit of Borean border guards strayed into the border area overnight.'],
  ])('forces that go into ground along the line cross it: %s', (text) => {
    expect(types(text)).toContain('deployment');
  });

  test.each([
    ['The soldiers went into their barracks on Tuesday.'],
    ['The villagers went into the hills to gather wood.'],
    ['Arland soldiers went into the village and opened fire on the guards.'],
  ])('but not into their own base, nor people who are no force, nor a raid told by its fire: %s', (text) => {
    expect(types(text)).not.toContain('deployment');
  });

  test.each([
    ['About 2,000 Boreans, whole families among them, reached the Arland island of Ondria in small boats on Monday.'],
    ['Several thousand migrants poured across the border into Ondria on Friday.'],
    ['Arland counted 80 arrivals of refugees at the Halvane crossing last week.'],
    ['Hundreds of families streamed into the border town overnight.'],
  ])('people who come over a border in numbers flee across it: %s', (text) => {
    expect(types(text)).toContain('displacement');
  });

  test.each([
    ['The Arland foreign minister arrived in Velmora on Monday.'],
    ['The two sides reached an agreement on Monday.'],
    ['Borean troops reached the outskirts of Ondria on Monday.'],
    ['The arrival of the Borean envoy was delayed by a storm.'],
    ['The talks reached a deadlock on Monday.'],
  ])('but officials, troops and accords that arrive or are reached flee nothing: %s', (text) => {
    expect(types(text)).not.toContain('displacement');
  });

  test('citizens heading to the other side through a crossing are not coming back', () => {
    expect(types('Arland closed the crossing to keep its citizens heading to Borea safe, the radio said late on Monday.')).not.toContain('return');
  });

  test('an envoy expelled is recalled, and rebels expelled from a town are fought off it, not people driven out', () => {
    expect(types('Borea expelled the Arland ambassador on Friday.')).toEqual(['envoy-recalled']);
    expect(types('The army expelled the rebels from the town.')).not.toContain('displacement');
  });

  test('a name set off by commas before a passive verb renames its subject, which is still what the act befell', () => {
    expect(types('The warship, the ARS Gregor del Vask, was sent to the area on Sunday.')).toContain('deployment');
    expect(types('The teenager, Arno Vask, was attacked by soldiers on Wednesday.')).toContain('attack-on-civilians');
  });

  test('the doer named in such an aside stays the one named', () => {
    const warned = found('The spokesman, Colonel Arno Vask, warned on Monday that Borea would respond.').find((h) => h.type === 'statement');
    expect(warned?.agent?.text).toBe('Colonel Arno Vask');
  });

  test('aircraft at an exercise fly into no one\'s airspace', () => {
    expect(types('Two Borean military aircraft flew into Arland airspace during the drill on Monday.')).not.toContain('other');
  });

  test('a pipeline shut by a leak is no measure', () => {
    expect(types('A leak forced the company to shut the pipeline on Thursday.')).not.toContain('decision');
  });

  test('"Arland moved to condemn" is a statement, no movement', () => {
    expect(types('Arland moved to condemn the shooting.')).toEqual(expect.arrayContaining(['statement']));
    expect(types('Arland moved to condemn the shooting.')).not.toContain('deployment');
  });
});

describe('sides that talk a matter over meet; the matter is their topic, not their kind', () => {
  test.each([
    ['Officials of Arland and Borea discussed the ceasefire on Monday.'],
    ['The two delegations discussed the border dispute in Velmora on Monday.'],
    ['The Arlandese foreign minister discussed the closure with his Borean counterpart on Monday.'],
    ['The Arlandese and Borean defence ministers talked on Monday about the ceasefire.'],
    ['Mediators from Ondria shuttled between the two delegations on Monday.'],
    ['The Arlandese president spoke with the Borean king on Tuesday about the dispute.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('talks');
  });

  test.each([
    ['The Arlandese cabinet discussed the closure of the border on Monday.'],
    ['The president discussed the shelling with his security cabinet on Monday.'],
    ['Analysts discussed the risk of war on Monday.'],
    ['Commentators in Velmora talked about war on Monday.'],
    ['The Arlandese president spoke to reporters on Tuesday about the dispute.'],
    ['The general spoke to his troops at the Kelvask Pass on Tuesday.'],
  ])('one side deliberating, or speaking to no other side, meets no one: %s', (text) => {
    expect(types(text)).not.toContain('talks');
  });
});

describe('what is said at a meeting of the sides is the meeting\'s content, not a statement of its own', () => {
  test.each([
    ['The Arlandese president called for restraint during a meeting with the Borean envoy on Monday.'],
    ['In a phone call with his Borean counterpart on Tuesday, the Arlandese president expressed regret over the shooting.'],
    ['At talks in Velmora on Monday, the Arlandese minister proposed a joint border commission.'],
  ])('%s', (text) => {
    const read = found(text).filter((h) => !h.background);
    expect(read.map((h) => h.kind)).toEqual(['talks']);
    expect(read[0]!.modality).toBeUndefined();
  });

  test('a body\'s own sitting is only where one party spoke: the saying stands', () => {
    expect(types('At a meeting of the regional council, the Arlandese ambassador condemned the shelling.')).toContain('statement');
  });

  test('a deed done during talks keeps the talks as its setting', () => {
    const read = found('Arlandese troops shelled the border post during the talks in Velmora on Monday.');
    expect(read.find((h) => h.kind === 'talks')?.background).toBe(true);
    expect(read.map((h) => h.type)).toContain('shelling');
  });

  test('a statement beside a meeting, not at it, stands', () => {
    expect(types('The two ministers met in Velmora on Monday; Arland later condemned the shelling.')).toEqual(expect.arrayContaining(['talks', 'statement']));
  });
});

describe('fighters counted as they give themselves up are captives, not a truce', () => {
  test.each([
    ['The ambassador said ten of the rebel leader\'s followers had surrendered.'],
    ['Dozens of militants surrendered to the police in Ondria on Monday.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('arrest');
  });

  test.each([
    ['The rebel movement surrendered on Monday after ten years of war.'],
    ['Forty rebels surrendered under a deal agreed with the government on Monday.'],
  ])('a movement that gives up as a whole, or a surrender agreed, ends a war: %s', (text) => {
    expect(types(text)).not.toContain('arrest');
    expect(types(text)).toContain('peace-agreement');
  });
});

describe('words that come in a barrage are said, not fired', () => {
  test.each([
    ['Velmora sealed its purchase of the islets on Tuesday, shrugging off a barrage of Arlandese warnings.'],
    ['The Arlandese minister faced a barrage of criticism over the closure on Monday.'],
  ])('%s', (text) => {
    expect(types(text)).not.toContain('shelling');
  });

  test.each([
    ['Borean forces fired a barrage of rockets at the Kelvask Pass on Monday.'],
    ['Arland unleashed a barrage of artillery fire after warnings went unheeded.'],
  ])('a barrage of fire is still shelling: %s', (text) => {
    expect(types(text)).toContain('shelling');
  });
});

describe('captives handed or sent back, however the verb is split, are released', () => {
  test.each([
    ['Arland handed the detained Borean officer over to Velmora on Monday.'],
    ['Arland sent the captured Borean guards back across the Kelvask Pass on Monday.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('release');
  });

  test.each([
    ['Arland handed the Kelvask Pass over to Borean control on Monday.'],
    ['The Arlandese army sent its troops back to the barracks on Monday.'],
  ])('ground handed over, or one\'s own troops sent back, frees no one: %s', (text) => {
    expect(types(text)).not.toContain('release');
  });
});

describe('talks a trip is made for are held there, and see no front', () => {
  test.each([
    ['The Arlandese foreign minister visited Velmora on Monday for talks on the border.'],
    ['The Arlandese foreign minister arrived in Velmora on Monday for talks with his Borean counterpart.'],
    ['The Arlandese foreign minister flew to Velmora on Monday for talks on the dispute.'],
  ])('%s', (text) => {
    const read = found(text);
    expect(read.map((h) => h.type)).toEqual(['talks']);
    expect(read[0]!.background).toBe(false);
  });

  test('a trip for talks still to come keeps its plan', () => {
    expect(found('The Arlandese foreign minister will fly to Velmora next week for talks.')[0]?.modality).toBeDefined();
  });

  test('a leader who visits troops on the border sees the front', () => {
    expect(types('The Arlandese president visited troops on the border on Monday.')).toEqual(['other']);
  });

  test('talks someone left for, beside the news, stay its setting', () => {
    const read = found('Borean troops shelled the post, and the Arlandese minister left the city for talks abroad.');
    expect(read.find((h) => h.kind === 'talks')?.background).toBe(true);
  });
});

describe('routes between the sides cut by one of them are a border closed, not a saying', () => {
  test.each([
    ['Arland vowed to sever every road and rail link running into Borea.'],
    ['Arland severed the rail link across the border on Monday.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('border-closed');
  });

  test.each([
    ['Floods cut the roads between the two towns on Monday.'],
    ['Rebels cut the main road to Velmora on Monday.'],
  ])('a road cut by a flood, or inside a country, closes no border: %s', (text) => {
    expect(types(text)).not.toContain('border-closed');
  });
});

describe('a happening named to mark a time is the clock of the news', () => {
  test.each([
    ['On the day of the arrest, Kael Orvan delayed the vote by a month.', 'arrest'],
    ['On the eve of the talks, Borean troops shelled the Kelvask Pass.', 'talks'],
    ['Arland closed the border on the night of the attack.', 'armed-clash'],
  ])('%s', (text, marker) => {
    const read = found(text);
    expect(read.find((h) => h.type === marker)?.background).toBe(true);
    expect(read.some((h) => !h.background)).toBe(true);
  });

  test('hours of talks are the talks themselves', () => {
    const talks = found('The two delegations agreed on a prisoner exchange after eleven hours of talks in Velmora on Monday.').find((h) => h.kind === 'talks');
    expect(talks).toBeDefined();
    expect(talks!.background).toBe(false);
  });
});

describe('people deported from custody end a detention; no flight of people', () => {
  test.each([
    ['Activists from Borea landed on the islet on Monday, and Arland arrested and deported 14 people.'],
    ['Arland detained the Borean crew and deported them on Tuesday.'],
  ])('%s', (text) => {
    expect(types(text)).toEqual(['arrest']);
  });

  test.each([
    ['Arland deported 300 Borean migrants on Monday.'],
    ['Arland deported 14 Borean activists on Monday.'],
  ])('deported with no arrest told is people driven out: %s', (text) => {
    expect(types(text)).toEqual(['displacement']);
  });
});

describe('activists who raise a flag on disputed ground demonstrate', () => {
  test.each([
    ['Four days later about ten Arlandese activists swam ashore and raised Arlandese flags.'],
    ['Arlandese nationalists planted a flag on the islet on Monday.'],
  ])('%s', (text) => {
    expect(types(text)).toEqual(['peaceful-protest']);
  });

  test.each([
    ['Arlandese soldiers raised the national flag on the islet on Monday.'],
    ['Arland hoisted its flag on the islet on Monday.'],
    ['Arlandese soldiers raised the national flag on the islet on Monday, a day after activists had tried to land.'],
  ])('a state\'s flag raised by it or its forces asserts its claim: %s', (text) => {
    expect(types(text)).toContain('other');
    expect(types(text)).not.toContain('peaceful-protest');
  });
});

describe('aircraft, drones and balloons that only cross a border are an incursion, not an air strike', () => {
  // ACLED: an air/drone strike is an attack from the air; an airspace violation with no attack is a
  // strategic development (here "other", kind measure), as the development set codes balloons.
  test.each([
    ['Five Borean drones entered Arland\'s airspace near the Kelvask Pass on Monday.'],
    ['Ondrian drones crossed into Velmora near the Halvane crossing and flew back after five hours.'],
    ['Several Borean drones flew over the Halvane crossing on Tuesday.'],
    ['The ministry said two drones had entered the country\'s airspace the previous day.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('other');
    expect(types(text)).not.toContain('air-strike');
  });

  test('balloons that enter the airspace are an incursion', () => {
    expect(types('The airport at the Kelvask Pass was closed after dozens of balloons from Borea entered its airspace.')).not.toContain('air-strike');
  });

  test('a drone that bombs or strikes a target in its sentence is a strike', () => {
    expect(types('Borean drones flew over the Halvane crossing and bombed the customs post.')).toContain('air-strike');
    expect(types('Ondrian drones entered Velmora and struck a fuel depot, killing two guards.')).toContain('air-strike');
    expect(types('Borea launched drones at the barracks near the Kelvask Pass.')).toContain('air-strike');
  });

  test('a drone shot down is the weapon stopped, not an incursion or strike of its own', () => {
    const read = types('Arland\'s army shot down a Borean drone that had entered its airspace near the Kelvask Pass.');
    expect(read).toContain('disrupted-weapons');
    expect(read).not.toContain('other');
    expect(read).not.toContain('air-strike');
  });

  test('jets sent up after intruders are forces deployed, warning shots a warning', () => {
    const read = types('Arland\'s military fired warning shots and sent up fighter jets after drones from Borea crossed into its airspace.');
    expect(read).toContain('deployment');
    expect(read).toContain('other');
    expect(read).not.toContain('air-strike');
  });

  test('jets sent in against a side strike it', () => {
    expect(types('Velmora struck back at the rebels, sending in warplanes against them.')).not.toContain('deployment');
  });

  test('drones told with fighting across the line are that fighting\'s part', () => {
    const read = types('Borea broke the truce within hours with firing across the Kelvask Pass and drone incursions.');
    expect(read).toContain('armed-clash');
    expect(read).not.toContain('other');
    expect(read).not.toContain('air-strike');
  });
});

describe('balloons one side sends over the border are an incursion, not a release of captives', () => {
  test.each([
    ['Overnight Borea released some 300 balloons carrying rubbish towards Arland.'],
    ['Borea launched more rubbish balloons across the Kelvask Pass on Sunday.'],
    ['Ondria sent a fresh set of balloons over the Halvane crossing.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('other');
    expect(types(text)).not.toContain('release');
    expect(types(text)).not.toContain('air-strike');
  });

  test('activists\' balloons carrying leaflets are no side\'s incursion', () => {
    expect(types('Activists in Arland sent balloons with leaflets towards Borea on Friday.')).not.toContain('other');
  });
});

describe("a body's resolution is its saying when it condemns, its decision when it decides", () => {
  test.each([
    ['The UN General Assembly adopted a resolution on Tuesday deploring the Borean shelling of Ondria.', 'statement'],
    ['Meeting in Velmora, the council adopted a resolution that strongly condemns the shelling of Ondria.', 'statement'],
    // A legislature's resolution is a step of its state, whatever it says.
    ["Arland's parliament adopted a resolution condemning the Borean raid.", 'decision'],
    ['The council passed a resolution demanding that Borean troops leave the island.', 'decision'],
  ])('%s → %s', (text, type) => {
    // The participle of saying stays a statement of its own; only the resolution's reading changes.
    const kinds = types(text);
    expect(kinds).toContain(type);
    if (type === 'statement') expect(kinds).not.toContain('decision');
  });

  test('a vote one member casts is no decision of its own', () => {
    expect(types('The assembly adopted a resolution deploring the shelling, and Borea cast a lone vote against.')).not.toContain('decision');
    expect(types('The council voted on Friday that Borean troops should leave the island.')).toContain('decision');
  });

  test('a resolution that imposes a measure stays a step taken', () => {
    expect(types('The council passed a resolution on Friday imposing an arms embargo on Borea.')).toContain('decision');
  });

  test("one member's vote against, told alone, is no decision", () => {
    expect(types('Borea cast a lone vote against on Wednesday.')).not.toContain('decision');
  });

  test("one member's casting, told beside the body's resolution, leaves the resolution its decision", () => {
    expect(types('The council passed a resolution imposing an arms embargo on Borea, Arland casting the only vote against.')).toContain('decision');
    expect(types('Arland cast its vote for the resolution imposing an arms embargo on Borea.')).toContain('decision');
  });
});

describe('what a word means in its clause: a camera, a treaty cited, a court, a count, money, a line, a sentence', () => {
  const withParties = (text: string) => findHappenings(text, invented.happenings).map((h) => h.type);

  test.each([
    // What a camera takes holds no one and takes no ground.
    ['Photos taken at the Halvane crossing on Monday show soldiers running from the smoke.', ['arrest', 'territory-taken', 'territory-regained']],
    ['Reporters took pictures of the fence near the Kelvask Pass.', ['arrest', 'territory-taken', 'territory-regained']],
    // Force met someone with is the answer given them, no talks.
    ['Arlandese police have met the crowds with tear gas and water cannon.', ['talks']],
    // One welcomed home by his own people is greeted, no talks.
    ['He came down the steps at dawn to be met by relatives holding flowers.', ['talks']],
    // A treaty named by a part of it, or invoked, is law in force, no accord made.
    ['Lena Ferrin invoked an emergency clause of the regional treaty to ask for help.', ['peace-agreement']],
    ['Arland invoked the 1961 treaty on Monday.', ['peace-agreement']],
    // Agreeing with what was done is a view held, no accord.
    ['Not everyone in Velmora agreed with the outcome.', ['peace-agreement']],
    // A count a speaker puts on a flight is his word; the flight is what he counts.
    ['Kael Orvan put a number on the exodus on Monday.', ['displacement']],
    // A sentence carried out is a judicial step, no killing in the conflict.
    ['After two years in the courts his death sentence was upheld, and he was executed in March.', ['attack-on-civilians', 'armed-clash']],
  ])('%s is none of %j', (text, wrong) => {
    const read = withParties(text);
    for (const w of wrong) expect(read).not.toContain(w);
  });

  test.each([
    ['A Borean court agreed on Monday that prosecutors could hold the captain for ten more days.', 'decision'],
    ['Kael Orvan put a number on the exodus on Monday.', 'statement'],
    ['Ana Ruiz pledged 300 million euros for border management on Tuesday.', 'decision'],
    ['After two years in the courts his death sentence was upheld, and he was executed in March.', 'decision'],
    ['By Saturday the Borean frontier was burning again.', 'armed-clash'],
    ["Borea's embassy in Velmora reopened in a new building after the talks.", 'relations-restored'],
    ['The ambassador went back to Velmora with a new staff.', 'relations-restored'],
  ])('%s → %s', (text, type) => {
    expect(withParties(text)).toContain(type);
  });

  test('one who dies where he was held dies at his captors\' hands, no casualty of fighting', () => {
    const died = found('Tan Weiro died on July 24 at the police academy in Velmora, where he had been held.').find((h) => h.lemma === 'die');
    expect(died?.rule).toContain('.refine[');
    expect(died?.type).toBe('attack-on-civilians');
    // Ground held is no custody: the dead there stay the fighting's.
    expect(found('The sixteen guards died on Wednesday at Ondria, which Arland says is its territory held by Borea.').find((h) => h.lemma === 'die')?.rule).not.toContain('.refine[');
  });

  test('"deals with" told of a capital, and deals broken, are no accord made', () => {
    expect(withParties('Arland and Borea have no diplomatic relations, and Velmora deals with Arland through its mission in Ondria.')).not.toContain('peace-agreement');
    expect(withParties("Borea's refusal breaks the deals between the two countries, the prime minister said.")).not.toContain('peace-agreement');
    expect(withParties('Arland and Borea reached a deal with the mediators on Monday.')).toContain('peace-agreement');
  });

  test('the same words keep their usual readings elsewhere', () => {
    expect(withParties('Rebels took the town of Ondria on Monday.')).toContain('territory-taken');
    expect(withParties('The Arlandese foreign minister met his Borean counterpart on Monday.')).toContain('talks');
    expect(withParties('Arland and Borea signed a treaty on Monday.')).toContain('peace-agreement');
    expect(withParties('Arland agreed with Borea on Monday on a plan to share the river.')).toContain('peace-agreement');
    expect(withParties('Ana Ruiz pledged to defend the border.')).not.toContain('decision');
    expect(withParties('Gunmen executed six villagers near the Kelvask Pass.')).toContain('attack-on-civilians');
    expect(withParties('Rebels were burning villages along the border.')).toContain('property-destruction');
  });
});

describe('a ballistic launch with no target is a show of arms, not an attack', () => {
  test.each([
    ['Borea launched three medium-range ballistic missiles early on Sunday, the Arlandese joint staff said.', 'other'],
    ['The Arlandese joint staff said Borea had launched six ballistic missiles into waters north of Ondria.', 'other'],
    ['Borea launched three ballistic missiles at Arlandese bases in Ondria on Sunday.', 'shelling'],
    ['Borea launched ballistic missiles on Sunday at two airfields in Ondria.', 'shelling'],
    ['Borea fired ten missiles on Friday, Arland\'s military said.', 'shelling'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toEqual([type]);
  });

  test('launched beside drones and cruise missiles, ballistic missiles strike with them', () => {
    expect(types('Arland said Borea had launched some 90 weapons in the night, among them 40 drones, 12 cruise missiles and 38 ballistic missiles.')).not.toContain('other');
  });
});

describe('a date after "on" is when, not to whom', () => {
  test('points handed over on a day are no people released', () => {
    expect(types('Velmora must answer the eight points, handed over through Ondria on June 22, within ten days.')).not.toContain('release');
  });

  test('captives handed over on a day still are', () => {
    expect(types('Borea handed over the two captured soldiers to Arland on Monday.')).toEqual(['release']);
  });
});

describe('a meeting of one side\'s own people, or a visit, is no talks', () => {
  test.each([
    ['Two lawyers hired by the Arlandese government have now met Tan Weiro in Velmora.'],
    ['The growers\' association\'s members met on 9 May to discuss the tolls.'],
    ['The association\'s members met on 9 May to discuss the tolls, and its chairman, Kael Orvan, said the crossing had to reopen.'],
  ])('%s', (text) => {
    expect(types(text)).not.toContain('talks');
  });

  test.each([
    ['Members of the two delegations met in Ondria on Monday.'],
    ['Members of the Arlandese delegation met with Borean officials on Monday.'],
    ['Members of the boundary commission met in Velmora on Monday.'],
  ])('%s → talks', (text) => {
    expect(types(text)).toContain('talks');
  });
});

describe('a boycott a side endures is named as known, no protest of the day', () => {
  test('weathered', () => {
    expect(types('Shipping grain through its ports, Borea has so far withstood the boycott.')).not.toContain('peaceful-protest');
  });

  test('a boycott called still protests', () => {
    expect(types('Students in Velmora began a boycott of Arlandese goods on Monday.')).toContain('peaceful-protest');
  });
});

describe('remarks made in public are said, and the vote they are about is their topic', () => {
  test.each([
    ['On Wednesday Lena Ferrin made remarks about Borea\'s presidential election of last year.'],
    ['Kael Orvan made comments on Monday about Arland\'s referendum that Velmora took badly.'],
  ])('%s → statement', (text) => {
    expect(types(text)).toEqual(['statement']);
  });

  test('words said about an election name it as their topic', () => {
    expect(types('The row began when Lena Ferrin said something about Borea\'s last election that offended Velmora.')).not.toContain('decision');
  });

  test('an election to come is still one', () => {
    expect(types('Arland will hold a presidential election on Sunday.')).toEqual(['decision']);
  });
});

describe('"deals with" after a side handles a partner; a deal made has its determiner or maker', () => {
  const inventedTypes = (text: string) => findHappenings(text, invented.happenings).map((h) => h.type);

  test('a side that deals with another through missions makes no deal', () => {
    expect(inventedTypes('Arland and Borea have no diplomatic relations, and Velmora deals with Arlandia City through the two countries\' missions in Ondria.')).not.toContain('peace-agreement');
  });

  test.each([
    ['Arland signed a deal with Borea on Monday.'],
    ['Arland\'s deal with Borea was signed on Monday.'],
    ['The two sides reached a deal with help from Ondria on Monday.'],
  ])('%s → peace-agreement', (text) => {
    expect(inventedTypes(text)).toContain('peace-agreement');
  });

  test('deals the tagger takes "breaks" into are broken, no deal made', () => {
    expect(inventedTypes('By keeping Arland\'s grain in its silos, Borea breaks the deals the two countries made, Kael Orvan said.')).not.toContain('peace-agreement');
  });
});

describe('diplomats who come home from their post are withdrawn, no return of the displaced', () => {
  test.each([
    ['After the assault on their embassy, the diplomats are coming home with nothing but their pride, Lena Ferrin wrote.'],
    ['The embassy staff returned home on Sunday on a commercial flight.'],
  ])('%s → envoy-recalled', (text) => {
    expect(types(text)).toContain('envoy-recalled');
    expect(types(text)).not.toContain('return');
  });

  test('refugees going home still return', () => {
    expect(types('Thousands of refugees returned home on Sunday.')).toEqual(['return']);
  });
});

describe('a warship or tank left burning in a clash is harm of that clash', () => {
  test('the clash is read, no property destroyed beside it', () => {
    expect(types('Velmora sees the sinking as payback for a November clash in which an Arlandese gunboat left a Borean patrol boat burning.')).toEqual(['armed-clash']);
  });

  test('homes burned in a clash are still destroyed', () => {
    expect(types('Militiamen burned dozens of homes in a clash with villagers on Monday.')).toContain('property-destruction');
  });
});

describe('people taken somewhere to look are guests', () => {
  test('leaders taken to see the border are guests, no one held', () => {
    expect(types('This week Lena Ferrin took the leaders of the Borean parliament to see the border for themselves.')).not.toContain('arrest');
  });

  test('people taken by gunmen are still held', () => {
    expect(types('Gunmen took two villagers from the market.')).toContain('arrest');
  });
});

describe('leaders at one about a dialogue agree a view, no accord', () => {
  test('"agreed that the dialogue … was the only way" → the dialogue, no peace agreement', () => {
    const read = types('Both presidents agreed that the dialogue their envoys began in Velmora was the only way to end the quarrel.');
    expect(read).not.toContain('peace-agreement');
  });

  test('sides that agree a truce still make an accord', () => {
    expect(types('Arland and Borea agreed a truce on Monday.')).toContain('ceasefire');
  });
});

describe('only people gather in protest', () => {
  test.each([
    ['The villagers of Ondria lived on roots and herbs gathered in the hills, Lena Ferrin said.'],
    ['Firewood gathered near the Halvane crossing was sold in Velmora.'],
  ])('%s → no protest', (text) => {
    expect(found(text).map((h) => h.kind)).not.toContain('protest');
  });

  test.each([
    ['A crowd gathered in the main square of Arlandia City on Sunday.'],
    ['Supporters and some protesters gathered outside the hotel in Velmora.'],
    // An embassy names a diplomat's house, but the crowd before it is no meeting of leaders.
    ['A crowd gathered outside the Borean embassy in Arlandia City on Sunday.'],
  ])('%s → a protest', (text) => {
    expect(found(text).map((h) => h.kind)).toContain('protest');
  });
});

describe('an execution after a death sentence is a step, and its death is its own', () => {
  test('the executed man\'s death is the execution, no toll of fighting', () => {
    const read = found('Kael Orvan is dead: his death sentence was confirmed by the Borean Supreme Court, and he was executed in May.');
    const executed = read.find((h) => h.trigger.text === 'executed');
    expect(executed?.kind).toBe('measure');
    expect(executed?.casualty).toBe(false);
    expect(read.map((h) => h.kind)).not.toContain('fighting');
    expect(read.filter((h) => h.casualty)).toEqual([]);
  });

  test('men executed by gunmen, with no sentence, are still killed', () => {
    expect(found('Gunmen executed three villagers near the Halvane crossing on Sunday.').map((h) => h.kind)).toContain('civilians');
  });
});

describe('what a camera shoots is a likeness, no one harmed', () => {
  test.each([
    ['Ondrian television aired the video shot from the patrol plane on Monday.'],
    ['An Arlandese crew shot footage of the Halvane crossing on Tuesday.'],
  ])('%s', (text) => {
    expect(found(text).filter((h) => h.kind === 'fighting' || h.kind === 'civilians')).toEqual([]);
  });

  test('people shot are still harmed', () => {
    expect(found('Borean guards shot two smugglers at the Halvane crossing on Tuesday.').length).toBeGreaterThan(0);
  });
});

describe('works a side builds on or by contested ground are a development of the standoff', () => {
  test.each([
    ['Borean engineers started work on March 3 on a road up to the ridge.'],
    ['Arlandese farmers dug a canal to draw water from the Halvane river.'],
    ['Borea erected a concrete wall along the border near Kelvask Pass.'],
    ['Road construction near the Halvane crossing began on Monday.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('other');
  });

  test.each([
    ['The two leaders built trust over dinner in Velmora.'],
    ['Arland shut the Halvane crossing on Thursday, giving the construction of a new border post as the reason.'],
  ])('no works named, or works given as a reason, are none: %s', (text) => {
    expect(types(text)).not.toContain('other');
  });
});

describe('what is set off may be a quarrel, no charge exploded', () => {
  test.each([
    ['Borean guards held nine Arlandese fishermen on Friday, setting off a bitter standoff.'],
    ['The arrests set off a quarrel between Arland and Borea.'],
    ['The shooting at Kelvask Pass set off a war of words between the two capitals.'],
  ])('%s', (text) => {
    expect(found(text).filter((h) => h.kind === 'strike')).toEqual([]);
  });

  test('a charge set off is still a blast', () => {
    expect(found('Rebels set off a roadside bomb near the Halvane crossing.').map((h) => h.kind)).toContain('strike');
  });
});

describe('told words that place people or craft so far inside a side\'s waters or airspace are a charge of trespass', () => {
  test.each([
    ['Borea said on Friday that the fishermen had been held two miles within its own waters.'],
    ['Arlandese officials released charts which, they said, showed the boat had been 1.2 nautical miles inside Ondria\'s territorial waters.'],
    ['Borea insisted the jet had flown 3 km inside its airspace.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('accusation');
  });

  test('where the report itself places a seizure is no one\'s charge', () => {
    expect(types('The boats were seized two miles inside Borean waters on Tuesday.')).not.toContain('accusation');
  });
});

describe('a sentence carried out by the state is no killing in the conflict', () => {
  test.each([
    ['Kael Orvan, convicted of spying for Borea, was put to death on Tuesday.'],
    ['Arland put six men to death on Saturday; all had been found guilty of treason.'],
  ])('%s → a decision', (text) => {
    expect(types(text)).toEqual(['decision']);
  });

  test('"put to death" with no conviction or sentence beside it is not read as one', () => {
    expect(types('The militia put to death twelve villagers near the Kelvask Pass.')).not.toContain('decision');
  });
});

describe('forces readied or on the move are a deployment, not a fight', () => {
  test.each([
    ['Borea put its border troops on combat alert on Monday.'],
    ['Arlandese units were placed in battle readiness near the Halvane crossing.'],
    ['Two thousand Borean troops were on their way to the frontier on Monday.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('deployment');
    expect(found(text).map((h) => h.kind)).not.toContain('fighting');
  });

  test('villagers on their way to the border are no deployment', () => {
    expect(types('Hundreds of villagers were on their way to the border on Monday.')).not.toContain('deployment');
  });
});

describe('a blow through networks is no armed clash', () => {
  test.each([
    ['Hackers attacked government websites in Velmora on Sunday.'],
    ['A cyber attack hit the servers of the Arlandese defence ministry.'],
  ])('%s → other', (text) => {
    expect(types(text)).toEqual(['other']);
  });
});

describe('people let out are released', () => {
  test.each([
    ['The militia let out twelve hostages on Sunday.'],
    ['Lena Ferrin said the Arlandese fishermen had been let out of Borean custody.'],
  ])('%s → a release', (text) => {
    expect(types(text)).toContain('release');
  });

  test('a cry let out frees no one', () => {
    expect(types('The crowd let out a cheer when the envoy arrived.')).not.toContain('release');
  });
});

describe('the grounds an act is taken on are no news of their own', () => {
  const grounds = (text: string, type: string) => found(text).find((h) => h.type === type)?.background;

  test.each([
    ['Ondrian police held two herders on Sunday on suspicion of shelling a farm near the Halvane crossing.', 'shelling'],
    ['The coast guard detained the skipper, suspected of ramming a patrol boat off Kelvask Pass.', 'armed-clash'],
    ['A Velmora court charged Kael Orvan with firing on border guards.', 'armed-clash'],
    ['Guards seized the trawler on charges of illegal fishing, an offence tied to its clashes with two patrol boats.', 'armed-clash'],
  ])('%s', (text, type) => {
    expect(grounds(text, type)).toBe(true);
  });

  test('the detention that names its grounds stays the news', () => {
    expect(grounds('Ondrian police detained two herders on Sunday on suspicion of shelling a farm.', 'arrest')).toBe(false);
  });

  test('an attack given as the reason for expelling an envoy is that step\'s grounds', () => {
    expect(grounds('Borea sent Arland\'s ambassador home on Monday, giving the shelling of its consulate as its reason.', 'shelling')).toBe(true);
  });

  test('an attack given no reason\'s role stays news', () => {
    expect(grounds('Arlandese gunners kept up the shelling of the consulate on Monday, giving the guards no rest.', 'shelling')).toBe(false);
  });
});

describe('an act a speaker takes "as" something is the topic of the verdict', () => {
  const topic = (text: string, type: string) => found(text).find((h) => h.type === type)?.background;

  test.each([
    ['Lena Ferrin said Velmora saw the release of the two herders as a goodwill gesture.', 'release'],
    ['Ondrian officials viewed the shelling of the Halvane crossing as a provocation.', 'shelling'],
    ['Arlandese prosecutors are treating the ambush near Kelvask Pass as terrorism.', 'armed-clash'],
  ])('%s', (text, type) => {
    expect(topic(text, type)).toBe(true);
  });

  test('an act seen with no "as" after it is still read as it is', () => {
    expect(topic('Villagers saw the shelling of the Halvane crossing from the hills on Monday.', 'shelling')).toBe(false);
  });
});


describe('an envoy called in is summoned, whatever his title', () => {
  test.each([
    ['The foreign secretary called in Borea\'s envoy Tan Weiro late on Friday.'],
    ['Arland summoned the Borean High Commissioner over the raid.'],
    ['Velmora called in the deputy high commissioner of Arland on Monday.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('envoy-recalled');
  });

  test('an official called in for questioning is no envoy summoned', () => {
    expect(types('Police called in the mayor of Ondria for questioning on Monday.')).not.toContain('envoy-recalled');
  });
});

describe('a notice that reserves or closes an area of sea or sky is a government\'s measure', () => {
  test.each([
    ['A NAVTEX put out by the Borean navy on Monday reserves the waters south of the Halvane banks for firing practice.'],
    ['Arland issued a NOTAM for the skies over Ondria province for the next three days.'],
    ['The Borean navy sent a navigational warning to ships off the Kelvask coast.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('decision');
  });
});
