import { describe, expect, test } from 'vitest';
import { findFigures } from '../../../scripts/lib/extract/sentences/findFigures.ts';
import { compiled } from '../../helpers/lexicon.ts';

const figures = (text: string) =>
  findFigures(text, compiled, []).map(({ measure, unit, min, max, qualifier, text: t }) => ({ measure, unit, min, max, qualifier, text: t }));

describe('findFigures', () => {
  test.each([
    ['At least 12 soldiers were killed.', { measure: 'killed', unit: 'people', min: 12, qualifier: 'at-least', text: 'At least 12' }],
    ['Shelling killed eighty people.', { measure: 'killed', unit: 'people', min: 80, max: 80, qualifier: 'exactly', text: 'eighty' }],
    ['more than half a million people displaced', { measure: 'displaced', unit: 'people', min: 500_000, qualifier: 'more-than', text: 'more than half a million' }],
    ['hundreds of thousands of people have been displaced', { measure: 'displaced', unit: 'people', min: 200_000, max: 999_999, qualifier: 'vague', text: 'hundreds of thousands' }],
    ['Heavy fighting broke out, killing dozens.', { measure: 'killed', unit: 'people', min: 24, max: 99, qualifier: 'vague', text: 'dozens' }],
    ['some 1,200 residents were evacuated', { measure: 'evacuated', unit: 'people', min: 1200, max: 1200, qualifier: 'about', text: 'some 1,200' }],
    ['up to 30 were wounded', { measure: 'injured', unit: 'people', max: 30, qualifier: 'at-most', text: 'up to 30' }],
    ['the 817-kilometre frontier', { measure: 'border-length', unit: 'km', min: 817, max: 817, qualifier: 'exactly', text: '817-kilometre' }],
    ['a 508 mile border', { measure: 'border-length', unit: 'mi', min: 508, max: 508, qualifier: 'exactly', text: '508 mile' }],
  ])('reads %j', (text, expected) => {
    expect(figures(text)).toEqual([Object.fromEntries(Object.entries(expected))]);
  });

  test('reads no one displaced in armed men who flee or are sheltered: the noun says what is counted', () => {
    expect(figures('Arland told Borea to hand back all 40 Borean deserters it was sheltering.')).toEqual([]);
    expect(figures('Some 200 Borean soldiers fled across the border.')).toEqual([]);
    expect(figures('Some 3,000 villagers fled across the border.').map((f) => [f.measure, f.min])).toEqual([['displaced', 3000]]);
  });

  test('counts the wounded who then died among the dead, and the wounded who lived as wounded', () => {
    expect(figures('One Borean airman was wounded and then killed after he landed, Lena Ferrin said.').map((f) => f.measure)).toEqual(['killed']);
    expect(figures('Two Ondrian guards were hurt and later died in hospital in Velmora.').map((f) => f.measure)).toEqual(['killed']);
    expect(figures('Two Ondrian guards were hurt and taken to hospital in Velmora.').map((f) => f.measure)).toEqual(['injured']);
    expect(figures('Three were wounded and two killed in Velmora.').map((f) => f.measure)).toEqual(['injured', 'killed']);
  });

  test('reads two figures in one sentence, each with its own measure', () => {
    expect(figures('The clashes killed 12 and wounded 30 soldiers.').map((f) => [f.measure, f.min])).toEqual([
      ['killed', 12],
      ['injured', 30],
    ]);
  });

  test('skips a conversion in brackets and numbers that count nothing it knows', () => {
    expect(figures('along the 817 kilometre (508 mile) border').map((f) => f.text)).toEqual(['817 kilometre']);
    expect(figures('the two countries met in four border provinces')).toEqual([]);
    expect(figures('evacuated from four border provinces')).toEqual([]);
  });

  test('a number that modifies a noun of time or of things counts no people', () => {
    expect(figures('a two-year war that killed nobody they named')).toEqual([]);
    expect(figures('four villages were shelled and six soldiers killed').map((f) => f.text)).toEqual(['six']);
    expect(figures('the eight missiles wounded nine people').map((f) => f.text)).toEqual(['nine']);
    expect(figures('Debris of one that was shot down killed a farmer.')).toEqual([]);
  });

  test('a number that names the parties counts no people', () => {
    expect(figures('Fighting between the two sides killed soldiers on Thursday.')).toEqual([]);
    expect(figures('Shelling by the two armies wounded civilians.')).toEqual([]);
    expect(figures('Two soldiers were killed in fighting between the two countries.').map((f) => f.text)).toEqual(['Two']);
  });

  test('reads a running toll that rose to a number', () => {
    expect(figures('The death toll rose to 41 overnight.')).toEqual([{ measure: 'killed', unit: 'people', min: 41, max: 41, qualifier: 'exactly', text: '41' }]);
  });

  test('leaves out numbers inside the spans it is told to skip', () => {
    const text = 'On 12 May, 40 were killed.';
    expect(findFigures(text, compiled, [{ start: 0, end: 9 }]).map((f) => f.text)).toEqual(['40']);
  });
  test.each([
    ['Shells killed two farmers and seven soldiers and wounded dozens.', [['killed', 9, 9, 'two farmers and seven soldiers'], ['injured', 24, 99, 'dozens']]],
    ['Three pilots and four sailors were hurt.', [['injured', 7, 7, 'Three pilots and four sailors']]],
    ['The raids have killed nine guards, four herders and a teacher, the mayor said.', [['killed', 14, 14, 'nine guards, four herders and a teacher']]],
    ['Between 10 and 20 people were killed.', [['killed', 10, 20, '10 and 20']]],
    // a breakdown set off by commas that adds up to the first number tells who they were
    ['Four herders, three Velmorans and a Borean, died at the Halvane crossing.', [['killed', 4, 4, 'Four herders, three Velmorans and a Borean']]],
    ['Six guards, two Arlandese and four Ondrians, were hurt by the mine.', [['injured', 6, 6, 'Six guards, two Arlandese and four Ondrians']]],
    ['Three guards, two herders and a driver were killed.', [['killed', 6, 6, 'Three guards, two herders and a driver']]],
  ])('counts the numbers of a list that share one measure as one group: %j', (text, expected) => {
    expect(figures(text).map((f) => [f.measure, f.min, f.max, f.text])).toEqual(expected);
  });

  test('keeps apart numbers that have measures of their own, or that are a part of another', () => {
    expect(figures('The blast killed 12 soldiers and 30 were wounded.').map((f) => [f.measure, f.min])).toEqual([
      ['killed', 12],
      ['injured', 30],
    ]);
    expect(figures('The shelling killed 12 people, 30 of them soldiers.').map((f) => [f.measure, f.min])).toEqual([['killed', 12]]);
  });

  test('does not read the number of a model name as a count', () => {
    expect(figures('One of the men aboard the Su-24 was killed.').map((f) => [f.measure, f.min])).toEqual([['killed', 1]]);
    expect(figures('Two F-16 pilots were wounded.').map((f) => [f.measure, f.min])).toEqual([['injured', 2]]);
  });

  test('counts the part, not the whole it is of, unless the measure qualifies the whole', () => {
    expect(figures('One of the two Borean crew was shot dead.').map((f) => [f.measure, f.text])).toEqual([['killed', 'One']]);
    expect(figures('Twelve of the 30 passengers were killed.').map((f) => [f.measure, f.min])).toEqual([['killed', 12]]);
    expect(figures('Seven of the 20 injured guards are in a critical state.').map((f) => [f.measure, f.min])).toEqual([['injured', 20]]);
    expect(figures('Two of the 15 wounded guards died.').map((f) => [f.measure, f.min])).toEqual([['killed', 2]]);
  });

  test('reads past a part set off as an aside, which counts nothing', () => {
    expect(figures('The first two guards, one of them a woman, were found dead.').map((f) => [f.measure, f.min])).toEqual([['killed', 2]]);
  });

  test('a count told for each side is twice that in all', () => {
    expect(figures('An Ondrian officer said one person had died on each side.').map((f) => [f.measure, f.min, f.max])).toEqual([['killed', 2, 2]]);
    expect(figures('One soldier was killed in the Kelvask Pass.').map((f) => [f.measure, f.min])).toEqual([['killed', 1]]);
  });

  test('"one … and the other lightly" counts two, the other told only by how badly', () => {
    expect(figures('One Velmoran pilot was seriously wounded and the other lightly.').map((f) => [f.measure, f.min, f.max])).toEqual([['injured', 2, 2]]);
    expect(figures('Both crew ejected near Halvane crossing; one was badly hurt and the other slightly, Arland said.').map((f) => [f.measure, f.min, f.max])).toEqual([['injured', 2, 2]]);
    // The other's own measure is another count: one killed is one.
    expect(figures('One guard was killed and the other seriously wounded.').filter((f) => f.measure === 'killed').map((f) => f.min)).toEqual([1]);
    expect(figures('One Borean soldier was wounded and the other escaped.').map((f) => [f.measure, f.min])).toEqual([['injured', 1]]);
  });

  test('a measure that qualifies the noun counted yields to what the clause says befell them', () => {
    expect(figures('At least six displaced Ondrians were hurt.').map((f) => [f.measure, f.min])).toEqual([['injured', 6]]);
    expect(figures('Two wounded Borean guards died in hospital.').map((f) => [f.measure, f.min])).toEqual([['killed', 2]]);
    expect(figures('Some 300 displaced families sheltered in Velmora.').map((f) => [f.measure, f.min])).toEqual([['displaced', 300]]);
    expect(figures('Twelve killed in the attack were buried.').map((f) => [f.measure, f.min])).toEqual([['killed', 12]]);
  });

  test('reads a number a measure is set at, not a measure said of none', () => {
    expect(figures('She put the number of guards wounded at six and said none had died.').map((f) => [f.measure, f.text])).toEqual([['injured', 'six']]);
  });
});
