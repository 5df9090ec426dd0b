import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { joinTellings } from '../../../scripts/lib/extract/events/joinTellings.ts';
import { extractEvents } from '../../../scripts/lib/extract/extractEvents.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';
import { mentionOf } from '../../helpers/mention.ts';

// Invented, told on Wednesday 13 March 2024 of Tuesday 12 March at Kelvask Pass. a.txt: "Borean
// villagers protesting a new fence stoned Arlandese border guards at Kelvask Pass on Tuesday";
// b.txt: "Arlandese guards fired on a crowd of Borean villagers at Kelvask Pass on Tuesday, killing
// one"; c.txt: "Villagers and guards clashed at Kelvask Pass on Tuesday".
type Place = Mention['places'][number];
const pass = { name: 'Kelvask Pass', admin1: 'Kelvask', country: 'Arland' } as Place;
const temple = { name: 'Vel Amar temple', country: 'Borea' } as Place;
const told = (source: string, kind: string, type: string | undefined, extra: Partial<Mention> = {}): Mention =>
  mentionOf({ date: '2024-03-12', published: '2024-03-13', kind, ...(type ? { type } : {}), source, places: [pass], actors: ['Borea', 'Arland'], citations: [{ source, quote: `${source} ${kind}` }], ...extra } as Parameters<typeof mentionOf>[0]);
const riot = (extra: Partial<Mention> = {}) => told('a.txt', 'protest', 'violent-demonstration', extra);
const shooting = (extra: Partial<Mention> = {}) => told('b.txt', 'civilians', 'attack-on-civilians', extra);
const clash = (extra: Partial<Mention> = {}) => told('c.txt', 'fighting', 'armed-clash', extra);
const groups = (clusters: Mention[][]) => joinTellings(clusters).map((c) => c.map((m) => m.kind).join('+'));

describe('joinTellings: a crowd and forces in one confrontation, told as riot, shooting and clash, are one happening', () => {
  test('joins the riot, the clash and the fire on the crowd of its day and place, with every quote, leaving the groups given as they were', () => {
    const riots = [riot()];
    const joined = joinTellings([riots, [shooting()], [clash()]]);
    expect(joined.map((c) => c.map((m) => m.kind).join('+'))).toEqual(['protest+fighting+civilians']);
    expect(joined[0]!.flatMap((m) => m.citations.map((c) => c.source))).toEqual(['a.txt', 'c.txt', 'b.txt']);
    expect(riots).toHaveLength(1);
  });

  test('joins a riot most of whose reports tell violence, though one calls it protesting, and a clash that names no place or party', () => {
    const protesting = told('d.txt', 'protest', 'peaceful-protest');
    expect(groups([[riot(), told('e.txt', 'protest', 'violent-demonstration'), protesting], [clash({ places: [], actors: [] })]])).toEqual(['protest+protest+protest+fighting']);
  });

  test.each([
    ['a clash and a shooting with no riot told', [[shooting()], [clash()]]],
    ['a peaceful protest beside a clash', [[told('a.txt', 'protest', 'peaceful-protest')], [clash()]]],
    ['a clash of another day', [[riot()], [clash({ time: { date: '2024-03-11', approximate: false } })]]],
    ['a clash placed elsewhere', [[riot()], [clash({ places: [temple] })]]],
    ['a clash of other parties', [[riot()], [clash({ actors: ['Cordia'] })]]],
    ['ground taken the same day', [[riot()], [clash({ type: 'territory-taken' })]]],
    ['a riot only planned', [[riot({ status: 'scheduled' })], [clash()]]],
    ['a riot told as background', [[riot({ background: true })], [clash()]]],
  ] as const)('keeps apart %s', (_, clusters) => {
    expect(groups(clusters.map((c) => [...c]))).toHaveLength(clusters.length);
  });

  test('joins the force used on the crowd, which the lexicon reads as a protest of its own, into the riot', () => {
    expect(groups([[riot()], [told('b.txt', 'protest', 'excessive-force', { agent: 'Arland' })]])).toEqual(['protest+protest']);
  });

  test('joins a clash to force used on a crowd when no riot is told', () => {
    expect(groups([[told('b.txt', 'protest', 'excessive-force')], [clash()]])).toEqual(['protest+fighting']);
  });

  test('joins neither of two clashes a riot could be', () => {
    expect(groups([[riot({ places: [] })], [clash()], [clash({ source: 'd.txt', places: [temple] })]])).toEqual(['protest', 'fighting', 'fighting']);
  });
});

// Invented, told on Friday 5 April 2024 of Thursday 4 April near the Halvane crossing. d.txt:
// "Borean villagers took twelve Arlandese herders hostage near the Halvane crossing on Thursday";
// e.txt: "Twelve Arlandese herders were seized on Thursday and are being held in a Borean village";
// f.txt: "The herders were released on Friday".
describe('joinTellings: people shot by a patrol that says it answered fire, one article telling both accounts, are one happening', () => {
  // b.txt: "Arlandese guards shot two Borean herders at Kelvask Pass on Tuesday. The guards said
  // they came under fire and answered it"; c.txt tells the exchange of fire alone.
  test('joins the exchange of fire an article of the shooting tells into the shooting, with the other reports of it', () => {
    expect(groups([[shooting()], [clash({ source: 'b.txt' }), clash()]])).toEqual(['civilians+fighting+fighting']);
  });

  test('keeps apart an exchange of fire no article of the shooting tells, or one placed elsewhere', () => {
    expect(groups([[shooting()], [clash()]])).toEqual(['civilians', 'fighting']);
    expect(groups([[shooting()], [clash({ source: 'b.txt', places: [temple] })]])).toEqual(['civilians', 'fighting']);
  });
});

describe('joinTellings: people seized, told as an abduction in one report and as held in another, are one happening', () => {
  const halvane = { name: 'Halvane crossing', country: 'Borea' } as Place;
  const on = (date: string) => ({ time: { date, approximate: false } });
  const abduction = (extra: Partial<Mention> = {}) => told('d.txt', 'civilians', 'abduction', { published: '2024-04-05', ...on('2024-04-04'), places: [halvane], ...extra });
  const seizure = (extra: Partial<Mention> = {}) => told('e.txt', 'detention', 'arrest', { published: '2024-04-05', ...on('2024-04-04'), places: [], ...extra });
  const release = (extra: Partial<Mention> = {}) => told('f.txt', 'detention', 'release', { published: '2024-04-05', ...on('2024-04-05'), places: [], ...extra });

  test('joins the seizure of its day, and the release the same group holds, into the abduction', () => {
    expect(groups([[abduction()], [seizure(), release()]])).toEqual(['civilians+detention+detention']);
  });

  test.each([
    ['a release alone', [[abduction()], [release(on('2024-04-04'))]]],
    ['a seizure of another day', [[abduction()], [seizure(on('2024-04-03'))]]],
    ['a seizure elsewhere', [[abduction()], [seizure({ places: [temple] })]]],
    ['an attack on civilians, not an abduction, beside an arrest', [[told('d.txt', 'civilians', 'attack-on-civilians')], [told('e.txt', 'detention', 'arrest')]]],
  ] as const)('keeps apart %s', (_, clusters) => {
    expect(groups(clusters.map((c) => [...c]))).toHaveLength(clusters.length);
  });
});

describe('joinTellings through extractEvents: three invented reports of one confrontation are one event', () => {
  const articles = [
    article('riot.txt', 'Hundreds of Borean villagers rioted at Kelvask Pass on Tuesday, throwing stones at Arlandese border guards.', '2024-03-13'),
    article('fire.txt', 'Arlandese border guards opened fire on a crowd of Borean villagers at Kelvask Pass on Tuesday, wounding several villagers.', '2024-03-13'),
    article('clash.txt', 'Villagers and Arlandese border guards clashed at Kelvask Pass on Tuesday.', '2024-03-14'),
  ];
  const { file } = extractEvents({ articles, lexicon: invented, now: DateTime.fromISO('2024-04-01', { zone: 'UTC' }), locale: 'en-GB' });

  test('one event of Tuesday at the pass, citing all three reports', () => {
    expect(file.events).toHaveLength(1);
    expect(file.events[0]).toMatchObject({ date: '2024-03-12', places: [expect.objectContaining({ name: 'Kelvask Pass' })] });
    expect(new Set(file.events[0]!.citations.map((c) => c.source))).toEqual(new Set(['riot.txt', 'fire.txt', 'clash.txt']));
  });
});

describe('joinTellings through extractEvents: an abduction and the seizure another report tells are one event', () => {
  const articles = [
    article('hostages.txt', 'Borean villagers took twelve Arlandese herders hostage near the Halvane crossing on Thursday.', '2024-04-05'),
    article('seized.txt', 'Twelve Arlandese herders were seized near the Halvane crossing on Thursday and are being held in a Borean village.', '2024-04-05'),
  ];
  const { file } = extractEvents({ articles, lexicon: invented, now: DateTime.fromISO('2024-05-01', { zone: 'UTC' }), locale: 'en-GB' });

  test('one event of Thursday, citing both reports', () => {
    expect(file.events.map((e) => e.date)).toEqual(['2024-04-04']);
    expect(new Set(file.events[0]!.citations.map((c) => c.source))).toEqual(new Set(['hostages.txt', 'seized.txt']));
  });
});
