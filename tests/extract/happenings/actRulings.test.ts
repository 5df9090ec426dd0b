import { describe, expect, test } from 'vitest';
import { findHappenings } from '../../../scripts/lib/extract/happenings/findHappenings.ts';
import { rules } from '../../helpers/lexicon.ts';

// Acts of states and forces whose sentence shape the lexicon used to misread; every sentence is invented.
const found = (text: string) => findHappenings(text, rules);
const types = (text: string) => found(text).map((h) => h.type);

describe('"was to blame" says who is at fault, no plan', () => {
  test.each([
    ['In his view the Borean government was to blame for the attack.'],
    ['The rebels are to blame for the shelling, the minister said.'],
  ])('%s', (text) => {
    const blame = found(text).find((h) => h.type === 'accusation');
    expect(blame).toBeDefined();
    expect(blame?.modality).toBeUndefined();
  });

  test('"was to" before another verb still plans', () => {
    expect(found('The envoy was to meet his Arlandese counterpart on Monday.')[0]?.modality).toBe('planned');
  });
});

describe('forces that cross a line are no crowd in flight, and forces that fire fight', () => {
  test('a patrol crossing into the other side is a deployment', () => {
    expect(types('An Arlandese patrol crossed into Borea on Monday.')).toEqual(['deployment']);
  });

  test('troops who fire at a patrol crossing over fight; the crossing is no displacement', () => {
    const read = types('Its troops fired because an Arlandese patrol was crossing into Borea.');
    expect(read).toContain('armed-clash');
    expect(read).not.toContain('displacement');
  });

  test('migrants crossing over are still displaced', () => {
    expect(types('Hundreds of migrants were crossing into Borea on Monday.')).toEqual(['displacement']);
  });

  test.each([
    ['Borean soldiers fired in the air to disperse the crowd.', 'armed-clash'],
    ['Borean police fired after the crowd threw stones.', 'armed-clash'],
    ['The army fired its commander on Monday.', 'armed-clash'],
  ])('%s is no clash', (text, type) => {
    expect(types(text)).not.toContain(type);
  });
});

describe('a member\'s vote told by its answer is no decision; the resolution passed is', () => {
  test('states that voted no or yes took no step of their own', () => {
    expect(types('Only Arland voted no, and only Borea abstained; every other state voted yes.')).toEqual([]);
    expect(types('Arland voted against the resolution.')).toEqual([]);
  });

  test('a legislature or a council that votes decides', () => {
    expect(types('The parliament voted for a resolution demanding the troops leave.')).toContain('decision');
    expect(types('The council voted for sanctions on Monday.')).toContain('decision');
  });

  test('"the resolution passed" and "the resolution was adopted" are the body\'s decision', () => {
    expect(types('The resolution passed 18-2 on Friday, with only Arland and Borea voting no.')).toEqual(['decision']);
    expect(types('The resolution was adopted by 20 votes to 2.')).toContain('decision');
  });
});

describe('an envoy told to leave is expelled', () => {
  test.each([
    ['The next day Borea told the Arlandese ambassador to leave.'],
    ['Borea asked Arlandese diplomats to leave the country within 72 hours.'],
  ])('%s', (text) => {
    expect(types(text)).toEqual(['envoy-recalled']);
  });

  test('others told to leave are no expulsion of envoys', () => {
    expect(types('Police told the residents to leave.')).not.toContain('envoy-recalled');
  });
});

describe('a court that finds no grounds to hold someone decides; no one is arrested', () => {
  test('"no grounds to hold him in custody" is the court\'s decision', () => {
    expect(types('The Velmora court found on Tuesday that there were no grounds to hold Kael Orvan in custody.')).toEqual(['decision']);
  });

  test('police who hold someone "on the grounds that …" still arrest', () => {
    expect(types('Police arrested him on the grounds that he had crossed illegally, a court heard.')).toEqual(['arrest']);
  });
});

describe('works on ground along a disputed line are a development of the standoff', () => {
  test.each([
    ['Arlandese sappers tore out the trees Borea had planted along the frontier on Wednesday.'],
    ['Arland finishes uprooting border trees after deadly battle.'],
    ['Soldiers of Arland started work on a road leading towards the Borean army camp.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('other');
  });

  test('works the other side stopped are told by the stopping', () => {
    expect(types('Borean soldiers blocked Arlandese army engineers building a road across the plateau.')).not.toContain('other');
  });

  test('a storm that uproots trees is weather', () => {
    expect(types('The storm uprooted trees across the province.')).not.toContain('other');
  });
});

describe('envoys who leave the country they served are withdrawn', () => {
  test.each([
    ['Twenty people, envoys and their relatives, left for the border crossing with Ondria\'s consul beside them.'],
    ['The Arlandese ambassador left Velmora on Sunday.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('envoy-recalled');
  });

  test('a minister who leaves for talks is no envoy withdrawn', () => {
    expect(types('The minister left for Velmora on Monday for talks.')).not.toContain('envoy-recalled');
  });
});
