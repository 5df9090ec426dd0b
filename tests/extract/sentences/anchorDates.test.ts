import { describe, expect, test } from 'vitest';
import { DateTime } from 'luxon';
import { resolveSpan } from '../../../scripts/lib/extract/time/resolveSpan.ts';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { invented } from '../../helpers/lexicon.ts';

const read = (text: string) => analyseSentence({ start: 0, end: text.length, text }, 0, invented);
/** Each date of a sentence and the trigger it dates, with how: `told` for the day of telling, `lent` for a date the sentence shares. */
const dates = (text: string) =>
  read(text).anchors.map((a) => `${a.time.text} → ${a.trigger.text}${a.told ? ' (told)' : ''}${a.borrowed ? ' (lent)' : ''}${a.due ? ' (due day)' : a.rescheduled ? ' (new date)' : ''}`);

describe('anchorDates: which happening each date of a sentence dates', () => {
  test('a date inside the that-clause a verb governs dates that clause, not the verb', () => {
    expect(dates('The two ministers agreed that the dialogue Arland and Borea began in Velmora in February was still the proper venue for their quarrel.')).toEqual(['February → dialogue']);
    expect(dates('Lena Ferrin and Kael Orvan agreed with Borea that the talks held at the Halvane crossing in March had failed.')).not.toContain('March → agreed (lent)');
  });

  test('the day of an occasion of speaking set off after the subject dates the telling, not the act named as its object', () => {
    expect(dates('Kael Orvan, in a radio speech on Tuesday, branded the shelling an outrage and pledged to hold Velmora.')).toEqual(['Tuesday → pledged (told)']);
    // A day of its own clause dates the act as ever.
    expect(dates('Kael Orvan pledged on Tuesday to defend Velmora.')).toContain('Tuesday → pledged');
  });

  test('a date of a telling that puts a measure in force dates the measure it names', () => {
    expect(dates('On Friday Arland announced sanctions on Kael Orvan and his family.')).toEqual(['Friday → sanctions (told)']);
    // A measure only talked of is no object of such a verb.
    expect(dates('On Friday Arland discussed sanctions on Kael Orvan.')).not.toContain('Friday → sanctions (told)');
  });

  test('a date set between a subject and its auxiliary is of the subject\'s phrase, not the verb after it', () => {
    // "in May" sits in the phrase "the guards Borea seized at the crossing in May": it dates no freeing.
    expect(dates('Arland announced on Tuesday that the 12 border guards Borea seized at the Halvane crossing in May were freed.')).not.toContain('May → freed');
    // A date after the verb is its own as ever.
    expect(dates('The 12 border guards were freed in May.')).toContain('May → freed');
  });

  test('a date after a colon dates what the colon opens, not what it explains', () => {
    expect(dates('The gunman behind the killing at Velmora is dead: Arland executed him in May 2025.')).toEqual(['May 2025 → executed']);
    expect(dates('Borea reopened the Halvane crossing: its troops had withdrawn from the Kelvask Pass on Monday.')).toEqual(['Monday → withdrawn from']);
  });

  test('an act told beside another that its clause dates takes that date, not the day it was told', () => {
    expect(dates('Borea said on Wednesday that its troops had repelled an Arlandese attack the previous night.')).toEqual([
      'Wednesday → said (told)',
      'the previous night → repelled',
      'the previous night → attack',
    ]);
    // With no date of its own clause, a told act is of the day it was told.
    expect(dates('Borea said on Wednesday that its troops had repelled an Arlandese attack.')).toContain('Wednesday → repelled (told)');
  });

  test('a short aside set off by commas is no distance between a happening and the date of the clause after it', () => {
    expect(dates('Arland police said they had arrested three men, one of them holding a rifle, as they tried to sneak past the checkpoints outside Velmora late on Saturday.')).toContain('late on Saturday → arrested');
    // An aside that tells a happening of its own is words like any other: the date stays out of reach.
    expect(dates('Arland police said they had arrested three men, after clashes near the river, as they tried to sneak past the checkpoints outside the market town of Velmora late on Saturday.')).not.toContain('late on Saturday → arrested');
  });

  test('the day a state runs until is its end, in a clause of its own too: no closure or truce of that day', () => {
    expect(dates('The closure of the Halvane and Kelvask crossings will go on for a fortnight, until March 27, Borea said.').filter((d) => d.startsWith('March 27'))).toEqual([]);
    expect(dates('The truce between Arland and Borea is to hold for a month, until 4 June.').filter((d) => d.startsWith('4 June'))).toEqual([]);
    // … and so is the day it runs to or is valid to.
    expect(dates('Borea has put out a fresh notice for the Halvane banks that runs to 12 August.').filter((d) => d.startsWith('12 August'))).toEqual([]);
    // A day a state is due to end on is its end as well.
    expect(dates('Borea will reopen the Halvane crossing on Friday, its cabinet ruled, cutting short a closure, due to expire on Wednesday night, that had stranded hundreds of lorries.').filter((d) => d.startsWith('Wednesday night'))).toEqual([]);
    // A day that is no state's end still dates the happening of the clause beside it.
    expect(dates('The closure of the Halvane and Kelvask crossings will go on for a fortnight, from March 27, Borea said.')).toContain('March 27 → closure');
  });

  test('a date of a clause set off by a comma to say what a thing or person is dates nothing outside it', () => {
    // The visit is the base's past: the killing asked about has no date of its own.
    expect(dates('Arland said it was still assessing the damage at the Kelvask air base, which its president visited in December 2018, and whether anyone had been killed.')).toEqual([]);
    expect(dates('The envoy, who took office in March 2019, condemned the shelling.')).toEqual([]);
    // A clause that says what a happening did dates that happening.
    expect(dates('Neither army admits losing the fighting, which eased on Tuesday evening after dark.')).toContain('Tuesday evening → fighting');
    // With no such clause, the date of a clause without a happening still dates the nearest one.
    expect(dates('Arland said it was still assessing the damage at the Kelvask air base in December 2018, and whether anyone had been killed.')).toContain('December 2018 → killed');
  });

  test('the day of telling does not date a setting told as weeks or more before the saying', () => {
    expect(dates("Arland's frontier with Borea is closed, ministers confirmed on Thursday, almost two weeks after Arland accused Borea of arming the rebels.").filter((d) => d.includes('accused'))).toEqual([]);
    // A setting told with no such span still shares the day it was told.
    expect(dates("Arland's frontier with Borea is closed, ministers confirmed on Thursday, after Arland accused Borea of arming the rebels.")).toContain('Thursday → accused (told)');
  });

  test('lends no day named as a noun\'s to a saying joined after it', () => {
    expect(dates("The council condemned Thursday's attack on Velmora and urged both sides to talk.").filter((d) => d.includes('urged'))).toEqual([]);
  });

  test.each([
    ['Officials met for talks on Monday after clashes erupted last week.', ['Monday → met', 'last week → clashes']],
    // A relative clause after a date tells what happened that day, however far its happenings lie.
    ['The reprisal followed an episode on Sunday in which a band of gunmen slipped over the shallow river at night, robbed two outlying farms of their cattle and then seized the customs post.', ['Sunday → seized']],
    // One date per happening from another clause; the happening that began shares the sentence's news date.
    ['The fighting began when India launched strikes on May 7, avenging the killing of tourists on April 22.', ['May 7 → strikes', 'May 7 → fighting (lent)']],
    ['It is the worst fighting since 2019.', []],
    // A date inside a clause "since" opens dates what that clause tells, never what the "since" measures from.
    ['It was the first time the two leaders had met since the crisis began on March 19.', []],
    ['It was the first time the two leaders had met since troops clashed on March 19.', ['March 19 → clashed']],
    ['Since the border closed on Monday, traders have waited at the crossing.', ['Monday → border closed']],
    // The date of a phrase "since" opens ("since the handover of August 2006") names the start of a
    // period: it dates a happening the phrase itself names, never one of another clause.
    ['No raid had troubled the district since the handover of August 2006, so the attack on the Halvane post stunned its farmers.', []],
    ['The valley had been calm since the war of 1971, but Borean gunmen raided a post near the Halvane crossing.', []],
    ['The border had been quiet since the accord of March 2019, and the raid has shocked villagers.', ['March 2019 → accord']],
    // The clause "when" opens right after a "since" date tells what happened on that day, and only it.
    ['The two guards have been back in Arland since 29 November, when Borea handed them over at the Halvane crossing.', ['29 November → handed them over']],
    ['The border had been quiet since July, when Borea shelled a post; Arland has since kept its troops back.', ['July → shelled']],
    // What is only agreed to be done does not share the date of the talks that agreed it.
    ['The two governments agreed to reopen the crossing after their ministers held talks in the capital this week.', ['this week → held talks']],
    ['VELMORA, April 23 (Reuters) - Soldiers fought again on Saturday.', ['Saturday → fought']],
    ['VELMORA, April 23 (Reuters) - Soldiers fought again.', []],
    // A date alone at the head of a chronology's or a live blog's entry dates the entry.
    ['June 8: Arland closes the Halvane crossing.', ['June 8 → closes']],
    ['8 June – Fighting breaks out near the Kelvask Pass.', ['8 June → Fighting']],
    // A saying joined by "and" after the dated act was made that day; one whose date comes after it dates what it tells.
    ['Arland recalled its ambassador on Monday and accused Borea of shelling the pass.', ['Monday → recalled its ambassador', 'Monday → accused (lent)']],
    ['Arland accused Borea of shelling the pass on Monday.', ['Monday → shelling']],
    // A second speaker's saying joined on after a dated one, with no day of its own, was said in the same breath.
    ['The United Nations called on Tuesday for restraint, and the Borean foreign ministry said it wanted talks.', ['Tuesday → called on', 'Tuesday → said (lent)']],
    // Datelines with no dash: an agency in brackets, or a day closed by a full stop.
    ['Port Vella, Mar 20 (Wire) Soldiers fought again on Saturday.', ['Saturday → fought']],
    ['NORTH RIDGE, 18 Apr. Soldiers fought near the pass.', []],
    ['NORTH RIDGE, 18 Apr. Weekend shelling emptied the hamlets below the pass.', ['Weekend → shelling']],
    ['Kyrgyzstan said on Thursday that its troops had fired on a checkpoint.', ['Thursday → fired on (told)']],
    ['On Sunday, the general told reporters that rebels had attacked a base.', ['Sunday → attacked (told)']],
    ['The minister telephoned his counterpart on Tuesday and again offered to help.', ['Tuesday → telephoned', 'Tuesday → offered (lent)']],
    ['Villagers fled on Monday after the shelling of their village.', ['Monday → fled']],
    // "A day after" counts from the other happening's date.
    ['Troops clashed near the pass a day after talks ended on Monday.', ['a day after talks ended on Monday → clashed', 'Monday → talks']],
    ['Two days before the accord was signed on March 3, troops withdrew.', ['Two days before the accord was signed on March 3 → withdrew', 'March 3 → accord was signed']],
    // The date of an opening setting is the setting's, not the news after its comma.
    ['After talks collapsed on Monday, troops clashed near the pass.', ['Monday → talks']],
    // A date that opens a later clause is not lent to the clauses before it.
    ['Arland closed the border, and on Tuesday Borea recalled its ambassador.', ['Tuesday → recalled its ambassador']],
    // A happening its nearer date already dates is not dated again across the setting named after it.
    ['Talks resumed on Thursday after clashes on Wednesday.', ['Thursday → Talks', 'Wednesday → clashes']],
    // A setting that names no happening of ours keeps its date, when the news has its own.
    ['Fighting resumed on Wednesday after a lull on Tuesday.', ['Wednesday → Fighting']],
    ['Fighting resumed on Wednesday following a day of calm on Tuesday.', ['Wednesday → Fighting']],
    // The day a truce is extended to is its new end, not the day of the extension.
    ['The truce was extended to March 30.', []],
    // A phrase set after a date mid-sentence says what the day was; the truce it names is not of that day.
    ['The rebels stayed in the pass on March 30, the last day of the truce agreed in January.', ['January → truce']],
    ['On March 30, the rebels shelled the pass.', ['March 30 → shelled']],
    // A plan moved, later or earlier, goes ahead on its new date; the day it was first set for dates nothing.
    ['The summit planned for Tuesday has been put off to Friday.', ['Friday → summit (new date)']],
    // With no new day, the day it was due on is the plan's.
    ['The summit planned for Tuesday has been put off.', ['Tuesday → summit (due day)']],
    // A date before the word that puts it off, and before what it puts off, dates the postponement.
    ['The council on Monday postponed the handover of nine prisoners.', ['Monday → handover']],
    ['The handover of nine prisoners was put on hold on Monday.', ['Monday → handover']],
    ['The council brought forward to Saturday a meeting it had set for Monday.', ['Saturday → meeting (new date)']],
    ['The foreign ministers\' meeting, first set for May 14, was moved up to May 12.', ['May 12 → meeting (new date)']],
    ['Negotiators advanced the next round of talks to Thursday.', ['Thursday → round of talks (new date)']],
    // "In advance" and "advance warning" move no plan: the act told beside them took place on its day.
    ['The Halvane crossing was closed for a day on Friday, without notice in advance to Borea.', ['Friday → crossing was closed']],
    ['Borea recalled its envoy on Thursday after advance warning from Arland.', ['Thursday → recalled its envoy']],
    // A date after what is proposed is the proposed happening's; one right after the proposal is its own.
    ['Japan offered to host talks in the capital next week.', []],
    ['Borea proposed on Monday a meeting of defence ministers.', ['Monday → proposed']],
    // A date inside a clause of time set after the happening's own dates what that clause recaps, not the happening.
    ['The government sent troops into the valley after the rebels crossed the river in March last year.', []],
    ['The government deployed troops to the valley shortly after the rebels crossed the river on Monday.', []],
    // Its own date, before the clause of time, is its own.
    ['The government sent troops into the valley in March after the rebels crossed the river.', ['March → sent troops']],
    // Troops moving up to a line are no plan moved.
    ['Troops moved up to the border on Sunday after the clash.', ['Sunday → moved up to']],
  ])('"%s" → %j', (sentence, expected) => {
    expect(dates(sentence)).toEqual(expected);
  });

  test('counts what "a day after" names, with no date of its own, back from the date of the news it follows', () => {
    const counted = (text: string) => read(text).anchors.filter((a) => a.counted).map((a) => [a.trigger.text, a.time.spec]);
    expect(counted('Arlandese troops shelled the ridge on Friday, a day after Borean soldiers attacked a checkpoint.')).toEqual([['attacked', { type: 'weekday', weekday: 4 }]]);
    expect(counted('The assembly approved the decree on June 12, two days after the truce began.')).toEqual([['truce', { type: 'calendar', month: 6, day: 10 }]]);
    // "Two days before" counts forward.
    expect(counted('Rebels shelled the town on Monday, two days before talks opened in the capital.')).toEqual([['talks', { type: 'weekday', weekday: 3 }]]);
    // With a date of its own, the other happening keeps it; what is only planned has no day to count.
    expect(counted('Talks resumed on Monday, two days after clashes that ended on Friday.')).toEqual([]);
    expect(counted('The envoys met on Monday, a day after both sides agreed to meet.')).toEqual([]);
    // The day of a telling is news too: what "a day after" names lies a day before it.
    expect(counted('No mediation was needed, the minister said on Tuesday, a day after clashes killed four soldiers.')).toEqual([['clashes', { type: 'weekday', weekday: 1 }]]);
    expect(counted('The army said on Friday that it had repelled the raid, two days after rebels attacked a border post.')).toEqual([['attacked', { type: 'weekday', weekday: 3 }]]);
  });

  test('a date inside a modifier dates what the modifier tells, or the noun it tells of, and nothing outside it', () => {
    // The date of the shelling is not the day the bodies were found, nor the other way round.
    expect(dates('Two bodies were found on Wednesday in the village, the hamlet shelled by rebel artillery on Tuesday.')).toEqual(['Tuesday → artillery', 'Tuesday → shelled (lent)']);
    // The pass was seized in March; the clash is of Monday only.
    expect(dates('Troops clashed on Monday near the pass seized by rebels in March.')).toEqual(['Monday → clashed']);
    // The declaration was signed in February; Friday is the reaffirmation's, which is no happening here.
    expect(dates('Both sides on Friday reaffirmed the declaration they signed in February.')).toEqual(['February → signed']);
    // The truce was agreed on Sunday and collapsed on Saturday: both are its dates.
    expect(dates('The truce signed on 3 May collapsed on Saturday.')).toEqual(['3 May → truce', 'Saturday → truce']);
    // A verb's object is no noun a modifier dates: the breach is of no day the modifier gives.
    expect(dates('Borea on Tuesday accused Arland of breaking the truce agreed on Sunday.')).toEqual(['Tuesday → accused']);
  });

  test('a date after a report verb in the passive, with the happening as its subject, is the happening\'s', () => {
    expect(dates('Shelling was reported late last week near Borean farms.')).toEqual(['late last week → Shelling']);
    expect(dates('Clashes were reported on Monday near the pass.')).toEqual(['Monday → Clashes']);
    // An active report verb dates the telling, as before: what it tells keeps its own day.
    expect(read('Officials reported on Monday that clashes had broken out.').tellings.map((t) => t.text)).toEqual(['Monday']);
  });

  test('counts hours and weeks as it counts days: hours keep to the day, a week is seven', () => {
    const counted = (text: string) => read(text).anchors.filter((a) => a.counted).map((a) => [a.trigger.text, a.time.spec]);
    expect(counted('Shelling resumed on Monday, hours after the ceasefire took effect.')).toEqual([['ceasefire', { type: 'weekday', weekday: 1 }]]);
    expect(counted('Rockets hit the town on Sunday, just hours before the truce came into force.')).toEqual([['truce', { type: 'weekday', weekday: 7 }]]);
    expect(counted('Fighting broke out again on 12 May, a week after the two sides signed a truce.')).toEqual([['truce', { type: 'calendar', month: 5, day: 5 }]]);
    // A weekday a week away is another week's, which the name cannot say: the truce takes no day from it.
    expect(counted('Fighting broke out again on Monday, a week after the two sides signed a truce.')).toEqual([]);
    // Counted forward from a date after the phrase, hours keep the other happening's day.
    expect(dates('Hours after talks ended on Monday, troops clashed near the pass.')).toEqual(['Hours after talks ended on Monday → clashed', 'Monday → talks']);
  });

  test('returns the dates that only date a telling apart', () => {
    expect(read('The army said on Monday that it had withdrawn.').tellings.map((t) => t.text)).toEqual(['Monday']);
  });
  test('dates what has gone on since a day as a span up to the day it was told, but not a superlative since a year', () => {
    const spanOf = (text: string) => read(text).anchors.map((a) => [a.time.text, a.trigger.text, a.time.extent]);
    expect(spanOf('The two garrisons have traded fire since Monday, officials said on Thursday.')).toEqual([
      ['Monday', 'traded fire', { to: 'date', until: { type: 'weekday', weekday: 4 } }],
    ]);
    expect(spanOf('Rebel units have been fighting since 8 March.')).toEqual([['8 March', 'fighting', { to: 'date', until: { type: 'relative', unit: 'day', shift: 0 } }]]);
    expect(spanOf('It was the worst fighting since 2019.')).toEqual([]);
    // A state told as a noun phrase in the present perfect runs from its day too, not on it alone.
    expect(spanOf('The border has been closed since 12 May.')).toEqual([['12 May', 'border has been closed', { to: 'date', until: { type: 'relative', unit: 'day', shift: 0 } }]]);
    expect(spanOf('The crossing has remained shut since Monday.').map(([day]) => day)).toEqual(['Monday']);
    expect(spanOf('The fighting since Monday was the worst in years.')).toEqual([]);
    // A sentence that opens on the day scopes over what follows it.
    expect(spanOf('Since 8 March, rebel shelling has emptied four hamlets.')).toEqual([['8 March', 'shelling', { to: 'date', until: { type: 'relative', unit: 'day', shift: 0 } }]]);
    expect(spanOf('Since 2019, the garrisons have traded fire.')).toEqual([]);
  });

  test('turns a day into a span by a length of days its happening lasted, but not by any length in its clause', () => {
    const extentOf = (text: string) => read(text).anchors.map((a) => a.time.extent);
    expect(extentOf('Troops fought for four days from Monday around the pass.')).toEqual([{ to: 'count', days: 4 }]);
    expect(extentOf('The first clashes in three days broke out on Monday.')).toEqual([undefined]);
    expect(extentOf('With the truce holding on Tuesday, medics gave their final count for the nine days of fighting.').filter(Boolean)).toEqual([]);
  });

  test('runs a length given by "for" after an act that ends something from the act\'s day, not up to it', () => {
    const extentOf = (text: string) => read(text).anchors.map((a) => a.time.extent);
    // The closure is on Wednesday; the two weeks run from it, never back from it.
    expect(extentOf('Arland on Wednesday closed its border with Borea for two weeks.')).toEqual([{ to: 'count', days: 14 }]);
  });

  test('keeps a decision to its day: a length says how long what was decided lasts, which comes into force on a day of its own', () => {
    const extentOf = (text: string) => read(text).anchors.map((a) => a.time.extent);
    const vote = extentOf("Arland's parliament voted late on Monday to impose martial law for 30 days in two provinces.");
    expect(vote.length).toBeGreaterThan(0);
    expect(vote.filter(Boolean)).toEqual([]);
  });

  test.each([
    ['Gunners shelled the pass for a third day on Thursday.', [{ to: 'count', days: 3, back: true }]],
    ['Rebel raids on the valley went on for the fifth straight day on Sunday.', [{ to: 'count', days: 5, back: true }]],
    ['The two delegations held a second day of talks in the capital on Tuesday.', [{ to: 'count', days: 2, back: true }]],
    ['Gunners kept up a third straight day of shelling on Thursday.', [{ to: 'count', days: 3, back: true }]],
    // The first day, or the last, counts no days back.
    ['Gunners shelled the pass on Thursday for the first day.', [undefined]],
    ['Gunners shelled the pass for the final day on Thursday.', [undefined]],
  ])('turns the day a happening reached its nth day into the n days up to it: %j', (text, expected) => {
    expect(read(text).anchors.map((a) => a.time.extent)).toEqual(expected);
  });
});
describe('anchorDates: an act told in the present perfect was done by the day it was told of', () => {
  const timeOf = (text: string) => read(text).anchors.map((a) => [a.trigger.text, a.time.spec, a.time.extent]);
  test.each([
    [
      'The two foreign ministers have signed a border accord in the capital, the state news agency said on Friday.',
      { type: 'weekday', weekday: 4 },
      { to: 'date', until: { type: 'weekday', weekday: 5 }, window: true },
    ],
    [
      'The army has shut the main crossing until further notice, a military spokesman said on Monday.',
      { type: 'weekday', weekday: 7 },
      { to: 'date', until: { type: 'weekday', weekday: 1 }, window: true },
    ],
  ])('the day before the telling, up to it: %j', (text, spec, extent) => {
    expect(timeOf(text)).toEqual([[expect.any(String), spec, extent]]);
  });
  test('placed on the calendar, it is a window of the two days, not a happening that lasted both', () => {
    const [anchor] = read('The two foreign ministers have signed a border accord, the state news agency said on Friday.').anchors;
    // Published on Saturday 14 June 2014: the Friday told of is the 13th.
    expect(resolveSpan(anchor!.time, DateTime.fromISO('2014-06-14', { zone: 'UTC' }), 'past')).toEqual({ date: '2014-06-12', endDate: '2014-06-13', approximate: true });
  });
  test('a calendar day of telling is counted back the same way', () => {
    const [[, spec, extent]] = timeOf('Both governments have recalled their envoys, the news agency said on 14 June.') as [[string, unknown, unknown]];
    expect(spec).toMatchObject({ type: 'calendar', month: 6, day: 13 });
    expect(extent).toEqual({ to: 'date', until: expect.objectContaining({ month: 6, day: 14 }), window: true });
  });
  test.each([
    // Told in the simple or past perfect, the act keeps the day of telling.
    'The state news agency said on Friday that the two foreign ministers signed a border accord.',
    'The state news agency said on Friday that the two foreign ministers had signed a border accord.',
  ])('not an act told in another tense: %j', (text) => {
    expect(timeOf(text)).toEqual([[expect.any(String), { type: 'weekday', weekday: 5 }, undefined]]);
  });
});
describe('anchorDates: "a week ago" is a round figure, a window of a day either side', () => {
  const timeOf = (text: string) => read(text).anchors.map((a) => [a.time.spec, a.time.extent]);
  test('a week ago', () => {
    expect(timeOf('The standoff started a week ago, when rebels ambushed a border patrol near the river.')).toEqual([
      [expect.objectContaining({ type: 'relative', unit: 'day', shift: -8 }), { to: 'date', until: expect.objectContaining({ type: 'relative', unit: 'day', shift: -6 }), window: true }],
    ]);
    const [anchor] = read('Rebels ambushed a border patrol a week ago.').anchors;
    expect(resolveSpan(anchor!.time, DateTime.fromISO('2014-06-14', { zone: 'UTC' }), 'past')).toEqual({ date: '2014-06-06', endDate: '2014-06-08', approximate: true });
  });
  test('a count of days keeps its day', () => {
    expect(timeOf('Rebels ambushed a border patrol seven days ago.')).toEqual([[expect.objectContaining({ type: 'relative', unit: 'day', shift: -7 }), undefined]]);
  });
});
describe('anchorDates: a night is dated on one day, the day it runs into or the day it is named by', () => {
  test.each([
    ['Officials said on Thursday that troops had clashed overnight near the pass.', { type: 'weekday', weekday: 4 }, undefined],
    ['Troops clashed overnight into Wednesday near the pass.', { type: 'weekday', weekday: 3 }, undefined],
    ['Troops clashed on Tuesday night near the pass.', { type: 'weekday', weekday: 2, time: { partOfDay: 'NI' } }, undefined],
  ])('%j', (text, spec, extent) => {
    const [anchor] = read(text).anchors;
    expect(anchor?.time.spec).toEqual(spec);
    expect(anchor?.time.extent).toEqual(extent);
  });
});

describe('anchorDates: a saying takes no date of what it tells or asks for', () => {
  test.each([
    // The day of telling dates the saying; a date in the told words after it is theirs.
    ['Borea said on Thursday it had extended the survey off Ondria, first due to end on March 3, until March 10.', 'said', ['Thursday → said (told)']],
    // A date after the infinitive a saying asks for dates the asked-for act, not the asking.
    ['The ministry said that Borea had asked to meet the Arland envoy in Velmora on March 30.', 'asked', []],
    ['Arland urged Borea to pull its troops back from the Halvane crossing by Friday.', 'urged', []],
  ])('%j', (text, saying, expected) => {
    expect(dates(text).filter((d) => d.endsWith(`→ ${saying}`) || d.includes(`→ ${saying} `))).toEqual(expected);
  });
  test('a date said "to reporters" is still the saying\'s', () => {
    expect(dates('Arland spoke to reporters on Monday about the clashes near the Halvane crossing.').some((d) => d.startsWith('Monday'))).toBe(true);
  });
  test('lends no date of what is only possible to an act beside it', () => {
    const found = dates('Arland signed the decree hours after Borea said it was saddened by the shooting and that a summit in Velmora next week could be a chance to talk.');
    expect(found.filter((d) => d.includes('→ signed'))).toEqual([]);
  });

  test('a date of a setting told as at the same time dates the news beside it too', () => {
    expect(dates("When Borean troops crossed the line on Monday, Arland's foreign ministry summoned the Borean envoy.")).toEqual([
      'Monday → crossed the line',
      'Monday → summoned the Borean envoy (lent)',
    ]);
    // A setting told as before the news lends it no day.
    expect(dates('After Borean troops shelled the pass on Sunday, Arland summoned the Borean envoy.')).toEqual(['Sunday → shelled']);
  });
});

describe('anchorDates: a date that tells of a noun dates no other act', () => {
  test.each<[string, string[]]>([
    // A relative clause's date is of what it tells; with no act of ours in it, it dates nothing.
    ['The army was still assessing whether anyone had been killed at the Kelvask air base, which Lena Ferrin visited in December 2018.', []],
    ['Arland protested against the road to the Kelvask Pass, which Borea opened last month.', []],
    ['She had no word on casualties from firing at Velmora, where Borean guards had sounded an alert on Wednesday.', []],
    ['The raiders, Kael Orvan said, were members of the Velmora gang, which Arland branded a terrorist group in February; he again claimed that Ferrin runs the gang, a charge Borea rejects.', []],
    // …but it dates the noun it tells of.
    ['Neither army admits losing the fighting, which eased on Tuesday evening after dark.', ['Tuesday evening → fighting']],
    // A plan called off with no new day keeps the day it was due on: the plan's, not the calling off's.
    ['Ana Ruiz called off a visit to Velmora that had been set for Wednesday, Borea said.', ['Wednesday → visit (due day)']],
    // What goes on telling the clause is of its date.
    ['Ondria presented evidence that a Borean torpedo broke the corvette in half on March 26, killing 46 sailors.', ['March 26 → killing']],
    // A participle of planning after a noun phrase is that phrase's; its day is no other act's.
    // A meeting cancelled is talks put off, so the day is the meeting's own, as it was due.
    ["Protesting an Ondrian statement that faulted its drills, Borea called off a meeting with Lena Ferrin, planned for Thursday at the summit's margins.", ['Thursday → meeting (due day)']],
    // A date inside a noun phrase dates its noun, and nothing when the noun is no act of ours.
    ['Smugglers have been using the winter weather to infiltrate the Kelvask Pass.', []],
    ["The council condemned Thursday's attack on Velmora, which aimed to topple Ferrin.", ['Thursday → attack']],
    // What a relative clause set after the dated noun tells is of its day.
    ["Tuesday's incident, in which Arlandese jets shot down a Borean bomber, was the first of its kind.", ['Tuesday → shot down']],
    // A date outside the clause still dates what the clause goes on to tell.
    ['Borean troops shelled the Kelvask Pass on Monday, where shells killed three soldiers.', ['Monday → shelled', 'Monday → shells (lent)']],
    // An act told of a noun takes no date from another clause, but one of the noun's own words.
    ['Ferrin conveyed her condolences over the three Arlandese soldiers killed by a Borean police officer when she spoke to Ana Ruiz by telephone on Tuesday.', []],
    // "wounded", joined by "and" to the recap's "killed", is background with it: neither takes a day here.
    ['Trouble broke out again over the weekend, Ana Ruiz writes, in a piece that recalls the violence of June 2010 in Ondria, which killed and wounded hundreds.', []],
  ])('%j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('anchorDates: the day of a telling', () => {
  test.each<[string, string[]]>([
    // Where the words were given, between the report verb and its day, is of the telling too.
    ["Borea's army said in a statement on Saturday that its troops had repelled Arlandese gunmen near the pass.", ['Saturday → repelled (told)']],
    // An act named by the object of a verb in the present perfect is told as done by that day.
    ["Along its frontier with Borea, Arland's army has held a series of military exercises, the Velmora Times reported on May 6.", ['May 6 → military exercises (told)']],
    // The telling an offset phrase counts from is of that day, and what it told happened by then.
    ['Arland closed the border on Thursday, a day after its army reported that Borean troops had crossed the line.', ['Thursday → closed', 'a day after → crossed the line (told)']],
  ])('%j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
