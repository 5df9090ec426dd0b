import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { extractEvents } from '../../scripts/lib/extract/extractEvents.ts';
import { article } from '../helpers/article.ts';
import { invented } from '../helpers/lexicon.ts';

// The same happenings told in the many shapes reporters use, not one phrasing per type
// (kindCoverage.test.ts): headline present, passive with and without its doer, a noun as subject
// or object, "came under fire", a participle of result, reported speech, "according to", a
// chronology's or a live blog's entry. Each row is one invented article (Arland, Borea and their
// places: tests/helpers/invented/) published on Monday 10 June 2024; "on Saturday" is the 8th.
// A row names the shape (type/shape) and the kind, and the type where it matters, a careful coder
// gives it. Rows the extractor does not read yet are listed last, by the mechanism that misses them.
const now = DateTime.fromISO('2026-12-01', { zone: 'UTC' });
const read = (sentence: string) =>
  extractEvents({ articles: [article('probe.txt', `Border report\n\n${sentence}\n`, '2024-06-10')], lexicon: invented, now, locale: 'en-GB' }).file.events;
/** Whether the sentence is read as an event of the kind (and type), on the day it names. */
const readAs = (sentence: string, kind: string, type: string | null) => {
  const events = read(sentence);
  const event = events.find((e) => e.kind === kind && (type === null || e.type === type));
  return { event, got: JSON.stringify(events.map((e) => [e.kind, e.type, e.date])) };
};

describe('a happening is read as its kind whatever shape the sentence tells it in', () => {
  test.each([
    ['clash/exchanged', 'Arlandese and Borean soldiers exchanged fire near the Halvane crossing on Saturday.', 'fighting', 'armed-clash'],
    ['clash/erupted', 'Fighting erupted between Arlandese and Borean troops near the Kelvask Pass on Saturday.', 'fighting', 'armed-clash'],
    ['clash/broke-out', 'Heavy fighting broke out along the Arland-Borea border on Saturday.', 'fighting', 'armed-clash'],
    ['clash/flared', 'Clashes flared again near the Vel Amar temple on Saturday.', 'fighting', 'armed-clash'],
    ['clash/resumed', 'Fighting resumed near the Halvane crossing on Saturday after a two-day lull.', 'fighting', 'armed-clash'],
    ['clash/nominal-subject', 'Saturday\'s clashes near the Kelvask Pass left three soldiers dead.', 'fighting', 'armed-clash'],
    ['clash/nominal-subject-killed', 'The fighting near the Vel Amar temple on Saturday killed four soldiers.', 'fighting', 'armed-clash'],
    ['clash/after-nominal', 'Two Borean soldiers were wounded on Saturday after a fresh exchange of fire near the Halvane crossing.', 'fighting', 'armed-clash'],
    ['clash/came-under-fire', 'An Arlandese patrol came under fire from Borean troops near the Kelvask Pass on Saturday.', 'fighting', 'armed-clash'],
    ['clash/came-under-attack', 'A Borean border post came under attack by Arlandese soldiers on Saturday.', 'fighting', 'armed-clash'],
    ['clash/crossfire', 'Three villagers were caught in crossfire near the Halvane crossing on Saturday.', 'fighting', 'armed-clash'],
    ['clash/reported-speech', 'Borea said its troops had repelled an Arlandese incursion near the Kelvask Pass on Saturday.', 'fighting', 'armed-clash'],
    ['clash/according-to', 'According to the Borean defence ministry, Arlandese troops attacked a Borean outpost near the Halvane crossing on Saturday.', 'fighting', 'armed-clash'],
    ['clash/participle-result', 'Arlandese and Borean troops fought near the Kelvask Pass on Saturday, killing three soldiers.', 'fighting', 'armed-clash'],
    ['clash/killed-in', 'Three Borean soldiers were killed in clashes with Arlandese troops on Saturday.', 'fighting', 'armed-clash'],
    ['clash/engaged', 'Arlandese troops engaged Borean forces near the Halvane crossing on Saturday.', 'fighting', 'armed-clash'],
    ['clash/passive-ambushed', 'An Arlandese patrol was ambushed near the Kelvask Pass on Saturday.', 'fighting', 'armed-clash'],
    ['shelling/passive-no-agent', 'Two Borean border posts were shelled on Saturday.', 'strike', 'shelling'],
    ['shelling/passive-agent', 'Two Borean villages were hit by Arlandese artillery on Saturday.', 'strike', 'shelling'],
    ['shelling/nominal-subject', 'The shelling of Halvane on Saturday killed two civilians.', 'strike', 'shelling'],
    ['shelling/nominal-object', 'Borea condemned Saturday\'s shelling of its border villages by Arlandese troops.', 'strike', 'shelling'],
    ['shelling/came-under', 'Borean positions near the Halvane crossing came under heavy shelling on Saturday.', 'strike', 'shelling'],
    ['shelling/participle-result', 'Arlandese artillery shelled Sevrin on Saturday, killing three civilians.', 'strike', 'shelling'],
    ['shelling/reported-speech', 'Borea said Arlandese forces had shelled Sevrin on Saturday.', 'strike', 'shelling'],
    ['shelling/according-to', 'According to the Borean army, Arlandese mortars hit three villages in Sevrin on Saturday.', 'strike', 'shelling'],
    ['shelling/munitions-counted', 'Several rockets landed in the Borean town of Sevrin on Saturday.', 'strike', 'shelling'],
    ['shelling/munitions-fired', 'Borean forces fired several rockets at Arlandese positions on Saturday.', 'strike', 'shelling'],
    ['shelling/rounds-came-down', 'Several Arlandese artillery rounds came down on a village in Sevrin on Saturday.', 'strike', 'shelling'],
    ['shelling/shells-fell', 'Arlandese shells fell on the Borean town of Sevrin on Saturday, killing two civilians.', 'strike', 'shelling'],
    ['air/passive-agent', 'A Borean depot near Sevrin was struck by Arlandese warplanes on Saturday.', 'strike', 'air-strike'],
    ['air/passive-drone', 'An Arlandese army post was hit by a Borean drone on Saturday.', 'strike', 'air-strike'],
    ['air/nominal-subject', 'An Arlandese air strike on Sevrin on Saturday killed five people.', 'strike', 'air-strike'],
    ['air/nominal-subject-drone', 'A drone attack on a village near Sevrin wounded six people on Saturday.', 'strike', 'air-strike'],
    ['air/participle-result', 'Arlandese jets bombed a bridge near Sevrin on Saturday, killing two.', 'strike', 'air-strike'],
    ['air/live-reported', '14:05 — Drone strike reported in Sevrin.', 'strike', 'air-strike'],
    ['mine/passive-agent', 'An Arlandese army truck was hit by a landmine near the Vel Amar temple on Saturday.', 'strike', 'explosive'],
    ['mine/passive-wounded', 'Two Borean soldiers were wounded by a landmine near the Kelvask Pass on Saturday.', 'strike', 'explosive'],
    ['mine/passive-ied', 'An Arlandese patrol was struck by a roadside bomb on Saturday.', 'strike', 'explosive'],
    ['mine/stepped-on', 'Two Borean soldiers stepped on a landmine near the Kelvask Pass on Saturday.', 'strike', 'explosive'],
    ['mine/exploded', 'A roadside bomb exploded near an Arlandese patrol on Saturday.', 'strike', 'explosive'],
    ['mine/nominal-subject', 'A landmine blast near the Halvane crossing on Saturday wounded three Borean soldiers.', 'strike', 'explosive'],
    ['civ/passive-agent', 'Four civilians were killed by Borean troops in the village of Tarn on Saturday.', 'civilians', 'attack-on-civilians'],
    ['civ/nominal-subject', 'The killing of five villagers by Borean soldiers on Saturday drew wide condemnation.', 'civilians', 'attack-on-civilians'],
    ['arrest/passive', 'Fourteen Borean nationals were arrested in Ondria on Saturday.', 'detention', 'arrest'],
    ['arrest/passive-agent', 'Three Arlandese fishermen were detained by Borean border guards on Saturday.', 'detention', 'arrest'],
    ['arrest/nominal-subject', 'The arrest of three Arlandese fishermen by Borean guards on Saturday angered Arland.', 'detention', 'arrest'],
    ['arrest/took-prisoner', 'Borean troops took two Arlandese soldiers prisoner near the Kelvask Pass on Saturday.', 'detention', 'arrest'],
    ['arrest/captured', 'Arlandese forces captured 12 Borean soldiers near the Halvane crossing on Saturday.', 'detention', 'arrest'],
    ['arrest/headline-present', 'Arland arrests 14 Borean nationals.', 'detention', 'arrest'],
    ['release/handed-over', 'Borea handed over 22 Arlandese prisoners at the Halvane crossing on Saturday.', 'detention', 'release'],
    ['release/freed', 'Arland freed 18 Borean soldiers on Saturday.', 'detention', 'release'],
    ['release/passive-agent', 'Eighteen Borean soldiers were released by Arland on Saturday.', 'detention', 'release'],
    ['release/passive-no-agent', 'Eighteen Borean soldiers were freed on Saturday.', 'detention', 'release'],
    ['release/nominal-subject', 'A prisoner exchange between Arland and Borea took place at the Halvane crossing on Saturday.', 'detention', 'release'],
    ['release/exchanged', 'Arland and Borea exchanged 40 prisoners of war on Saturday.', 'detention', 'release'],
    ['release/passive-handed-back', 'All the Arlandese hostages were handed back on Saturday after talks.', 'detention', 'release'],
    ['release/headline-present', 'Borea frees 22 Arlandese prisoners.', 'detention', 'release'],
    ['talks/opened', 'Talks between Arland and Borea opened in Velmora on Saturday.', 'talks', 'talks'],
    ['talks/ended', 'Talks between Arland and Borea ended in Velmora on Saturday without agreement.', 'talks', 'talks'],
    ['talks/passive-held', 'Talks were held between Arlandese and Borean officials in Velmora on Saturday.', 'talks', 'talks'],
    ['talks/passive-meeting-held', 'A meeting was held between the two defence ministers in Velmora on Saturday.', 'talks', 'talks'],
    ['talks/met', 'The foreign ministers of Arland and Borea met in Velmora on Saturday.', 'talks', 'talks'],
    ['talks/nominal-subject', 'A meeting between the two defence ministers in Velmora on Saturday ended without a deal.', 'talks', 'talks'],
    ['talks/engaged-in', 'Arlandese and Borean officials engaged in talks in Velmora on Saturday.', 'talks', 'talks'],
    ['talks/headline-present', 'Arland, Borea hold talks in Velmora.', 'talks', 'talks'],
    ['truce/agreed-to', 'The two sides agreed on Saturday to an immediate ceasefire.', 'ceasefire', 'ceasefire'],
    ['truce/passive-agreed', 'A truce was agreed on Saturday.', 'ceasefire', 'ceasefire'],
    ['truce/signed-deal', 'Arland and Borea signed a deal in Velmora on Saturday to end the fighting.', 'ceasefire', 'peace-agreement'],
    ['truce/passive-signed', 'A peace deal was signed in Velmora on Saturday.', 'ceasefire', 'peace-agreement'],
    ['truce/took-hold', 'A fragile truce took hold along the border on Saturday.', 'ceasefire', 'ceasefire'],
    ['truce/nominal-subject', 'A ceasefire agreed on Saturday ended three days of fighting.', 'ceasefire', 'ceasefire'],
    ['truce/reached', 'Arland and Borea reached a ceasefire agreement on Saturday.', 'ceasefire', 'ceasefire'],
    ['truce/unilateral', 'The Borean rebels declared a unilateral ceasefire on Saturday.', 'ceasefire', 'ceasefire'],
    ['violation/collapsed', 'The truce collapsed on Saturday as fighting resumed near the Kelvask Pass.', 'ceasefire', null],
    ['violation/passive-broken', 'The ceasefire was broken on Saturday when Arlandese troops fired on a Borean post.', 'fighting', 'armed-clash'],
    ['violation/accused-of', 'Borea accused Arland of violating the ceasefire on Saturday.', 'fighting', 'armed-clash'],
    ['border/sealed', 'Borea sealed its border with Arland on Saturday.', 'diplomacy', 'border-closed'],
    ['border/reopened', 'Arland reopened the Halvane crossing on Saturday.', 'diplomacy', 'border-closed'],
    ['border/passive-closed', 'The Halvane crossing was closed on Saturday.', 'diplomacy', 'border-closed'],
    ['border/passive-reopened', 'The Halvane crossing was reopened to traffic on Saturday.', 'diplomacy', 'border-closed'],
    ['border/nominal-subject', 'The closure of the Halvane crossing on Saturday stranded hundreds of lorries.', 'diplomacy', 'border-closed'],
    ['border/until-notice', 'Arland shut the Halvane crossing on Saturday until further notice.', 'diplomacy', 'border-closed'],
    ['border/headline-present', 'Borea closes border with Arland.', 'diplomacy', 'border-closed'],
    ['envoy/expelled', 'Arland expelled the Borean ambassador on Saturday.', 'diplomacy', 'envoy-recalled'],
    ['envoy/passive-expelled', 'The Borean ambassador was expelled from Arland on Saturday.', 'diplomacy', 'envoy-recalled'],
    ['envoy/ordered-to-leave', 'Arland ordered Borean diplomats to leave the country on Saturday.', 'diplomacy', 'envoy-recalled'],
    ['envoy/passive-summoned', 'The Arlandese ambassador was summoned to the Borean foreign ministry on Saturday.', 'diplomacy', 'envoy-recalled'],
    ['envoy/persona-non-grata', 'Borea declared two Arlandese diplomats persona non grata on Saturday.', 'diplomacy', 'envoy-recalled'],
    ['envoy/headline-present', 'Arland recalls ambassador from Velmora.', 'diplomacy', 'envoy-recalled'],
    ['statement/said-that', 'The Borean foreign ministry said on Saturday that Arland must withdraw its troops.', 'statement', 'statement'],
    ['statement/warned', 'Borea warned Arland on Saturday against further incursions.', 'statement', 'statement'],
    ['statement/warned-not-to', 'The Arlandese president warned Borea on Saturday not to violate Arland\'s water rights.', 'statement', 'statement'],
    ['statement/condemned', 'Arland condemned the attack on Saturday.', 'statement', 'statement'],
    ['statement/in-a-statement', 'In a statement issued on Saturday, the Borean foreign ministry condemned the attack.', 'statement', 'statement'],
    ['statement/told-reporters', 'The Arlandese defence minister told reporters on Saturday that the army was ready.', 'statement', 'statement'],
    ['appeal/urged', 'The UN Secretary-General urged Arland and Borea on Saturday to exercise restraint.', 'statement', 'statement'],
    ['appeal/called-for', 'The Ondrian League called on Saturday for an immediate end to the fighting.', 'statement', 'statement'],
    ['appeal/called-on', 'The Ondrian League on Saturday called on Borea to free the Arlandese sailors.', 'statement', 'statement'],
    ['appeal/passive-issued', 'An appeal for calm was issued by the Ondrian League on Saturday.', 'statement', 'statement'],
    ['appeal/asked-council', 'Borea asked the UN Security Council on Saturday for an urgent meeting.', 'statement', 'statement'],
    ['appeal/asked-council-to', 'Borea on Saturday asked the UN Security Council to hold an urgent meeting.', 'statement', 'statement'],
    ['accusation/blamed', 'Borea blamed Arland on Saturday for the shelling of Sevrin.', 'accusation', 'accusation'],
    ['accusation/passive', 'Arland was accused by Borea on Saturday of firing first.', 'accusation', 'accusation'],
    ['accusation/held-responsible', 'Borea held Arland responsible on Saturday for the attack.', 'accusation', 'accusation'],
    ['accusation/accused-and-demanded', 'Arland accused Borea on Saturday of violating Arlandese sovereignty and demanded an apology.', 'accusation', 'accusation'],
    ['denial/rejected-claims', 'Arland rejected on Saturday Borean claims that it had shelled civilians.', 'accusation', 'denial'],
    ['denial/dismissed', 'Arland dismissed the Borean accusations as baseless on Saturday.', 'accusation', 'denial'],
    ['denial/denied-involvement', 'Arland on Saturday denied any involvement in the attack.', 'accusation', 'denial'],
    ['flight/ordered-evacuation', 'Borea ordered the evacuation of 20 border villages on Saturday.', 'humanitarian', 'evacuation'],
    ['flight/passive-evacuated', 'Some 5,000 residents were evacuated from Sevrin on Saturday.', 'humanitarian', 'evacuation'],
    ['flight/moved-to-shelters', 'Police moved hundreds of families living near the border to shelters on Saturday.', 'humanitarian', 'evacuation'],
    ['flight/thousands-fled', 'Thousands fled the border villages of Ondria on Saturday.', 'humanitarian', 'displacement'],
    ['flight/left-homes', 'Hundreds of residents of Sevrin left their homes for safer places on Saturday.', 'humanitarian', 'displacement'],
    ['flight/headline-present', 'Thousands flee fighting on Arland-Borea border.', 'humanitarian', 'displacement'],
    ['deploy/sent-reinforcements', 'Arland sent reinforcements to the Kelvask Pass on Saturday.', 'measure', 'deployment'],
    ['deploy/deployed', 'Borea deployed 5,000 troops along the border on Saturday.', 'measure', 'deployment'],
    ['deploy/passive', 'Extra troops were deployed to the Halvane crossing on Saturday.', 'measure', 'deployment'],
    ['deploy/massed-arms', 'Borea massed tanks near the Halvane crossing on Saturday.', 'measure', 'deployment'],
    ['deploy/massed-forces', 'Arland massed forces along the Borean border on Saturday.', 'measure', 'deployment'],
    ['deploy/headline-present', 'Arland sends troops to border.', 'measure', 'deployment'],
    ['aid/sent', 'The Ondrian League sent 40 tonnes of aid to Sevrin on Saturday.', 'humanitarian', 'aid'],
    ['aid/flew', 'Velmora flew aid to the border villages on Saturday.', 'humanitarian', 'aid'],
    ['aid/passive-delivered', 'Food and medicine were delivered to camps in Ondria on Saturday.', 'humanitarian', 'aid'],
    ['decision/imposed-curfew', 'Arland imposed a curfew in Ondria province on Saturday.', 'measure', 'decision'],
    ['decision/passive-declared', 'A state of emergency was declared in Ondria on Saturday.', 'measure', 'decision'],
    ['decision/passed-bill', 'Arland\'s upper house passed the border bill on Saturday by 57 votes to none.', 'measure', 'decision'],
    ['decision/headline-present', 'Arland declares emergency in Ondria.', 'measure', 'decision'],
    ['clash/leaving-dead', 'Arlandese and Borean troops clashed near the Kelvask Pass on Saturday, leaving five soldiers dead.', 'fighting', 'armed-clash'],
    ['clash/in-which', 'Three soldiers died on Saturday in a clash in which Arlandese and Borean patrols fired at each other near the Kelvask Pass.', 'fighting', 'armed-clash'],
    ['clash/there-were', 'There were fresh clashes near the Kelvask Pass on Saturday.', 'fighting', 'armed-clash'],
    ['clash/sources-said-after', 'Arlandese and Borean troops clashed near the Kelvask Pass on Saturday, military sources said.', 'fighting', 'armed-clash'],
    ['clash/reportedly', 'Arlandese troops reportedly attacked a Borean outpost near the Halvane crossing on Saturday.', 'fighting', null],
    ['clash/chronology-entry', '8 June – Fighting breaks out near the Kelvask Pass.', 'fighting', 'armed-clash'],
    ['shelling/dateline', 'VELMORA, June 8 (Reuters) - Arlandese artillery shelled three Borean border villages, Borean officials said.', 'strike', 'shelling'],
    ['shelling/according-to-after', 'Arlandese artillery shelled three Borean villages on Saturday, according to local officials.', 'strike', 'shelling'],
    ['shelling/retaliated-with', 'Borea retaliated on Saturday with artillery fire on Arlandese positions.', 'strike', 'shelling'],
    ['shelling/overnight-said', 'Arlandese artillery shelled Borean positions overnight, the Borean army said on Saturday.', 'strike', 'shelling'],
    ['air/retaliated-with', 'Arland retaliated with air strikes on Borean positions on Saturday.', 'strike', 'air-strike'],
    ['ground/fell-to', 'The border town of Tarn fell to Borean forces on Saturday.', 'fighting', 'territory-regained'],
    ['ground/pushed-back', 'Borean troops pushed Arlandese forces back from the Halvane crossing on Saturday.', 'fighting', null],
    ['border/chronology-entry', 'June 8: Arland closes the Halvane crossing.', 'diplomacy', 'border-closed'],
    ['statement/refusal', 'In a statement read on state television on Saturday, the Borean government said it would not negotiate.', 'statement', 'statement'],
    ['statement/quote', '"We will defend every metre of our land," the Arlandese prime minister said on Saturday.', 'statement', 'statement'],
    ['statement/told-agency', 'A Borean army spokesman told AFP on Saturday that the situation was calm.', 'statement', 'statement'],
    ['talks/summit-held', 'Leaders of Arland and Borea held a summit in Velmora on Saturday.', 'talks', 'talks'],
    ['talks/phone', 'The Arlandese and Borean presidents spoke by telephone on Saturday.', 'talks', 'talks'],
    ['denial/headline-present', 'Arland denies shelling Borean school.', 'accusation', 'denial'],
    ['accusation/headline-present', 'Borea accuses Arland of shelling villages.', 'accusation', 'accusation'],
    ['statement/headline-present', 'Borea warns Arland over border.', 'statement', 'statement'],
    ['civ/headline-present', 'Borean troops kill five villagers near Kelvask Pass.', 'civilians', 'attack-on-civilians'],
    ['civ/second-sentence-undated', 'Officials in Ondria said on Saturday that the area was tense. Borean soldiers shot dead three farmers near Tarn.', 'civilians', 'attack-on-civilians'],
    ['truce/headline-present', 'Arland and Borea agree ceasefire.', 'ceasefire', 'ceasefire'],
    ['air/nominal-object-judged', 'Borea denounced an Arlandese drone attack on a market in Sevrin on Saturday.', 'strike', 'air-strike'],
    ['statement/wrote-on-social-media', 'The Borean president wrote on social media on Saturday that Borea would not back down.', 'statement', 'statement'],
    ['statement/televised-address', 'In a televised address on Saturday, the Borean president said the army would defend the border.', 'statement', 'statement'],
    ['appeal/in-a-call-urged', 'In a phone call on Saturday, the UN Secretary-General urged the Arlandese prime minister to show restraint.', 'statement', 'statement'],
    ['flight/forcing-to-flee', 'Borean artillery shelled Ondria on Saturday, forcing 2,000 people to flee.', 'humanitarian', 'displacement'],
    ['flight/forced-to-flee', 'The shelling forced thousands to flee their homes in Ondria on Saturday.', 'humanitarian', 'displacement'],
    ['deploy/tanks-rolled', 'Borean tanks rolled towards the border on Saturday.', 'measure', 'deployment'],
    ['deploy/reinforcements-arrived', 'Arlandese reinforcements arrived at the Kelvask Pass on Saturday.', 'measure', 'deployment'],
    ['talks/talks-with-resumed', 'Talks with Arland resumed in Velmora on Saturday.', 'talks', 'talks'],
    ['talks/suspended-talks-with', 'Borea suspended talks with Arland on Saturday.', 'diplomacy', 'agreement-suspended'],
    ['accusation/alleged-that', 'Borea alleged on Saturday that Arlandese troops had shelled Sevrin.', 'accusation', 'accusation'],
    ['accusation/claimed-that', 'Borea claimed on Saturday that Arlandese troops had shelled Sevrin.', 'accusation', 'accusation'],
    ['flight/lede-perfect', 'Thousands of villagers have fled their homes in Ondria.', 'humanitarian', 'displacement'],
    ['flight/lede-perfect-evacuated', 'Authorities have evacuated 12,000 residents of border villages.', 'humanitarian', 'evacuation'],
    ['shelling/lede-perfect', 'Arlandese artillery has shelled Sevrin, Borean officials say.', 'strike', 'shelling'],
    ['border/lede-perfect', 'Borea has closed its border with Arland.', 'diplomacy', 'border-closed'],
    ['envoy/lede-perfect', 'Arland has recalled its ambassador from Velmora.', 'diplomacy', 'envoy-recalled'],
    ['release/lede-perfect', 'Borea has released 18 Arlandese soldiers.', 'detention', 'release'],
    ['shelling/headline-present', 'Arland shells Borean villages near Kelvask Pass.', 'strike', 'shelling'],
    ['air/headline-present', 'Arland bombs Borean positions near Halvane crossing.', 'strike', 'air-strike'],
  ] as const)('%s: %s → %s/%s', (_shape, sentence, kind, type) => {
    const { event, got } = readAs(sentence, kind, type);
    expect(event, got).toBeDefined();
    // A night told with the day of its telling may be the night before (nightOf): only the day is checked.
    if (/\bon Saturday\b/.test(sentence) && !/\bovernight\b/.test(sentence)) expect(event!.date).toBe('2024-06-08');
  });
});

describe('nothing new is read from a sentence that denies, hedges, generalises or recalls', () => {
  test.each([
    ['negative/negated', 'Arlandese and Borean troops did not exchange fire on Saturday.'],
    ['negative/hedged', 'Arland may shell Borean villages if the talks fail.'],
    ['negative/generic', 'Artillery shelling is a common feature of border disputes.'],
    ['negative/recap-year', 'In 2019, Arland and Borea fought a short border war.'],
    ['negative/no-fighting', 'There was no fighting near the Halvane crossing on Saturday.'],
    ['negative/clashes-over-years', 'Several clashes have broken out along the border over the years.'],
    ['negative/arsenal', 'Arland has many rockets and missiles.'],
    ['negative/engaged-with', 'The Ondrian League engaged with Arlandese officials on the refugee question.'],
    ['negative/fell-to-level', 'Trade between Arland and Borea fell to its lowest level in a decade.'],
    ['negative/last-century', 'The two countries fought three wars over the pass in the last century.'],
    ['negative/last-years-toll', "Last year's clashes near the Kelvask Pass killed 12 soldiers."],
    ['negative/threat-not-done', 'Arland would reopen the Halvane crossing only if the shelling stopped.'],
    ['negative/fear', 'Residents feared that fighting could resume at any moment.'],
    ['negative/every-day', 'Thousands of Arlandese workers cross the border every day.'],
    ['negative/toll-so-far', 'The fighting has killed 40 people so far.'],
    ['negative/fled-since', 'More than 50,000 people have fled since the fighting began in March.'],
    ['negative/yes-no-question', 'Will Arland and Borea hold talks next week?'],
    ['negative/remained-closed', 'The Halvane crossing remained closed on Saturday.'],
    ['negative/remained-in-custody', 'The three Arlandese fishermen remained in custody in Velmora on Saturday.'],
    ['negative/remain-displaced', 'Thousands of villagers remain displaced in Ondria.'],
    ['negative/curfew-in-force', 'The curfew in Ondria stayed in force on Saturday.'],
  ] as const)('%s: %s → no event', (_shape, sentence) => {
    expect(read(sentence).map((e) => `${e.kind}/${e.type}`)).toEqual([]);
  });

  test('people caught in crossfire are no arrest', () => {
    expect(read('Three villagers were caught in crossfire near the Halvane crossing on Saturday.').map((e) => e.kind)).toEqual(['fighting']);
  });
});

// Shapes not read yet, by the mechanism that misses them. A row that starts to pass fails here:
// move it up. (1) A lede's news present whose verb the tagger takes for a noun after a common
// noun ("troops clash"). (2) Fire or explosions heard name no blow, by design; "Shells fall" is
// tagged as nouns.
describe('shapes not read yet', () => {
  test.fails.each([
    ['clash/headline-present', 'Arlandese and Borean troops clash near Kelvask Pass.', 'fighting', 'armed-clash'],
    ['clash/live-heard', '14:05 — Gunfire heard near the Halvane crossing.', 'fighting', 'armed-clash'],
    ['shelling/live-present', '14:05 — Shells fall on Sevrin.', 'strike', 'shelling'],
    ['mine/live-heard', '14:05 — Explosions heard in Sevrin.', 'strike', null],
  ] as const)('%s: %s → %s/%s', (_shape, sentence, kind, type) => {
    expect(readAs(sentence, kind, type).event).toBeDefined();
  });
});
