import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { compiled } from '../../helpers/lexicon.ts';

/** The happenings a timeline takes from a sentence, as `trigger:kind`, with `!` for those told as background. */
const taken = (text: string) =>
  analyseSentence({ start: 0, end: text.length, text }, 0, compiled).triggers.map((t) => `${t.text}:${t.value}${t.happening.background ? '!' : ''}`);

describe('triggersOf: the happenings of a sentence a timeline takes', () => {
  test.each([
    ['Troops clashed near the pass.', ['clashed:fighting']],
    // A step named as part of one told just before is that step's content; a step joined by "and" is a second one.
    ['Velmora imposed sanctions on Arland, including border closures.', ['sanctions:diplomacy']],
    ['Velmora imposed sanctions on Arland and border closures.', ['sanctions:diplomacy', 'border closures:diplomacy']],
    // What an act answers is its cause, told as the setting of the news.
    ['Arlandese gunners rehearsed repelling a landing on Tuesday, answering days of large-scale Borean war games.', ['rehearsed:measure', 'war games:measure!']],
    ['Arlandese gunners rehearsed repelling a landing on Tuesday, days after large-scale Borean war games.', ['rehearsed:measure', 'war games:measure!']],
    ['Arlandese gunners rehearsed repelling a landing on Tuesday, while large-scale Borean war games went on.', ['rehearsed:measure', 'war games:measure']],
    ['No clashes were reported near the pass.', []],
    ['Diplomats fear the fighting could resume.', []],
    ['Several ceasefires had failed within hours.', []],
    ['Clashes over the border are frequent.', []],
    // A list whose predicate says it is usual is habitual from its first item; a list told of a day is not.
    ['Where gangs hold sway in Velmora City, carjackings, armed robberies and kidnappings for ransom are common.', []],
    ['Kidnappings, armed robberies and carjackings rose sharply in Velmora City, and shootings are common.', ['Kidnappings:civilians']],
    // What recurs by the clock is habitual too.
    ['Thousands of workers cross the border every day.', []],
    ['Arland sends observers to the border twice a year.', []],
    // Likened to what is usual, it is habitual too; the telling that frames it accuses no one of a day's act.
    ['Once more Borean soldiers were fighting rebels in the hills, as they usually do when the rains end.', []],
    ['Arlandese officials said Borean troops were fighting rebels near the frontier, as they do every dry season.', []],
    ['Borean troops were fighting rebels near the frontier, as they had on Monday.', ['fighting:fighting']],
    // How often over a stretch of time is habitual, though a clause cut at "that" leaves it out;
    // a clause joined on tells of another happening.
    ['Arland has accused Borea of breaking that accord several times this year with fire into the buffer zone.', []],
    ['Ondria has shelled that village repeatedly since March.', []],
    ['The two commanders agreed to a truce near the Kelvask Pass and said their men had clashed repeatedly since March.', ['truce:ceasefire']],
    // What a speaker names something is a judgement of it, no happening of its own; a verb with
    // its particle names nothing.
    ['The army spokesman called the drone flight a serious Borean attack on Arlandese territory.', ['called:statement']],
    ['The Borean minister called off a visit to Velmora, where an attack on a border post had killed two guards.', ['visit:talks', 'attack:fighting']],
    ['He called for Sudan to stop bombing.', ['called for:statement']],
    ['Villagers fled after a battle with rockets and rifles.', ['fled:humanitarian', 'battle:fighting!']],
    ['Fighting has killed dozens and displaced hundreds of thousands.', ['Fighting:fighting']],
    ['They hoped to revive a months-old truce.', []],
    ['The truce, months-old now, held.', ['truce:ceasefire']],
    // A weapon named as what something is, or a place near which something sat, is no happening.
    ['Kael Orvan said the objects were anti-tank mines of a type Borea makes.', []],
    ['The mines lay close to a gate that patrols often use.', []],
    ['There were mines along the road.', ['mines:strike']],
    // The agent of a passive names what struck; it is no predicate nominal.
    ['A truck was hit by a landmine near the pass.', ['landmine:strike']],
    ['Two soldiers were wounded by a mine near the gate.', ['mine:strike']],
    // A count of munitions is one blow, not many happenings; a count of acts stays generic.
    ['Several rockets landed in the town.', ['rockets:strike']],
    ['Rebels fired multiple missiles at the base.', ['missiles:strike']],
    ['Several artillery rounds came down on the village.', ['artillery rounds:strike']],
    ['Several clashes broke out near the pass.', []],
    // A yes-or-no question asserts nothing it names; a "why" question takes its happening as known fact.
    ['Will the two sides hold talks next week?', []],
    ['Did the troops cross the border on Saturday?', []],
    ['Why did Borea close the crossing on Saturday?', ['close:diplomacy']],
    // A state that goes on is no happening of the day.
    ['The three fishermen remained in custody on Saturday.', []],
    ['Thousands of villagers remain displaced.', []],
    ['The curfew in the province stayed in force on Saturday.', []],
    ['The curfew was imposed on Saturday.', ['curfew was imposed:measure']],
    // Gone on since a day, the state dates what it goes on from.
    ['The three fishermen have remained in custody since Monday.', ['in custody:detention']],
    // The setting a sentence opens with ends at its comma; the clause after it is the news.
    ['After talks collapsed on Monday, troops clashed near the pass.', ['talks:talks!', 'clashed:fighting']],
    // A round told whole by its length, with no date of its own, is a recap.
    ['The two sides fought a five-day war that killed 40 people.', ['fought:fighting!']],
    ['Troops fought a brief war over the temple.', ['fought:fighting!']],
    ['A three-day offensive began on Monday near the pass.', ['offensive:fighting']],
    // What a "not the first time" compares the news with is a recap; what was done for the first time is news.
    ['It was the first time the two presidents had met since the fighting began.', ['met:talks', 'fighting:fighting!']],
    ['It was not the first time a Borean post had been shelled, but none of the others had been deadly.', ['shelled:strike!']],
    ['The two presidents met for the first time in Velmora on Monday.', ['met:talks']],
    // An act told in the perfect as done "before" is earlier occasions; without "before" it is news.
    ['Borean troops have shelled the village before.', ['shelled:strike!']],
    ['Borean troops have shelled the village.', ['shelled:strike']],
    ['Borean troops had shelled the village the day before.', ['shelled:strike']],
    // What happened before, on a day of its own, is the news of a sentence that tells nothing else as done.
    ['Officials fear that fighting could resume after troops clashed on Monday.', ['clashed:fighting']],
    ['Talks could resume next week after the army shelled the border on Monday.', ['Talks:talks', 'shelled:strike']],
    ['Talks resumed on Tuesday after the army shelled the border on Monday.', ['Talks:talks', 'shelled:strike!']],
    ['Talks could resume next week after the army shelled the border.', ['Talks:talks', 'shelled:strike!']],
  ])('"%s" → %j', (sentence, expected) => {
    expect(taken(sentence)).toEqual(expected);
  });

  test('a toll without its cause is fighting of no known type, a toll whose killer is named is that attack', () => {
    const [toll] = analyseSentence({ start: 0, end: 33, text: 'Two soldiers were killed on Sunday.' }, 0, compiled).triggers;
    expect([toll?.value, toll?.type]).toEqual(['fighting', undefined]);
    const text = 'Gunmen killed 26 tourists on Sunday.';
    const [attack] = analyseSentence({ start: 0, end: text.length, text }, 0, compiled).triggers;
    expect([attack?.value, attack?.type]).toEqual(['civilians', 'attack-on-civilians']);
  });

  test('a toll whose dead its clause names as unarmed is an attack on civilians, though the killer goes unread', () => {
    const kind = (text: string) => analyseSentence({ start: 0, end: text.length, text }, 0, compiled).triggers.find((t) => t.text === 'killed')?.value;
    expect(kind('According to Arland, raiders of the Varan Front struck at dawn on 3 May and killed 14 people, among them farmers and schoolchildren.')).toBe('civilians');
    expect(kind('Two soldiers and three villagers were killed on Sunday.')).toBe('fighting');
  });

  test('a toll a claim tells is claimed, and the attack its words read: the claim names the killer as the side it accuses', () => {
    const read = (text: string) => {
      const s = analyseSentence({ start: 0, end: text.length, text }, 0, compiled);
      return s.triggers.map((t) => [t.text, t.value, s.about.get(t)?.claimed]);
    };
    expect(read('This time the claim was of one herder shot dead and two wounded near the Halvane crossing.')).toEqual([
      ['shot dead', 'civilians', true],
      ['wounded', 'civilians', true],
    ]);
    expect(read('On Monday the Borean claim was four dead, and Arland said it was untrue.')).toEqual([['dead', 'civilians', true]]);
    // A claim that names no toll leaves a toll told beside it fighting, as it happened.
    expect(read('Borea made no claim of responsibility, and two soldiers were killed on Sunday.')).toEqual([['killed', 'fighting', false]]);
  });

  test('takes a purpose or a possibility for no happening: only a meeting may be possible and arranged', () => {
    const triggers = (text: string) => analyseSentence({ start: 0, end: text.length, text }, 0, compiled).triggers.map((t) => [t.value, t.happening.modality]);
    expect(triggers('Khartoum was using it to launch attacks.')).toEqual([]);
    expect(triggers('An accord might be signed within weeks.')).toEqual([]);
    expect(triggers('Officials discussed a possible meeting of the two leaders.')).toEqual([['talks', 'possible']]);
  });

  test('violence called off, halted or abandoned is no violence', () => {
    const triggers = (text: string) => analyseSentence({ start: 0, end: text.length, text }, 0, compiled).triggers.map((t) => t.value);
    expect(triggers('The premier called off further air strikes.')).toEqual([]);
    expect(triggers('The general abandoned the offensive.')).toEqual([]);
  });

  test('a happening named as what led to another is its setting; what it led to is the news', () => {
    expect(taken('Talks held in Velmora led to the mission reopening, in a new building, within a week.')).toEqual(['Talks:talks!', 'mission reopening:diplomacy']);
    expect(taken('Talks between Arland and Borea ended on Monday, and the mission reopened that day.')).toContain('Talks:talks');
  });

  test('what a recap led to is of the recap', () => {
    expect(taken('Talks began after clashes reignited, leading to mass displacement.')).toEqual(['Talks:talks', 'clashes:fighting!', 'displacement:humanitarian!']);
  });

  // Sentences written for these tests, of no real report.
  test.each([
    ["When Borean troops crossed the line, Arland's foreign ministry summoned the Borean envoy.", ['crossed the line:measure!', 'summoned the Borean envoy:diplomacy']],
    ['As Borean troops shelled the pass, Arland recalled its ambassador from Velmora.', ['shelled:strike!', 'recalled its ambassador:diplomacy']],
    ['The two foreign ministers met in Velmora while Borean troops fought rebels near the pass.', ['met:talks', 'fought:fighting!']],
    ['Once the shelling stopped, the two foreign ministers met in Velmora.', ['shelling:ceasefire!', 'met:talks']],
    ['Arland closed the Halvane crossing on Monday, when Borean troops fired on a patrol.', ['closed:diplomacy', 'fired on:fighting!']],
    ['Arland summoned the Borean envoy in protest at Borean attacks on Ondria.', ['summoned the Borean envoy:diplomacy', 'attacks:fighting!']],
  ])('"%s": the main clause\'s deed is the news, what a "when", "as", "while" or "once" clause sets beside it is background', (text, expected) => {
    expect(taken(text)).toEqual(expected);
  });

  test.each([
    // Harm is told by its cause; violence beside violence is one episode; a saying is no deed.
    ['Two Arlandese soldiers were killed when Borean troops shelled the post.', 'shelled'],
    ['Fighting broke out near the pass when Borean troops fired on an Arlandese patrol.', 'fired on'],
    ['Arland said Borean troops opened fire when a patrol approached the pass.', 'opened fire'],
  ])('"%s": %s stays news', (text, trigger) => {
    expect(taken(text).filter((t) => t.startsWith(`${trigger}:`)).every((t) => !t.endsWith('!'))).toBe(true);
    expect(taken(text).some((t) => t.startsWith(`${trigger}:`))).toBe(true);
  });
});

describe('triggersOf: a charge made over and over is a standing stance', () => {
  const kinds = (text: string) => analyseSentence({ start: 0, end: text.length, text }, 0, compiled).triggers.map((t) => t.value);
  test('"has accused … several times this year" is no accusation of the day; the charge made once is', () => {
    expect(kinds('Several times this year Arland has accused Borea of flouting the truce with mortar fire.')).not.toContain('accusation');
    expect(kinds('Arland has accused Borea of flouting the truce with mortar fire.')).toContain('accusation');
    // What the charged side did several times, told after a comma, does not make the charge standing.
    expect(kinds('Arland has accused Borea of breaking the accord, which it did several times this year.')).toContain('accusation');
  });
});
