import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { extractEvents } from '../../scripts/lib/extract/extractEvents.ts';
import { article } from '../helpers/article.ts';
import { invented } from '../helpers/lexicon.ts';

// The kinds of happening a border conflict's timeline needs, one invented article each, read
// alone: read together, their events would merge into one another. Each row names the leaf of
// scripts/lexicon/ontology.yaml a careful coder gives the sentence, by the general words for it,
// so a gap in the vocabulary or a word read in the wrong sense shows as a failing row. The
// articles appear on Monday 10 June 2024; "on Saturday" is the 8th.
const now = DateTime.fromISO('2026-12-01', { zone: 'UTC' });
const read = (sentence: string) =>
  extractEvents({ articles: [article('probe.txt', `Border report\n\n${sentence}\n`, '2024-06-10')], lexicon: invented, now, locale: 'en-GB' }).file.events;

describe('each kind of happening a border conflict produces is read, alone, as its type', () => {
  test.each([
    // Fighting
    ['Arlandese and Borean border guards traded fire for two hours near the Halvane crossing on Saturday.', 'fighting', 'armed-clash', /^Fighting/],
    ['Borean troops recaptured the village of Tarn from Arlandese forces on Saturday.', 'fighting', 'territory-regained', undefined],
    // Shelling, strikes and mines
    ['Two Arlandese warplanes struck Borean army depots near Sevrin on Saturday.', 'strike', 'air-strike', /^Air strike/],
    ['Borean artillery pounded Arlandese villages in Ondria province on Saturday.', 'strike', 'shelling', /^Artillery fire/],
    ['A roadside bomb hit an Arlandese army truck near the Vel Amar temple on Saturday, wounding four soldiers.', 'strike', 'explosive', /^Explosion/],
    ['Unknown attackers threw a grenade at a Borean checkpoint on Saturday.', 'strike', 'grenade', undefined],
    ['A suicide bomber blew himself up at an Arlandese border post on Saturday, killing six guards.', 'strike', 'suicide-bomb', undefined],
    // Violence against civilians
    ['Borean troops opened fire on a bus carrying villagers near Sevrin on Saturday, killing seven civilians.', 'civilians', 'attack-on-civilians', undefined],
    // A state's forces who kill people named as unarmed attack civilians, not fight.
    ['Borean soldiers shot dead three farmers in their fields near the Halvane crossing on Saturday.', 'civilians', 'attack-on-civilians', /^Attack on civilians/],
    ['Borean border guards killed a shepherd who had crossed the line near Tarn on Saturday.', 'civilians', 'attack-on-civilians', undefined],
    ['Gunmen kidnapped five Arlandese traders near the Kelvask Pass on Saturday.', 'civilians', 'abduction', /^Abduction/],
    ['Borean militiamen looted and burned houses in the village of Tarn on Saturday.', 'civilians', 'property-destruction', undefined],
    // Protests and riots
    ['Hundreds of people rallied peacefully in Velmora on Saturday to demand an end to the war.', 'protest', 'peaceful-protest', undefined],
    ['Police in Arlandia City broke up a protest against the border war with tear gas on Saturday.', 'protest', 'protest-with-intervention', undefined],
    ['Rioters torched the Borean embassy in Arlandia City on Saturday.', 'protest', 'violent-demonstration', undefined],
    ['A mob beat two Borean traders to death in an Arlandese market town on Saturday.', 'protest', 'mob-violence', undefined],
    // Ceasefires and agreements
    ['A ceasefire between Arland and Borea took effect at midnight on Saturday.', 'ceasefire', 'ceasefire', /^Ceasefire takes effect/],
    // The accord agreed to is the one the sentence names: a truce, not an accord of another type.
    ['Arland and Borea agreed on Saturday to a truce along their whole border.', 'ceasefire', 'ceasefire', /^Ceasefire agreed/],
    ['Arland and Borea signed a peace treaty in Velmora on Saturday.', 'ceasefire', 'peace-agreement', undefined],
    // Talks
    ['The defence ministers of Arland and Borea held talks in Velmora on Saturday.', 'talks', 'talks', /^Meeting/],
    // Diplomatic measures
    ['Borea summoned the Arlandese ambassador on Saturday to protest the shelling.', 'diplomacy', 'envoy-recalled', /^Envoy summoned by Borea/],
    ['Arland recalled its ambassador from Velmora on Saturday.', 'diplomacy', 'envoy-recalled', /^Envoy recalled by Arland/],
    ['Arland and Borea restored full diplomatic relations on Saturday.', 'diplomacy', 'relations-restored', undefined],
    ['Borea shut its border with Arland on Saturday.', 'diplomacy', 'border-closed', /^Border closed by Borea/],
    ['Borea reopened the Halvane crossing on Saturday.', 'diplomacy', 'border-closed', /^Border reopened/],
    ['Arland suspended all flights to Velmora on Saturday.', 'diplomacy', 'border-closed', /^Border closed by Arland/],
    ['Arland pulled out of the border demarcation treaty with Borea on Saturday.', 'diplomacy', 'agreement-suspended', /^Agreement suspended/],
    ['Arland imposed sanctions on Borean military officials on Saturday.', 'diplomacy', 'sanction', /^Sanctions/],
    // A trade measure is its own type, not a border closed or reopened.
    ['Borea halted all trade with Arland on Saturday.', 'diplomacy', 'sanction', /^Trade ban by Borea/],
    ['Borea banned the export of rice to Arland on Saturday.', 'diplomacy', 'sanction', /^Trade ban by Borea/],
    ['Arland lifted its ban on Borean fruit on Saturday.', 'diplomacy', 'sanction', /^Trade resumed by Arland/],
    ['Borea resumed trade with Arland on Saturday.', 'diplomacy', 'sanction', /^Trade resumed by Borea/],
    // A crowd, whatever nation it is named by, protests in the street; no state takes to the streets.
    ['Hundreds of Boreans protested outside the Arlandese embassy in Velmora on Saturday.', 'protest', 'peaceful-protest', undefined],
    ['Thousands of Arlandese took to the streets of Arlandia City on Saturday.', 'protest', 'peaceful-protest', undefined],
    // A minister and a counterpart on the telephone hold talks.
    ["Borea's foreign minister and his Arlandese counterpart spoke about the border by telephone on Saturday.", 'talks', 'talks', undefined],
    // Aircraft that enter another state's air-defence zone are forces moved, not ground taken.
    ['Twenty-one Borean military aircraft entered the Arlandese air-defence identification zone on Saturday.', 'measure', 'deployment', undefined],
    // A decree signed against the other state's trade or travel is a sanction, though "charter" is a paper parties sign.
    ['The Borean president on Saturday signed a decree imposing economic measures on Arland, from a ban on charter flights to limits on Arlandese goods.', 'diplomacy', 'sanction', undefined],
    // Statements, accusations and denials
    ['The Ondrian League appealed to Arland and Borea on Saturday to show restraint.', 'statement', 'statement', /^Ondrian League appeals/],
    ['The Arlandese prime minister said on Saturday that his country would defend every metre of its land.', 'statement', 'statement', /^Arland says/],
    ['Arland proposed on Saturday that both armies withdraw five kilometres from the border.', 'statement', 'proposal', /^Arland proposes/],
    ['Borea accused Arland on Saturday of massing troops on the border.', 'accusation', 'accusation', /^Borea accuses Arland/],
    ['Arland denied on Saturday that its aircraft had bombed a Borean school.', 'accusation', 'denial', /^Arland denies/],
    // Arrests, detentions and releases
    ['Arlandese police arrested 14 Borean nationals in Ondria on Saturday on spying charges.', 'detention', 'arrest', /^Arrests/],
    ['Borea handed back 22 Arlandese soldiers at the Halvane crossing on Saturday.', 'detention', 'release', /^Release of prisoners/],
    ['Arland and Borea swapped 40 prisoners of war on Saturday.', 'detention', 'release', /^Prisoner exchange/],
    // A release put off is dated by the day it was put off, not the day of the report.
    ['Borea postponed the handover of 11 Arlandese prisoners on Saturday.', 'detention', 'release', /put off$/],
    // A release told with how long the people were held: the holding describes them.
    ['Borea freed the six Arlandese herders it had detained since April on Saturday.', 'detention', 'release', /^Release of prisoners/],
    // Displacement and aid
    ['Some 30,000 villagers fled their homes in Ondria province on Saturday.', 'humanitarian', 'displacement', undefined],
    ['Arlandese authorities evacuated 12,000 residents of border villages on Saturday.', 'humanitarian', 'evacuation', undefined],
    ['Thousands of displaced families went back to their homes in Ondria on Saturday.', 'humanitarian', 'return', undefined],
    ['The Red Cross delivered food and medicine to camps in Ondria on Saturday.', 'humanitarian', 'aid', undefined],
    // Military and government measures
    ['Arland moved two armoured brigades to the Borean border on Saturday.', 'measure', 'deployment', undefined],
    ['Borea set up a new military base near the Kelvask Pass on Saturday.', 'measure', 'base-established', undefined],
    ['Arlandese soldiers defused 40 landmines near the Halvane crossing on Saturday.', 'measure', 'disrupted-weapons', /^Explosives defused/],
    ['Arland handed the village of Tarn over to Borea on Saturday under the border accord.', 'measure', 'territory-transfer', /^Territory handed over/],
    ['Arlandese guards fired warning shots at a Borean patrol near the Halvane crossing on Saturday.', 'measure', 'other', undefined],
    ['Arland declared a state of emergency in Ondria province on Saturday.', 'measure', 'decision', /^Government decision/],
    // Observers and monitors, sent or arriving, active or passive.
    ['Twenty UN military observers arrived in Ondria on Saturday to monitor the truce.', 'measure', 'deployment', /^Observers deployed/],
    ['The UN sent a team of ceasefire monitors to the Kelvask Pass on Saturday.', 'measure', 'deployment', /^Observers deployed/],
    ['Monitors from the Ondrian League were stationed along the border on Saturday.', 'measure', 'deployment', /^Observers deployed/],
    // Courts, parliaments and cabinets.
    ['Arland brought a case against Borea before the International Court of Justice on Saturday.', 'measure', 'decision', /^Case filed in court/],
    ['Borea lodged a complaint against Arland at the Permanent Court of Arbitration on Saturday.', 'measure', 'decision', /^Case filed in court/],
    ["Borea's parliament voted on Saturday to remove President Davon Ket from office.", 'measure', 'decision', /^Leader removed/],
    ['The Borean supreme court suspended Defence Minister Ilse Varn from office on Saturday.', 'measure', 'decision', /^Leader suspended/],
    ['The constitutional court removed Prime Minister Mira Quell from office on Saturday.', 'measure', 'decision', /^Leader removed/],
    ['Borea took its dispute with Arland to the International Court of Justice on Saturday.', 'measure', 'decision', /^Case filed in court/],
    ['The Ondrian League deployed 30 observers along the border on Saturday.', 'measure', 'deployment', /^Observers deployed/],
    ['Borea suspended imports of Arlandese rice on Saturday.', 'diplomacy', 'sanction', /^Trade ban by Borea/],
    ["Arland's parliament approved an emergency defence budget on Saturday.", 'measure', 'decision', /^Government decision/],
    ['The Borean cabinet endorsed a plan to resettle families from the border zone on Saturday.', 'measure', 'decision', undefined],
    // Daily life cut off near the front.
    ['Arland shut 300 schools and two markets in Ondria province on Saturday.', 'measure', 'decision', /^Schools closed/],
    ['Borea switched off electricity to the border town of Kel on Saturday.', 'measure', 'decision', /^Services cut off/],
    ['Borea cut off the water supply to Arlandese border villages on Saturday.', 'measure', 'decision', /^Services cut off/],
    ['Arland cut telephone and internet links to Sevrin province on Saturday.', 'measure', 'decision', /^Services cut off/],
    ['Arland blocked the roads into Ondria on Saturday.', 'measure', 'decision', /^Roads closed/],
  ] as const)('%s → %s/%s', (sentence, kind, type, title) => {
    const events = read(sentence);
    const event = events.find((e) => e.kind === kind && e.type === type);
    expect(event, JSON.stringify(events.map((e) => [e.kind, e.type, e.title]))).toBeDefined();
    expect(event!.date).toBe('2024-06-08');
    if (title) expect(event!.title).toMatch(title);
  });
});

describe('nothing false is read from words in another sense', () => {
  const kinds = (sentence: string) => read(sentence).map((e) => `${e.kind}/${e.type}`);

  test.each([
    // "closed-door" and "behind closed doors" describe a meeting; what it talks over is its topic.
    ['The UN Security Council held an urgent closed-door meeting on the border fighting on Saturday.', ['talks/talks']],
    // Sanctions a state already faces are a standing state, no measure of the day.
    ['On Saturday Borea, which already faces sanctions over its missile programme, held a military parade.', []],
    // The summit of a mountain is no meeting, and a leader who visits it meets no one.
    ['On Saturday the Arlandese prime minister visited the summit of Mount Kelvask.', []],
    // To gather things up is to collect them.
    ['Parents in Velmora were gathering up their children on Saturday as the sirens sounded.', []],
    // Ministers who gather meet; they do not protest.
    ['Foreign ministers of the region gathered in Velmora on Saturday.', []],
    // The other side's account judged false, or its announcement dismissed as a trap, is denied,
    // though a clause is cut at the "as" of the judgement.
    ['A Borean spokesman on Saturday called the Arlandese account ridiculous.', ['accusation/denial']],
    ['The Arlandese spokesman on Saturday dismissed the Borean announcement as a trap and said it was no truce.', ['accusation/denial']],
    // An act a spokesman calls an attack is judged so: a saying, no blow of its own.
    ['The Arlandese army spokesman on Saturday called the drone flight a serious Borean attack on Arlandese territory.', ['statement/statement']],
    // What is left of a craft brought down burns on its own; no one set anything alight.
    ['The wreckage of the Borean jet burned on Saturday in a field near Tarn, a village in northern Arland.', []],
    // Talks wished for as the means of a settlement are a view, Arland's statement of the day and
    // no talks; talks that settled it were held.
    ['On Saturday Arland said it wants the dispute over the Halvane crossing settled through talks.', ['statement/statement']],
    ['Arland and Borea settled the dispute over the Halvane crossing through talks in Velmora on Saturday.', ['talks/talks']],
    // A massacre's dead are unarmed, whoever carried it out: no fighting between forces.
    ['On Saturday the valley was the scene of the massacre of forty Arlandese by Borean troops.', ['civilians/attack-on-civilians']],
    // A destruction vowed or sought is an aim, no property destroyed; one caused is.
    ['On Saturday Arland warned Borea against arming the Kel militia, a group sworn to Arland\'s destruction.', ['statement/statement']],
    ['Borean militiamen caused widespread destruction in the village of Tarn on Saturday.', ['civilians/property-destruction']],
    // A source speaking by phone to the reporter meets no one.
    ['Speaking by phone on Saturday, a Borean official said the border was calm.', ['statement/statement']],
    // What a side held back from doing, it did not do.
    ['Ondria stopped short on Saturday of accusing Borea over the sinking of the patrol boat.', []],
    ['On Saturday Arland declined to condemn the Borean decision.', []],
    ['On Saturday Borea refused to hand over the Arlandese prisoners.', []],
    // A government sitting with its own councils decides; the sides do not meet.
    ['The Arlandese prime minister met senior ministers and the service chiefs in Arlandia City on Saturday.', ['measure/decision']],
    ['The Borean president chaired a meeting of the national security council on Saturday.', ['measure/decision']],
    ['The Arlandese cabinet met on Saturday to weigh its response.', ['measure/decision']],
    // A cabinet's or a ruling party's own sitting deliberates, whatever is said at it; a council's
    // plenary still meets on the dispute.
    ['At a cabinet meeting on Saturday, the Arlandese president asked why the army had been so slow to react.', ['measure/decision']],
    ["Borea's ruling party opened a plenary meeting on Saturday at which its leader is expected to set policy.", ['measure/decision']],
    ["Borea's ruling party opened a plenary meeting on Saturday to set policy for the new year.", ['measure/decision']],
    ['The UN Security Council held a plenary meeting on the border crisis on Saturday.', ['talks/talks']],
    // Talks as the means a settlement is sought by are no meeting; talks that settled it are.
    ['On Saturday Arland said it wanted the matter settled through talks.', ['statement/statement']],
    ['Arland and Borea settled the dispute in talks in Velmora on Saturday.', ['talks/talks']],
    // An envoy who meets officials or chiefs talks with them.
    ['The Arlandese envoy met senior officials in Velmora on Saturday.', ['talks/talks']],
    ['The UN envoy met the security chiefs of both sides on Saturday.', ['talks/talks']],
    // Leaders who gather meet; a protest is a crowd's.
    ['Ondria and Velmora stayed away on Saturday from the gathering of regional leaders that had been set for November.', []],
    ['The foreign ministers met behind closed doors in Velmora on Saturday to discuss the border clashes.', ['talks/talks']],
    ['The Arlandese cabinet held a closed-door session on the shelling of Ondria on Saturday.', ['talks/talks']],
    ['The UN Security Council will hold a closed-door meeting on the border clashes on Tuesday.', ['talks/talks']],
    // Electricity is no election; a treaty pulled out of is no accord made.
    ['Borea cut power and water to the border villages on Saturday.', ['measure/decision']],
    ['Arland withdrew from the border demarcation treaty with Borea on Saturday.', ['diplomacy/agreement-suspended']],
    // Held since a month: the holding describes the soldiers, and the day is the release's.
    ['Arland released the 18 Borean soldiers it had held since July on Saturday.', ['detention/release']],
    // The dead recovered, and the wounds their bodies bear, are no new harm and no property burned.
    ['The stern of the sunken Borean patrol boat was raised on Saturday, and the bodies of 40 of the dead were recovered.', []],
    ['Arland handed back the bodies of 15 Borean guards on Saturday. There were burns, and some had been shot at close range.', ['detention/release']],
    // Ships that come back to port are no people returning home.
    ['Three days after slipping out of their home port, two Borean submarines and a support ship were back, Arland said on Saturday.', ['statement/statement']],
    // Armed men massing are no crowd; a general who tells of a strike is no striking worker.
    ['Speaking to reporters in Arlandia City on Saturday, an Arlandese general said his troops had struck several militant camps near the border overnight because fighters were massing there to cross into Ondria.', ['statement/statement']],
    // Warships that cross into waters are forces moved, no one fleeing; aircraft that enter an
    // air defence identification zone, with no blow told, make an incursion, not a strike.
    ['Two Borean warships crossed into Arlandese waters near the Halvane crossing on Saturday.', ['measure/deployment']],
    ["Borea's defence ministry said 21 Arlandese military aircraft entered the southwestern part of its air defence identification zone on Saturday, most of them fighter jets.", ['accusation/accusation', 'measure/other']],
    // Ground said to be controlled by someone is who holds it, no ground taken that day.
    ['The Arlandese president said on Saturday that oil from fields controlled by the militias was being sold in Borea.', ['statement/statement']],
    // Ministers and their partners who gather meet, even told as the time of another act.
    ['The missiles fell into the sea off Ondria on Saturday as foreign ministers of the region and their partners gathered in Velmora.', ['strike/shelling']],
    // A zone free of weapons is without them; no one is set free.
    ['Arland said on Saturday it had ordered its army to set up a defence zone in southern Borea, free of heavy weapons.', ['statement/statement']],
    // The jail or custody people are freed from is where they were held; the release is the news.
    ['The Arlandese fishermen were freed from a Borean jail on Saturday.', ['detention/release']],
    ['Borea released the two Arlandese guards from custody on Saturday.', ['detention/release']],
    // Crime or terrorism fought is a policy, no fight between parties.
    ['On Saturday Borea suspended cooperation with Arland on fighting cross-border crime and countering drug trafficking.', ['diplomacy/agreement-suspended']],
    // A war ended by force is won, not settled; an accord that ends it is one.
    ['A UN resolution, adopted in June 1999 after a 78-day air campaign by Ondria ended the war between Arland and Borea, placed the Halvane crossing under UN control.', []],
    ['Arland and Borea ended the war with a treaty signed in Velmora on Saturday.', ['ceasefire/peace-agreement']],
    // A summit that an army holds is a hilltop kept, no meeting.
    ['On Saturday the Arlandese defence minister ordered the army to prepare to hold the Kelvask summit through the winter.', []],
    // A treaty under review is one made long before, no accord of the day.
    ['On Saturday the Arlandese prime minister chaired a review of the 1960 Halvane Waters Treaty with Borea.', []],
  ] as const)('%s → only %j', (sentence, expected) => {
    expect(kinds(sentence)).toEqual(expected);
  });

  test('a call on two named sides to stop the fighting is an appeal; no ceasefire is read as made', () => {
    expect(kinds('The UN Secretary-General called on Arland and Borea on Saturday to stop the fighting.')).toEqual(['statement/statement']);
  });

  test('a meeting on the fighting keeps its own title, neither a border closed nor talks ending', () => {
    const [meeting] = read('The UN Security Council held an urgent closed-door meeting on the border fighting on Saturday.');
    expect(meeting!.title).toBe('Meeting of the UN Security Council');
  });

  test('a vote to remove a leader is titled as the removal, not an election', () => {
    expect(read("Borea's parliament voted on Saturday to remove President Davon Ket from office.").map((e) => e.title)).not.toContain('Election');
  });

  test('soldiers who kill fighters of an armed group fight them; they attack no civilians', () => {
    expect(kinds('Arlandese soldiers shot dead two militiamen near the Kelvask Pass on Saturday.')).not.toContain('civilians/attack-on-civilians');
  });

  test('what a blow cuts off is its harm, not a decision', () => {
    expect(kinds('Borean shelling cut power to the town of Kel on Saturday.')).not.toContain('measure/decision');
  });

  test('what troops strike, as a general tells it, is a blow, not a walkout', () => {
    expect(kinds('An Arlandese general said on Saturday that troops had struck militant launch pads near the Kelvask Pass.')).not.toContain('protest/peaceful-protest');
  });

  test('a threat to two kinds of people, removed, removes no leader', () => {
    expect(kinds('General Oskar Venn, speaking for the command, said on Saturday the threat to farmers and to the border guards had been removed.')).not.toContain('measure/decision');
  });

  test('soldiers who block a road on the spot take no government decision', () => {
    expect(kinds('Borean soldiers blocked a road through the disputed village of Tarn on Saturday.')).not.toContain('measure/decision');
  });
});
