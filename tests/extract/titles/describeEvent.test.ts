import { describe, expect, test } from 'vitest';
import { describeEvent } from '../../../scripts/lib/extract/titles/describeEvent.ts';
import type { Draft } from '../../../scripts/lib/extract/events/mergeCluster.ts';
import { renderTemplate } from '../../../src/lib/renderTemplate.ts';
import { invented } from '../../helpers/lexicon.ts';

const base: Draft = { date: '2024-03-21', kind: 'fighting', status: 'occurred', approximate: false, places: [], actors: [], figures: [], claims: [], citations: [{ source: 'a.txt', quote: 'q' }] };
const context = { lexicon: invented, locale: 'en-GB', parties: ['Arland', 'Borea'], published: new Map([['a.txt', '2024-03-22'], ['b.txt', '2024-03-22']]) };

describe('renderTemplate', () => {
  test('fills placeholders and drops a bracketed part whose placeholder has no value', () => {
    expect(renderTemplate('meeting[ of {who}][ {place}] planned', { place: 'in Ondria' })).toBe('Meeting in Ondria planned');
  });
});

describe('describeEvent', () => {
  test('words a title and summary from the facts, naming both parties and the place', () => {
    expect(describeEvent({ ...base, phase: 'begin', actors: ['Borea', 'Arland'], places: [{ name: 'Ondria' }] }, context)).toEqual({
      title: 'Fighting breaks out in Ondria',
      summary: 'Fighting between Arland and Borea broke out in Ondria on 21 March 2024.',
    });
  });

  test('places a site with "at" and leaves out parties that are not both involved', () => {
    expect(describeEvent({ ...base, actors: ['Arland'], places: [{ name: 'Vel Amar temple', kind: 'temple' }] }, context).summary).toBe(
      'Fighting was reported at Vel Amar temple on 21 March 2024.',
    );
  });

  test('words a scheduled meeting with its participants and a month-precise date', () => {
    expect(describeEvent({ ...base, kind: 'talks', status: 'scheduled', date: '2024-04', who: 'defence ministers' }, context)).toEqual({
      title: 'Meeting of defence ministers planned',
      summary: 'A meeting of defence ministers is planned in April 2024.',
    });
  });

  test('titles what was said by who said it, never by both parties when one spoke', () => {
    const said = { ...base, kind: 'statement' as const, actors: ['Arland', 'Borea'], speaker: 'Borea' };
    expect(describeEvent(said, context).title).toBe('Statement by Borea');
    expect(describeEvent({ ...said, speaker: 'Japan', says: 'urges', saysAbout: 'restraint' }, context).title).toBe('Japan urges restraint');
  });

  test('words a type by what its reports say, and falls back to who spoke when the saying reads badly', () => {
    const strike = { ...base, kind: 'strike' as const, type: 'air-strike' as const, citations: [{ source: 'a.txt', quote: 'A drone hit a depot near the pass.' }] };
    expect(describeEvent(strike, context).title).toBe('Drone strike');
    const said = { ...base, kind: 'statement' as const, actors: ['Borea'], speaker: 'Borea', says: 'says', saysAbout: 'the talks would resume' };
    expect(describeEvent(said, context).title).toBe('Statement by Borea');
    expect(describeEvent({ ...said, saysAbout: 'restraint', says: 'urges' }, context).title).toBe('Borea urges restraint');
  });

  test('titles a diplomatic step by the side that took it, and by both only when no one side is named', () => {
    const recall = { ...base, kind: 'diplomacy' as const, type: 'envoy-recalled' as const, actors: ['Arland', 'Borea'] };
    expect(describeEvent({ ...recall, agent: 'Arland' }, context).title).toBe('Envoy recalled or expelled by Arland');
    expect(describeEvent(recall, context).title).toBe('Envoy recalled or expelled by Arland and Borea');
  });

  test('says which way a two-way measure went when the text says it', () => {
    const border = { ...base, kind: 'diplomacy' as const, type: 'border-closed' as const, actors: ['Arland'], agent: 'Arland' };
    expect(describeEvent({ ...border, phase: 'end' }, context).title).toBe('Border closed by Arland');
    expect(describeEvent({ ...border, phase: 'resume' }, context).title).toBe('Border reopened by Arland');
    expect(describeEvent(border, context).title).toBe('Border closed or reopened by Arland');
  });

  test('titles ground taken or taken back by its type and place, never as fighting, whatever its phase', () => {
    const cases: [Draft['type'], Draft['phase'], string][] = [
      ['territory-taken', undefined, 'Armed group takes territory at Hill 4'],
      ['territory-regained', 'begin', 'Government regains territory at Hill 4'],
      ['armed-clash', 'begin', 'Fighting breaks out at Hill 4'],
    ];
    for (const [type, phase, title] of cases) {
      const draft: Draft = { ...base, type, ...(phase ? { phase } : {}), places: [{ name: 'Hill 4', kind: 'site' }] };
      expect(describeEvent(draft, context).title).toBe(title);
    }
    expect(describeEvent({ ...base, type: 'territory-regained', places: [{ name: 'Hill 4', kind: 'site' }] }, context).summary).toBe(
      'Government regains territory at Hill 4 on 21 March 2024.',
    );
  });

  test('a saying whose words do not read as a sentence says only who spoke to whom, or falls back to its kind', () => {
    const said = { ...base, kind: 'statement' as const, actors: ['Arland'], speaker: 'Arland' };
    expect(describeEvent({ ...said, says: 'urges', addressee: 'Borea', saysAbout: 'the interim Borea government' }, context).title).toBe('Arland urges Borea');
    expect(describeEvent({ ...said, says: 'proposes', saysAbout: 'withdraw their troops' }, context).title).toBe('Statement by Arland');
    // Words said that only name the teller again (a relative clause after the name read as them) say nothing.
    const person = { ...base, kind: 'statement' as const, actors: ['Tan Weiro'], speaker: 'Tan Weiro' };
    expect(describeEvent({ ...person, says: 'says', saysAbout: 'Tan Weiro' }, context).title).toBe('Statement by Tan Weiro');
    expect(describeEvent({ ...person, says: 'says', saysAbout: 'the mission keeps receiving reports' }, context).title).toBe('Tan Weiro says the mission keeps receiving reports');
  });

  test('names an addressee once, and parties accusing each other as such', () => {
    expect(describeEvent({ ...base, kind: 'statement', speaker: 'Laos', says: 'asks', addressee: 'United Nations', saysAbout: 'the United Nations' }, context).title).toBe('Laos asks United Nations');
    expect(describeEvent({ ...base, kind: 'accusation', speaker: 'Arland and Borea', says: 'accuse', saysAbout: 'of breaking the truce' }, context).title).toBe(
      'Arland and Borea accuse each other of breaking the truce',
    );
  });

  test.each([
    [{ speaker: 'Sudan and Ethiopia', says: 'accusations', saysAbout: 'over the shelling' }, 'Sudan and Ethiopia accuse each other over the shelling'],
    [{ speaker: 'Sudan and Ethiopia', says: 'blame', saysAbout: 'for the clash' }, 'Sudan and Ethiopia blame each other for the clash'],
    [{ speaker: 'Sudan', says: 'blames', addressee: 'Ethiopia', saysAbout: 'for the clash' }, 'Sudan blames Ethiopia for the clash'],
    // "put the blame on Ethiopia": the blame put is the verb "blames"
    [{ speaker: 'Sudan', says: 'puts the blame', addressee: 'Ethiopia' }, 'Sudan blames Ethiopia'],
    [{ speaker: 'Sudan', says: 'accusation', addressee: 'Ethiopia' }, 'Sudan accuses Ethiopia'],
    // Several speakers named only later, for "each side": the verb the text gave one agrees with both.
    [{ speaker: 'Georgia and Russia', says: 'accuses', saysAbout: 'of abuses' }, 'Georgia and Russia accuse each other of abuses'],
    [{ speaker: 'Georgia and Russia', says: 'denies', saysAbout: 'the report' }, 'Georgia and Russia deny the report'],
    // An addressee who is one of the speakers, read from one side's half of the exchange; a third party stays addressed.
    [{ speaker: 'Sudan and Ethiopia', says: 'accuse', addressee: 'Ethiopia', saysAbout: 'of breaking the truce' }, 'Sudan and Ethiopia accuse each other of breaking the truce'],
    [{ speaker: 'Sudan and Ethiopia', says: 'accuse', addressee: 'Eritrea', saysAbout: 'of arming rebels' }, 'Sudan and Ethiopia accuse Eritrea of arming rebels'],
    // One party is not addressed by its own words.
    [{ speaker: 'Sudan', says: 'accuses', addressee: 'Sudan', saysAbout: 'of arming rebels' }, 'Accusation by Sudan'],
  ])('words an accusation named by a noun or by "blame" as a headline verb: %j → %s', (spoken, title) => {
    expect(describeEvent({ ...base, kind: 'accusation', ...spoken }, context).title).toBe(title);
  });

  test('uses the event\'s own name when the text gives one', () => {
    expect(describeEvent({ ...base, kind: 'ceasefire', date: '2024-04', name: 'Jakarta Peace Accord' }, context).title).toBe('Jakarta Peace Accord');
  });

  test('says on what the sources differ, without picking a value', () => {
    const figure = (min: number, source: string) => ({ measure: 'killed' as const, unit: 'people' as const, min, qualifier: 'at-least' as const, text: `at least ${min}`, citation: { source, quote: 'q' } });
    const { summary } = describeEvent({ ...base, figures: [figure(12, 'a.txt'), figure(30, 'b.txt')] }, context);
    expect(summary).toBe('Fighting was reported on 21 March 2024. Sources differ on the number killed.');
  });

  test('words an approximate window', () => {
    expect(describeEvent({ ...base, kind: 'talks', date: '2024-03-25', endDate: '2024-03-26', approximate: true }, context).summary).toBe(
      'A meeting was held between 25 and 26 March 2024.',
    );
  });
});

describe('describeEvent for something said', () => {
  test('says who spoke, the verb as a headline gives it, to whom and about what', () => {
    const draft: Draft = { ...base, kind: 'statement', speaker: 'Japan and France', says: 'call for', saysAbout: 'restraint' };
    expect(describeEvent(draft, context)).toEqual({
      title: 'Japan and France call for restraint',
      summary: 'Statement on 21 March 2024: Japan and France call for restraint.',
    });
    const accusation: Draft = { ...base, kind: 'accusation', speaker: 'Arland', addressee: 'Borea', says: 'accuses', saysAbout: 'of shelling' };
    expect(describeEvent(accusation, context).title).toBe('Arland accuses Borea of shelling');
  });

  test('falls back to the kind\'s plain title when nobody is named as speaking', () => {
    expect(describeEvent({ ...base, kind: 'statement', actors: ['Arland', 'Borea'] }, context).title).toBe('Statement by Arland and Borea');
  });

  test('names the most precise place, at a temple and in a province', () => {
    const places = [{ name: 'Ondria', kind: 'province' as const }, { name: 'Vel Amar temple', kind: 'temple' as const }];
    expect(describeEvent({ ...base, places }, context).title).toBe('Fighting at Vel Amar temple');
  });
});
