import { describe, expect, test } from 'vitest';
import { clusterMentions } from '../../../scripts/lib/extract/events/clusterMentions.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

let n = 0;
const mention = (date: string, extra: Partial<Mention> = {}): Mention =>
  mentionOf({ date, published: '2024-03-06', kind: 'fighting', sentence: n++, citations: [{ source: extra.source ?? 'a.txt', quote: `q${n}` }], ...extra });
const sizes = (mentions: Mention[]) => clusterMentions(mentions).clusters.map((c) => c.length);

describe('clusterMentions: one group per happening', () => {
  test('puts reports of one day and kind together, across articles', () => {
    expect(sizes([mention('2024-02-22'), mention('2024-02-22', { source: 'b.txt' }), mention('2024-02-23', { source: 'c.txt' })])).toEqual([2, 1]);
  });

  test('keeps diplomatic steps of different types on one day apart, and one step told by several articles together', () => {
    const step = (type: Mention['type'], source: string, agent?: string) => mention('2031-05-09', { kind: 'diplomacy', type, source, ...(agent ? { agent } : {}) });
    // "Arland recalled its ambassador on Friday"; "Borea shut its side of the border on Friday";
    // "Arland called its envoy home", told without a party by a second article.
    const recalled = step('envoy-recalled', 'a.txt', 'Arland');
    const closed = step('border-closed', 'b.txt', 'Borea');
    const told = step('envoy-recalled', 'c.txt');
    const groups = clusterMentions([recalled, closed, told]).clusters;
    expect(groups.map((g) => g.map((m) => m.source).sort())).toEqual([['a.txt', 'c.txt'], ['b.txt']]);
  });

  test('keeps measures of different types one article tells of one day apart, and puts a report of another article with the one of its type', () => {
    const measure = (type: Mention['type'], source: string) => mention('2031-05-11', { kind: 'measure', type, source, published: '2031-05-11' });
    // "On Sunday Arland mobilised its reserve and declared a state of emergency"; below,
    // "its air defences brought down two Borean drones"; a second article: "Arland mobilised its reserves".
    const decision = measure('decision', 'a.txt');
    const downed = measure('disrupted-weapons', 'a.txt');
    const callUp = measure('deployment', 'a.txt');
    const mobilised = measure('deployment', 'b.txt');
    const groups = clusterMentions([decision, downed, callUp, mobilised]).clusters;
    expect(groups.map((g) => g.map((m) => `${m.source} ${m.type}`).sort())).toEqual([['a.txt decision'], ['a.txt disrupted-weapons'], ['a.txt deployment', 'b.txt deployment']]);
    // Alone with one measure of that day, another article's report joins it whatever its type.
    expect(sizes([decision, { ...mobilised, type: 'other' }])).toEqual([2]);
    // Told alike, one article's two reports of a measure are one measure.
    expect(sizes([decision, { ...decision, sentence: 40 }])).toEqual([2]);
  });

  test('puts a report naming no doer, which fits two steps of one day by two parties, with the step of the party it names first, not beside them', () => {
    // "Arland and Borea each recalled their ambassadors on Friday" (split by party), then "Late on
    // Friday, Borea's foreign minister wrote that the president had asked the ambassador in Arland's
    // capital to come back": Borea's recall told again, not a third one.
    const step = (agent: string | undefined, actors: string[], sentence: number) =>
      mention('2031-05-09', { kind: 'diplomacy', type: 'envoy-recalled', sentence, actors, ...(agent ? { agent } : {}) });
    const arland = step('Arland', ['Arland', 'Borea'], 0);
    const borea = step('Borea', ['Arland', 'Borea'], 0);
    const told = { ...step(undefined, ['Borea', 'Arland'], 4), dating: 'told' as const };
    const groups = clusterMentions([arland, borea, told]).clusters;
    expect(groups.map((g) => g.map((m) => m.agent ?? 'none'))).toEqual([['Arland'], ['Borea', 'none']]);
    // Naming first a party no step is by, it still stands apart: nothing says whose it is.
    const other = { ...step(undefined, ['Corland'], 4), dating: 'told' as const };
    expect(clusterMentions([arland, borea, other]).clusters).toHaveLength(3);
  });

  test('joins interceptions a report tells undated the morning after to the interceptions another report dates the day before', () => {
    // "Most of the drones and missiles were intercepted" (13 April); the next morning, undated,
    // "99 percent of the missiles and drones were intercepted".
    const night = mention('2031-04-13', { kind: 'measure', type: 'disrupted-weapons', published: '2031-04-13' });
    const morning = mention('2031-04-14', { kind: 'measure', type: 'disrupted-weapons', published: '2031-04-14', dating: 'context', source: 'b.txt' });
    expect(sizes([night, morning])).toEqual([2]);
    // Dated by its own words to the day after, it is a day's interceptions of its own.
    expect(sizes([night, { ...morning, dating: 'own' as const }])).toEqual([1, 1]);
  });

  test('joins a report of the day after to its day across the end of a month, as within one', () => {
    // The same two reports as above, a month's last day and the next month's first: the day after
    // must find the round of the day before though that round is filed under the earlier month.
    const pair = (night: string, morning: string) => [
      mention(night, { kind: 'measure', type: 'disrupted-weapons', published: night }),
      mention(morning, { kind: 'measure', type: 'disrupted-weapons', published: morning, dating: 'context', source: 'b.txt' }),
    ];
    expect(sizes(pair('2024-03-13', '2024-03-14'))).toEqual([2]);
    expect(sizes(pair('2024-02-29', '2024-03-01'))).toEqual([2]);
    expect(sizes(pair('2023-12-31', '2024-01-01'))).toEqual([2]);
  });

  test('keeps forces each side sends on one day apart, as one article tells them in two sentences', () => {
    // "On Tuesday Arland sent more police to the border." / "On Tuesday night two Borean helicopters dropped off more soldiers."
    const sent = (sentence: number, actors: string[], extra: Partial<Mention> = {}) =>
      mention('2031-11-02', { kind: 'measure', type: 'deployment', sentence, actors, ...extra });
    expect(sizes([sent(7, ['Arland', 'Arland Police', 'Borea']), sent(8, ['Borean Army', 'Borea'])])).toEqual([1, 1]);
    // The same party's forces told again in the next sentence are one deployment.
    expect(sizes([sent(7, ['Arland', 'Borea']), sent(8, ['Arland'])])).toEqual([2]);
    // Told by another article, they are left to the rules that join reports across articles.
    expect(sizes([sent(7, ['Arland']), sent(8, ['Borean Army'], { source: 'b.txt' })])).toEqual([2]);
    // A live blog's undated entries of its day: "Borea's frigates shadow the survey ship";
    // "Arland's navy escorts the survey ship out to sea".
    const entry = { dating: 'context' as const, published: '2031-11-02' };
    expect(sizes([sent(3, ['Borea', 'Arland'], entry), sent(9, ['Arland'], entry)])).toEqual([1, 1]);
    // "Borea sent six ships into the waters around the islands on Tuesday." / "The Arland Coast
    // Guard said the ships began entering the waters shortly after 6 a.m.": the body that told it
    // is named first, and its party is the other report's: one deployment.
    expect(sizes([sent(2, ['Borea', 'Arland']), sent(5, ['Arland Coast Guard', 'Arland', 'Borea'], { phase: 'begin', ...entry })])).toEqual([2]);
    // A body of a party the other report does not name is another side's.
    expect(sizes([sent(2, ['Borea']), sent(5, ['Arland Coast Guard', 'Arland', 'Borea'], entry)])).toEqual([1, 1]);
  });

  test('keeps a body\'s vote and the members who voted against it as one decision, but two decisions of one day by different agents apart', () => {
    const decision = (agent: string, quote: string) => mention('2031-03-14', { kind: 'measure', type: 'decision', agent, citations: [{ source: 'a.txt', quote }] });
    const council = decision('Northern League', 'The league council voted on Friday to send observers.');
    const against = decision('Arland and Borea', 'Only Arland and Borea voted against.');
    expect(sizes([council, against])).toEqual([2]);
    const closes = decision('Arland', 'Arland closed its ports on Friday.');
    const mobilises = decision('Borea', 'Borea called up its reservists.');
    expect(sizes([closes, mobilises])).toEqual([1, 1]);
  });

  test('counts one day\'s fighting and strikes as one round unless their agents differ', () => {
    expect(sizes([mention('2014-05-07', { kind: 'strike' }), mention('2014-05-07')])).toEqual([2]);
    expect(sizes([mention('2014-05-07', { kind: 'strike', agent: 'India' }), mention('2014-05-07', { agent: 'Pakistan' })])).toEqual([1, 1]);
  });

  test('keeps one day\'s clash one happening when each side\'s report names the other as the one who fired', () => {
    // "Arlandian troops fired first" and "Borean units opened fire" of one day are one exchange of fire.
    expect(sizes([mention('2014-05-07', { agent: 'Arland' }), mention('2014-05-07', { agent: 'Borea', source: 'b.txt' })])).toEqual([2]);
    // Each side's shelling of one day stays two happenings.
    expect(sizes([mention('2014-05-07', { kind: 'strike', agent: 'Arland' }), mention('2014-05-07', { kind: 'strike', agent: 'Borea' })])).toEqual([1, 1]);
  });

  test('joins violence an article dates only by its own day, and dates no other violence that day, to the round another report dates just before', () => {
    const clash = mention('2014-03-04', { source: 'a.txt', published: '2014-03-05' });
    const told = mention('2014-03-06', { source: 'b.txt', published: '2014-03-06', dating: 'context' });
    expect(sizes([clash, told])).toEqual([2]);
    // An article that dates violence of its own day in its own words tells of that day's round.
    const own = mention('2014-03-06', { source: 'c.txt', published: '2014-03-06' });
    const more = mention('2014-03-06', { source: 'c.txt', published: '2014-03-06', dating: 'context', agent: 'Borea', kind: 'strike' });
    expect(sizes([clash, own, more])).toEqual([1, 2]);
  });

  test('follows a round from day to day only where the reports\' places agree', () => {
    const at = (name: string, admin1: string) => ({ places: [{ name, admin1, country: 'Arland' }] }) as Partial<Mention>;
    expect(sizes([mention('2024-02-22', at('Ondria', 'Ondria')), mention('2024-02-23', at('Sevrin', 'Sevrin'))])).toEqual([1, 1]);
    expect(sizes([mention('2024-02-22', at('Ondria', 'Ondria')), mention('2024-02-23', at('Phanom Dong Rak', 'Ondria'))])).toEqual([2]);
    expect(sizes([mention('2024-02-22', at('Ondria', 'Ondria')), mention('2024-02-23')])).toEqual([2]);
  });

  test('keeps violence one article dates to one day at two places of one province apart, and a place and its province together', () => {
    const at = (name: string, sentence: number, extra: Partial<Mention> = {}) => mention('2031-05-06', { sentence, places: [{ name, admin1: 'Ondria', country: 'Arland' }], ...extra });
    const province = { places: [{ name: 'Ondria', country: 'Arland' }] } as Partial<Mention>;
    // "Four soldiers were killed in an ambush at Dorsk on Tuesday. … Shelling hit Vel Amar on Tuesday."
    expect(sizes([at('Dorsk', 1), at('Vel Amar temple', 4, { kind: 'strike' })])).toEqual([1, 1]);
    // "… fighting in Ondria province on Tuesday": the province holds the village.
    expect(sizes([at('Dorsk', 1), mention('2031-05-06', { sentence: 4, ...province })])).toEqual([2]);
    // Another article may name another place of one round; an undated report, or one naming no place, is no telling apart.
    expect(sizes([at('Dorsk', 1), at('Vel Amar temple', 4, { source: 'b.txt' })])).toEqual([2]);
    expect(sizes([at('Dorsk', 1), at('Vel Amar temple', 4, { dating: 'context' })])).toEqual([2]);
    expect(sizes([at('Dorsk', 1), mention('2031-05-06', { sentence: 4 })])).toEqual([2]);
  });

  test('keeps a recap of days that its article places elsewhere than the round it dates apart from that round', () => {
    const at = (name: string) => ({ places: [{ name, admin1: 'Ondria', country: 'Arland' }] }) as Partial<Mention>;
    const ambush = mention('2031-05-06', at('Dorsk'));
    // "Heavy fighting was also reported early in the week around Vel Amar", in the ambush's article.
    const week = (extra: Partial<Mention>) => mention('2031-05-04', { time: { date: '2031-05-04', endDate: '2031-05-10', approximate: true }, ...at('Vel Amar temple'), ...extra });
    expect(sizes([ambush, week({})])).toEqual([1, 1]);
    // Told by another article, or naming the ambush's place, the recap is of the round.
    expect(sizes([ambush, week({ source: 'b.txt' })])).toEqual([2]);
    expect(sizes([ambush, week(at('Dorsk'))])).toEqual([2]);
  });

  test('keeps a denial and a charge, or two kinds of diplomatic step, apart however vaguely one is dated', () => {
    // "Borea denied the charge on Monday and accused Arland of provoking the clash": the charge,
    // dated only by the days up to the report, is no part of the denial.
    const window = { date: '2031-05-05', endDate: '2031-05-07', approximate: true };
    const saying = (type: Mention['type'], extra: Partial<Mention> = {}) => mention('2031-05-05', { kind: 'accusation', type, speaker: 'Borea', published: '2031-05-07', ...extra });
    expect(sizes([saying('denial'), saying('accusation', { time: window, dating: 'context' })])).toEqual([1, 1]);
    expect(sizes([saying('accusation'), saying('accusation', { time: window, dating: 'context' })])).toEqual([2]);
    const step = (type: Mention['type'], extra: Partial<Mention> = {}) => mention('2031-05-05', { kind: 'diplomacy', type, agent: 'Borea', published: '2031-05-07', ...extra });
    expect(sizes([step('envoy-recalled'), step('border-closed', { time: window, dating: 'context' })])).toEqual([1, 1]);
  });

  test('does not take one side\'s strike an article leaves undated for the clash it dated to the day before', () => {
    // "The escalation follows an ambush on Monday" and, undated in Tuesday's report, "Artillery
    // fired overnight from Borea killed a child": that day's shelling, not the ambush going on.
    const ambush = mention('2031-05-05', { published: '2031-05-06' });
    const undated = (extra: Partial<Mention>) => mention('2031-05-06', { published: '2031-05-06', dating: 'context', ...extra });
    expect(sizes([ambush, undated({ kind: 'strike', agent: 'Borea' })])).toEqual([1, 1]);
    // Fighting, or fire no side is named for, told so is the round going on.
    expect(sizes([ambush, undated({})])).toEqual([2]);
    expect(sizes([ambush, undated({ kind: 'strike' })])).toEqual([2]);
  });

  test('keeps a meeting dated by its own words apart from weeks of talks whose span holds its day', () => {
    // "Velmora has carried messages between Arland and Borea since 5 June" (told on 3 July), and
    // "Velmora's emir was due to fly to Arland on Tuesday 6 June to meet its king".
    const mediation = mention('2031-06-05', { kind: 'talks', time: { date: '2031-06-05', endDate: '2031-07-03', approximate: false }, published: '2031-07-03' });
    const visit = (extra: Partial<Mention>) => mention('2031-06-06', { kind: 'talks', published: '2031-06-06', source: 'b.txt', ...extra });
    expect(sizes([mediation, visit({ status: 'scheduled' })])).toEqual([1, 1]);
    expect(sizes([mediation, visit({})])).toEqual([1, 1]);
    // Told only by the article's time, the meeting may be the talks going on; a round of three days
    // holds its days whatever dates them.
    expect(sizes([mediation, visit({ dating: 'context' })])).toEqual([2]);
    const round = mention('2031-06-05', { kind: 'talks', time: { date: '2031-06-05', endDate: '2031-06-07', approximate: false }, published: '2031-06-08' });
    expect(sizes([round, visit({})])).toEqual([2]);
  });

  test('keeps any act done once and dated by its own words apart from a span of weeks its kind is given, but not violence or flight', () => {
    // "Borea has held Arlandese fishermen since 2 May" (told on 20 May) and "Borean police arrested
    // Kael Orvan on 9 May".
    const weeks = { time: { date: '2031-05-02', endDate: '2031-05-20', approximate: false }, published: '2031-05-20' };
    const on9 = (kind: Mention['kind']) => mention('2031-05-09', { kind, published: '2031-05-09', source: 'b.txt' });
    expect(sizes([mention('2031-05-02', { kind: 'detention', ...weeks }), on9('detention')])).toEqual([1, 1]);
    // Fighting and a flight counted up day by day are the span's own days.
    expect(sizes([mention('2031-05-02', { kind: 'fighting', ...weeks }), on9('fighting')])).toEqual([2]);
    expect(sizes([mention('2031-05-02', { kind: 'humanitarian', ...weeks }), on9('humanitarian')])).toEqual([2]);
  });

  test('does not take a clash an article leaves undated for the strike it dated to the day before', () => {
    // "Arland's jets bombed the ridge on Monday" and, undated in Tuesday's report, "two Arlandese
    // helicopters were shot down near Kelvask Pass": only fighting follows fighting.
    const bombing = mention('2031-05-05', { kind: 'strike', published: '2031-05-06' });
    const undated = (extra: Partial<Mention>) => mention('2031-05-06', { published: '2031-05-06', dating: 'context', ...extra });
    expect(sizes([bombing, undated({})])).toEqual([1, 1]);
    // A strike told so is still the bombing going on.
    expect(sizes([bombing, undated({ kind: 'strike' })])).toEqual([2]);
  });

  test('keeps fire an article dates by context to a day it named, after the round it recaps, apart from that round', () => {
    // Thursday's report: "Arland's jets and troops went into action yesterday near Kelvask Pass";
    // "the clashes on Saturday and Sunday"; then "shortly after 7am, jets dropped bombs on the pass".
    const clashes = mention('2031-05-04', { published: '2031-05-08' });
    const bombs = (extra: Partial<Mention>) => mention('2031-05-07', { published: '2031-05-08', dating: 'context', ...extra });
    expect(sizes([clashes, bombs({ kind: 'strike' })])).toEqual([1, 1]);
    // "the attack missed them", named as known on that day, is not the round of the days before.
    expect(sizes([clashes, bombs({ anaphoric: true })])).toEqual([1]);
    // Undated on the day the report appeared, the fire is still the round going on; so is fighting
    // an article follows to a day it named.
    expect(sizes([clashes, bombs({ kind: 'strike', time: { date: '2031-05-07', approximate: false }, published: '2031-05-07' })])).toEqual([2]);
    expect(sizes([clashes, bombs({})])).toEqual([2]);
  });

  test('keeps one side\'s strike inside a war\'s span of days apart from the war, though a clash inside it is of it', () => {
    // "the twelve-day war" and, on its last day, "Arland hit a Borean radar".
    const war = mention('2031-05-01', { time: { date: '2031-05-01', endDate: '2031-05-12', approximate: false }, agent: 'Arland', published: '2031-05-12' });
    const on = (date: string, extra: Partial<Mention>) => mention(date, { published: '2031-05-12', ...extra });
    expect(sizes([war, on('2031-05-06', { kind: 'strike', agent: 'Arland' })])).toEqual([1, 1]);
    expect(sizes([war, on('2031-05-12', { kind: 'strike', agent: 'Arland', dating: 'context' })])).toEqual([1, 1]);
    // A clash, or fire no side is named for, inside a span is the span's round.
    expect(sizes([war, on('2031-05-06', {})])).toEqual([2]);
    expect(sizes([war, on('2031-05-06', { kind: 'strike' })])).toEqual([2]);
    // A round of a few days is one round, strikes and all.
    const round = mention('2031-05-05', { time: { date: '2031-05-05', endDate: '2031-05-07', approximate: false }, published: '2031-05-12' });
    expect(sizes([round, on('2031-05-06', { kind: 'strike', agent: 'Arland' })])).toEqual([2]);
  });

  test('keeps a place taken or retaken the day after a clash a happening of its own day', () => {
    const clash = mention('2024-02-22', { type: 'armed-clash' });
    expect(sizes([clash, mention('2024-02-23', { type: 'territory-regained' })])).toEqual([1, 1]);
    expect(sizes([mention('2024-02-22', { type: 'armed-clash' }), mention('2024-02-23', { type: 'armed-clash' })])).toEqual([2]);
  });

  test('follows one round of fighting an article tells of from day to day, but not one begun again', () => {
    expect(sizes([mention('2024-02-22'), mention('2024-02-24')])).toEqual([2]);
    expect(sizes([mention('2024-02-22'), mention('2024-02-23', { phase: 'resume' })])).toEqual([1, 1]);
    expect(sizes([mention('2024-02-22'), mention('2024-02-23', { source: 'b.txt' })])).toEqual([1, 1]);
  });

  test('takes talks held one day and told as ended a day or two later as one round, not talks begun days after another ended', () => {
    const talks = (date: string, extra: Partial<Mention> = {}) => mention(date, { kind: 'talks', ...extra });
    expect(sizes([talks('2024-03-27'), talks('2024-03-28', { phase: 'end' })])).toEqual([2]);
    expect(sizes([talks('2024-03-27', { phase: 'begin' }), talks('2024-03-29', { phase: 'end', source: 'b.txt', places: [] })])).toEqual([1, 1]);
    expect(sizes([talks('2024-03-23'), talks('2024-03-28', { phase: 'end' })])).toEqual([1, 1]);
    expect(sizes([talks('2024-03-27', { phase: 'end' }), talks('2024-03-28', { phase: 'begin' })])).toEqual([1, 1]);
  });

  test('keeps strikes an article dates to different days apart, though fighting it follows is one round', () => {
    expect(sizes([mention('2014-03-02', { kind: 'strike' }), mention('2014-03-03', { kind: 'strike' })])).toEqual([1, 1]);
    expect(sizes([mention('2014-03-02'), mention('2014-03-03', { kind: 'strike' })])).toEqual([2]);
  });

  test('keeps a strike and a clash of adjacent days apart, whichever came first, when one side is named for the strike', () => {
    expect(sizes([mention('2014-03-02', { kind: 'strike' }), mention('2014-03-03')])).toEqual([1, 1]);
    expect(sizes([mention('2014-03-02'), mention('2014-03-03', { kind: 'strike', agent: 'Arland' })])).toEqual([1, 1]);
  });

  test('joins a recap of a month to the event inside it, and leaves out one of nothing', () => {
    const { clusters, left } = clusterMentions([mention('2024-02-22'), mention('2024-02', { background: true }), mention('2023-03', { background: true })]);
    expect(clusters.map((c) => c.map((m) => m.time.date))).toEqual([['2024-02-22', '2024-02']]);
    expect(left.map((m) => m.time.date)).toEqual(['2023-03']);
  });

  test('never lets a recap of a month stand beside the event dated to a day inside it, whatever actor it names', () => {
    const day = mention('2024-02-22', { agent: 'Arland' });
    const recap = mention('2024-02', { agent: 'Borea', source: 'b.txt' });
    const { clusters } = clusterMentions([day, recap, mention('2024-04', { agent: 'Borea', source: 'b.txt' })]);
    expect(clusters.map((c) => c.map((m) => m.time.date))).toEqual([['2024-02-22', '2024-02'], ['2024-04']]);
  });

  test('keeps a month\'s recap apart from a plan inside it, a postponement apart from what was held, and one body\'s meeting apart from another\'s', () => {
    const plan = mention('2024-02-28', { kind: 'talks', status: 'scheduled', who: 'the committee' });
    expect(sizes([plan, mention('2024-02', { kind: 'talks', who: 'ministers', source: 'b.txt' })])).toEqual([1, 1]);
    const putOff = mention('2024-02-28', { kind: 'talks', phase: 'postpone' });
    expect(sizes([putOff, mention('2024-02', { kind: 'talks', who: 'ministers', source: 'b.txt' })])).toEqual([1, 1]);
    const held = mention('2024-02-20', { kind: 'talks', who: 'foreign ministers' });
    expect(sizes([held, mention('2024-02', { kind: 'talks', who: 'the border committee', source: 'b.txt' })])).toEqual([1, 1]);
    expect(sizes([held, mention('2024-02', { kind: 'talks', who: 'Foreign ministers', source: 'b.txt' })])).toEqual([2]);
  });

  test('joins a report that a planned meeting took place to the plan', () => {
    const plan = mention('2024-03-30', { kind: 'talks', status: 'scheduled' });
    const held = mention('2024-03', { kind: 'talks' });
    expect(sizes([plan, held])).toEqual([2]);
  });

  test('keeps a charge an article leaves undated on its news day apart from the charge it dated the day before, but not a round of fighting', () => {
    // Told on 7 March: "Late on Monday the army accused Borea of shelling the ford" (6 March), then
    // "Arland has accused Borea of executing the captives", with no day of its own.
    const told = (kind: Mention['kind'], extra: Partial<Mention> = {}) => mention('2031-03-06', { kind, source: 'e.txt', published: '2031-03-07', ...extra });
    const undated = { dating: 'context' as const, time: { date: '2031-03-07', approximate: false } };
    expect(sizes([told('accusation', { speaker: 'Arland' }), told('accusation', { speaker: 'Arland', ...undated })])).toEqual([1, 1]);
    expect(sizes([told('fighting'), told('fighting', undated)])).toEqual([2]);
  });

  test('joins an undated report of the days just after a plan that it was held to the plan, if the same body met', () => {
    const plan = mention('2024-02-28', { kind: 'talks', status: 'scheduled', who: 'defence ministers' });
    const held = (who: string) => mention('2024-02-29', { kind: 'talks', dating: 'context', who, source: 'b.txt' });
    expect(sizes([plan, held('defence ministers')])).toEqual([2]);
    expect(sizes([plan, held('army chiefs')])).toEqual([1, 1]);
  });

  test('puts a report of a day that fits two groups of that day with the one that began that day, not a round going on from the day before', () => {
    // "Gunmen held out at Dorsk on Friday" and "the fighting went on on Saturday"; "the ambush at
    // Kelm on Saturday night cost 12 lives"; "the police came under fire on Saturday afternoon".
    const at = (name: string) => ({ places: [{ name, admin1: 'Ondria', country: 'Arland' }] }) as Partial<Mention>;
    const siege = mention('2031-03-01', { sentence: 1, ...at('Dorsk') });
    const goesOn = mention('2031-03-02', { sentence: 2 });
    const ambush = mention('2031-03-02', { sentence: 5, ...at('Kelm') });
    const underFire = mention('2031-03-02', { sentence: 7 });
    const groups = clusterMentions([siege, goesOn, ambush, underFire]).clusters;
    expect(groups.map((g) => g.map((m) => m.sentence))).toEqual([[1, 2], [5, 7]]);
  });

  test('keeps statements by different speakers apart, and meetings put off apart from those held', () => {
    expect(sizes([mention('2024-03-01', { kind: 'statement', speaker: 'European Union' }), mention('2024-03-01', { kind: 'statement', speaker: 'France' })])).toEqual([1, 1]);
    expect(sizes([mention('2024-03-01', { kind: 'talks' }), mention('2024-03-01', { kind: 'talks', phase: 'postpone' })])).toEqual([1, 1]);
  });

  test('puts a speaker one article spells with accents and another without together, and keeps two people apart', () => {
    // "Prime Minister Lena Ferrín said on Friday that the commission would meet again"; a week
    // later, another article: "Prime Minister Lena Ferrin said last week that the commission would
    // look at what more could be done".
    const friday = mention('2031-10-24', { kind: 'statement', type: 'statement', speaker: 'Prime Minister Lena Ferrín', dating: 'told', source: 'a.txt' });
    const lastWeek = mentionOf({ date: '2031-10-20', published: '2031-10-31', kind: 'statement', type: 'statement', speaker: 'Prime Minister Lena Ferrin', dating: 'told', source: 'b.txt', time: { date: '2031-10-20', endDate: '2031-10-26', approximate: true } });
    expect(sizes([friday, lastWeek])).toEqual([2]);
    expect(sizes([friday, { ...lastWeek, speaker: 'Prime Minister Ana Ruiz' }])).toEqual([1, 1]);
  });

  // Speakers of one day's statements, as a joint one and a single one name them.
  test.each([
    ['France, Japan and European Union', 'European Union', [2]],
    ['France and Japan', 'Japan', [2]],
    ['France and Japan', 'European Union', [1, 1]],
    ['France, Japan and European Union', 'United States', [1, 1]],
  ])('a statement by %s and one by %s on the same day make groups of %j', (joint, single, expected) => {
    expect(sizes([mention('2024-03-01', { kind: 'statement', speaker: joint }), mention('2024-03-01', { kind: 'statement', speaker: single })])).toEqual(expected);
  });

  test('puts each side\'s charge of a day with the charge the two made at each other that day, and no other speaker\'s', () => {
    // "Arland and Borea accused each other on Friday of breaking the truce." / "Arland's border
    // service said Borea was moving guns up to the border." / "A Borean news site said Arland's
    // troops had fired on two villages." / "Corland accused Borea of stirring the quarrel."
    const charge = (speaker: string, sentence: number, dating: Mention['dating'] = 'context') =>
      mention('2031-09-12', { kind: 'accusation', type: 'accusation', speaker, sentence, dating });
    const both = charge('Arland and Borea', 1, 'own');
    expect(sizes([both, charge('Arland', 2), charge('Borea', 4)])).toEqual([3]);
    expect(sizes([both, charge('Arland', 2), charge('Borea', 4), charge('Corland', 5)])).toEqual([3, 1]);
    // Without the joint charge, each side's is its own.
    expect(sizes([charge('Arland', 2), charge('Borea', 4)])).toEqual([1, 1]);
    // Statements made together stay as they were: each speaker's own words of the day are theirs.
    const said = (speaker: string) => mention('2031-09-12', { kind: 'statement', speaker });
    expect(sizes([said('Arland and Borea'), said('Arland'), said('Borea')])).toEqual([2, 1]);
  });

  // Reports of 1 March: the first as the setting of other news ("since the clashes of 1 March"), the second as news, by source.
  test.each([
    ['only as a setting', [{ background: true }], [], 1],
    ['as a setting and as news', [{ background: true }, { source: 'b.txt' }], [2], 0],
    ['as a setting in two articles', [{ background: true }, { background: true, source: 'b.txt' }], [], 2],
  ] as const)('a day told %s makes groups of %j and leaves %i report(s) out', (_, extras, expected, leftOut) => {
    const { clusters, left } = clusterMentions(extras.map((extra) => mention('2024-03-01', extra)));
    expect(clusters.map((c) => c.length)).toEqual(expected);
    expect(left).toHaveLength(leftOut);
  });

  test('lets a happening named as known join one others date, and only that', () => {
    const { clusters, left } = clusterMentions([mention('2024-03-01', { kind: 'ceasefire' }), mention('2024-03-02', { kind: 'ceasefire', dating: 'context', anaphoric: true }), mention('2024-03-20', { kind: 'ceasefire', dating: 'context', anaphoric: true })]);
    expect(clusters.map((c) => c.length)).toEqual([2]);
    expect(left).toHaveLength(1);
  });
  test('takes a day inside a span some report gives as of it, unless it starts a round of its own', () => {
    const span = (extra: Partial<Mention> = {}) => mention('2024-02-22', { time: { date: '2024-02-22', endDate: '2024-02-25', approximate: false }, ...extra });
    expect(sizes([span(), mention('2024-02-24', { source: 'b.txt' })])).toEqual([2]);
    expect(sizes([span(), mention('2024-02-24', { source: 'b.txt', phase: 'resume' })])).toEqual([1, 1]);
    expect(sizes([span(), mention('2024-02-27', { source: 'b.txt' })])).toEqual([1, 1]);
    // "The week's fighting" and "on Thursday the army retook the ridge": ground changing hands is its own day's.
    expect(sizes([span(), mention('2024-02-24', { source: 'b.txt', type: 'territory-regained' })])).toEqual([1, 1]);
  });

  test('keeps ground retaken that a report dates in its own words apart from the clash of that day, and joins it when only the story dates it', () => {
    // "Gunmen opened fire on the police on Sunday." / "Late on Sunday the police retook the mill."
    const clash = mention('2031-09-21');
    const retaken = (extra: Partial<Mention> = {}) => mention('2031-09-21', { type: 'territory-regained', ...extra });
    expect(sizes([clash, retaken()])).toEqual([1, 1]);
    expect(sizes([clash, retaken({ dating: 'context' })])).toEqual([2]);
  });

  test('keeps an island taken, told on the day it was told of, apart from the weekend\'s fighting, each dated to a window', () => {
    // "Weekend fighting broke out over the islets" (told on Monday); "Arland's troops have taken the
    // island, Borea said on Monday": a present perfect told on Monday lies on Sunday or Monday.
    const weekend = mention('2031-09-20', { time: { date: '2031-09-20', endDate: '2031-09-21', approximate: true } });
    const taken = mention('2031-09-21', { type: 'territory-regained', dating: 'told', source: 'b.txt', time: { date: '2031-09-21', endDate: '2031-09-22', approximate: true } });
    expect(sizes([weekend, taken])).toEqual([1, 1]);
    // Told only by the story's time, it is part of the fighting.
    expect(sizes([weekend, { ...taken, dating: 'context' }])).toEqual([2]);
  });
});

describe('clusterMentions: an act dated only by the day it was told of', () => {
  // "The army said on Thursday that its troops had shelled rebel positions." / "The shelling began on Monday."
  const told = (date: string, extra: Partial<Mention> = {}) => mention(date, { kind: 'strike', dating: 'told', ...extra });
  const monday = () => mention('2031-03-10', { kind: 'strike', phase: 'begin' });

  test('is the round its kind an article dates to the days just before', () => {
    expect(sizes([monday(), told('2031-03-13')])).toEqual([2]);
    expect(sizes([mention('2031-03-12', { kind: 'strike', source: 'b.txt' }), told('2031-03-13')])).toEqual([2]);
  });

  test('stays apart from a round too long before, of another kind, or only planned, and a saying stays a saying', () => {
    expect(sizes([mention('2031-03-05', { kind: 'strike' }), told('2031-03-13')])).toEqual([1, 1]);
    expect(sizes([mention('2031-03-10', { kind: 'civilians' }), told('2031-03-13', { kind: 'humanitarian' })])).toEqual([1, 1]);
    expect(sizes([mention('2031-03-12', { kind: 'strike', status: 'scheduled' }), told('2031-03-13')])).toEqual([1, 1]);
    expect(sizes([mention('2031-03-12', { kind: 'accusation', speaker: 'Arland' }), told('2031-03-13', { kind: 'accusation', speaker: 'Arland' })])).toEqual([1, 1]);
  });
});

describe('clusterMentions: a denial and a charge of one speaker', () => {
  test('stay two sayings on one day; two reports of the denial are one', () => {
    // "Borea's envoy said Borea had not broken the truce" (a.txt); "Borea said Arland had started the fighting" (b.txt).
    const said = (type: 'denial' | 'accusation', source: string) =>
      mention('2031-03-11', { kind: 'accusation', type, speaker: 'Borea', source, citations: [{ source, quote: `${type}${source}` }] });
    expect(sizes([said('denial', 'a.txt'), said('accusation', 'b.txt')])).toEqual([1, 1]);
    expect(sizes([said('denial', 'a.txt'), said('denial', 'b.txt')])).toEqual([2]);
  });
});

describe('clusterMentions: a diplomatic step told undated after another report dates it', () => {
  // "Borea recalled its ambassador on Monday" (b.txt, Monday); "Borea has recalled its ambassador for consultations" (a.txt, Tuesday).
  const step = (extra: Partial<Mention>) => mention('2031-03-10', { kind: 'diplomacy', type: 'envoy-recalled', agent: 'Borea', published: '2031-03-10', source: 'b.txt', citations: [{ source: 'b.txt', quote: 'monday' }], ...extra });
  const undated = (extra: Partial<Mention> = {}) =>
    mention('2031-03-11', { kind: 'diplomacy', type: 'envoy-recalled', agent: 'Borea', published: '2031-03-11', dating: 'context', source: 'a.txt', citations: [{ source: 'a.txt', quote: 'tuesday' }], ...extra });

  test('is the step the other report dates to the days before', () => {
    expect(sizes([step({}), undated()])).toEqual([2]);
  });

  test('stays apart when it is another type, another party\'s, or the step a week before', () => {
    expect(sizes([step({}), undated({ type: 'border-closed' })])).toEqual([1, 1]);
    expect(sizes([step({}), undated({ agent: 'Arland' })])).toEqual([1, 1]);
    expect(sizes([step({ time: { date: '2031-03-04', approximate: false } }), undated()])).toEqual([1, 1]);
  });
});

describe('clusterMentions: a recap of some days of a month gone by', () => {
  // "Two attacks in late November killed five", told on 27 December; no report dates them to a day.
  const recap = (date: string, endDate: string | undefined, published: string, approximate = true) =>
    mention(date, { published, time: { date, ...(endDate ? { endDate } : {}), approximate } });

  test('is left out when it only bounds days of a month before its article\'s', () => {
    const { clusters, left } = clusterMentions([recap('2031-11-21', '2031-11-30', '2031-12-27')]);
    expect([clusters.length, left.length]).toEqual([0, 1]);
    // Across two months, too: "in late November and early December".
    expect(clusterMentions([recap('2031-11-21', '2031-12-10', '2032-01-05')]).clusters).toHaveLength(0);
  });

  test('stays when it is a whole month, news of its article\'s month, or a span of days told as such', () => {
    expect(clusterMentions([recap('2031-07', undefined, '2031-12-27', false)]).clusters).toHaveLength(1);
    expect(clusterMentions([recap('2031-12-01', '2031-12-10', '2031-12-27')]).clusters).toHaveLength(1);
    expect(clusterMentions([recap('2031-11-21', '2031-11-30', '2031-12-27', false)]).clusters).toHaveLength(1);
  });
});

describe('clusterMentions: one night dated a day apart on its two sides', () => {
  // "Borean rockets hit the village on Tuesday night" (a.txt); "Borean rockets struck the village
  // early on Wednesday" (b.txt, filed in another time zone).
  const night = (date: string, edge: 'late' | 'early' | undefined, source: string, extra: Partial<Mention> = {}) =>
    mention(date, { kind: 'strike', type: 'shelling', source, time: { date, approximate: false, ...(edge ? { edge } : {}) }, citations: [{ source, quote: `${date}${edge}` }], ...extra });

  test('is one happening across two reports', () => {
    expect(sizes([night('2031-03-11', 'late', 'a.txt'), night('2031-03-12', 'early', 'b.txt')])).toEqual([2]);
    // A clash told late one day and fighting told early the next, by two reports.
    expect(sizes([night('2031-03-11', 'late', 'a.txt', { kind: 'fighting' }), night('2031-03-12', 'early', 'b.txt')])).toEqual([2]);
  });

  test('stays two with a side of midnight missing, the wrong way round, two days apart or in one report', () => {
    expect(sizes([night('2031-03-11', undefined, 'a.txt'), night('2031-03-12', 'early', 'b.txt')])).toEqual([1, 1]);
    expect(sizes([night('2031-03-11', 'early', 'a.txt'), night('2031-03-12', 'late', 'b.txt')])).toEqual([1, 1]);
    expect(sizes([night('2031-03-10', 'late', 'a.txt'), night('2031-03-12', 'early', 'b.txt')])).toEqual([1, 1]);
    expect(sizes([night('2031-03-11', 'late', 'a.txt'), night('2031-03-12', 'early', 'a.txt', { sentence: 9 })])).toEqual([1, 1]);
  });
});

describe('clusterMentions: a report of a day goes with its own day', () => {
  test('joins the round of its own day rather than starting a third beside it and the day before', () => {
    // One article: shelling and a clash on Monday; one side's shelling on Tuesday; a hill taken
    // on Tuesday, which could also be Monday's fighting followed into a second day.
    const monday = [mention('2026-06-27', { kind: 'strike', type: 'shelling' }), mention('2026-06-27', { type: 'armed-clash' })];
    const tuesday = mention('2026-06-28', { kind: 'strike', type: 'shelling', agent: 'Sudan' });
    const taken = mention('2026-06-28', { type: 'territory-regained' });
    const { clusters } = clusterMentions([...monday, tuesday, taken]);
    expect(clusters.map((c) => c.map((m) => m.time.date))).toEqual([
      ['2026-06-27', '2026-06-27'],
      ['2026-06-28', '2026-06-28'],
    ]);
  });
});

describe('clusterMentions: a strike named with one side is that side\'s, even told as known', () => {
  // "Arland's guns shelled the ridge on Thursday", then "about an hour after the first round,
  // Borea's army fired dozens of shells back", the second told by the article's time and after
  // a happening named as known.
  const first = mention('2031-03-06', { kind: 'strike', agent: 'Arland', published: '2031-03-06' });
  const answer = (extra: Partial<Mention> = {}) => mention('2031-03-06', { kind: 'strike', agent: 'Borea', dating: 'context', anaphoric: true, published: '2031-03-06', ...extra });

  test('keeps the other side\'s answering fire as a strike of its own', () => {
    const { clusters, left } = clusterMentions([first, answer()]);
    expect(clusters.map((c) => c.map((m) => m.agent))).toEqual([['Arland'], ['Borea']]);
    expect(left).toEqual([]);
  });

  test.each([
    ['names no party', { agent: undefined }],
    ['names the same party as the day\'s strike', { agent: 'Arland' }],
    ['is talks, not a strike', { kind: 'talks' }],
    ['is the background of the news', { background: true }],
  ] as const)('still takes a known happening that %s as no happening of its own', (_, extra) => {
    const { clusters } = clusterMentions([first, answer(extra as Partial<Mention>)]);
    expect(clusters).toHaveLength(1);
  });

  test('takes a known strike whose doer was read as the speaker of its own sentence as no answer: "Velmora said it understood why Arland had carried out the strikes"', () => {
    const said = mention('2031-03-06', { kind: 'statement', speaker: 'Velmora', dating: 'context', published: '2031-03-06', source: 'b.txt', sentence: 9 });
    const known = answer({ agent: 'Velmora', source: 'b.txt', sentence: 9 });
    const { clusters, left } = clusterMentions([first, said, known]);
    expect(clusters.map((c) => c.map((m) => m.kind))).toEqual([['strike'], ['statement']]);
    expect(left).toEqual([known]);
    // The same known strike by a party that speaks in another sentence is still the other side's answer.
    expect(clusterMentions([first, { ...said, sentence: 10 }, known]).clusters).toHaveLength(3);
  });
});

describe('clusterMentions: a statement a lede leaves undated is the one its body dates that week', () => {
  // Told on Tuesday 11 March 2031: "Arland's army has confirmed that it is sending troops to the
  // border and has asked Borea to let them cross." Below: "General Osk told reporters on Friday
  // that Arland had asked for leave to go after the raiders."
  const statement = (extra: Partial<Mention>) => mention('2031-03-11', { kind: 'statement', type: 'statement', published: '2031-03-11', speaker: 'Arland', says: 'asks', ...extra });
  const body = statement({ time: { date: '2031-03-07', approximate: false }, sentence: 8 });
  const lede = statement({ sentence: 2, dating: 'context' });

  test('joins the undated lede to the statement the body dates four days before', () => {
    expect(sizes([body, lede])).toEqual([2]);
  });

  test.each([
    ['another speaker', { speaker: 'Borea' }],
    ['another verb ("urges")', { says: 'urges' }],
    ['another article', { source: 'b.txt' }],
    ['a day of its own', { dating: 'own' }],
    ['a day other than the news day', { published: '2031-03-12' }],
  ] as const)('keeps apart a lede with %s', (_, extra) => {
    const other = { ...lede, ...(extra as Partial<Mention>), citations: [{ source: (extra as Partial<Mention>).source ?? 'a.txt', quote: 'lede' }] };
    expect(sizes([body, other])).toEqual([1, 1]);
  });

  test('keeps apart a lede and a body that only "say": a plain verb tells no statement from another', () => {
    expect(sizes([{ ...body, says: 'says' }, { ...lede, says: 'says' }])).toEqual([1, 1]);
  });

  test('keeps apart a body statement more than a week before', () => {
    expect(sizes([{ ...body, time: { date: '2031-03-02', approximate: false } }, lede])).toEqual([1, 1]);
  });

  test('joins an undated statement to the one another article dates to the day before, and no earlier', () => {
    // "The UN chief has urged both sides to show restraint" (Tuesday), "the UN chief on Monday urged
    // both sides to exercise restraint" (Monday's report).
    const urged = (date: string) => statement({ time: { date, approximate: false }, speaker: 'United Nations', says: 'urges', source: 'b.txt', citations: [{ source: 'b.txt', quote: date }] });
    const undated = { ...lede, speaker: 'United Nations', says: 'urges' };
    expect(sizes([urged('2031-03-10'), undated])).toEqual([2]);
    expect(sizes([urged('2031-03-09'), undated])).toEqual([1, 1]);
  });

  test('joins an undated appeal to the appeal of the same speaker to the same party another article dates to the day before, in any verb of asking', () => {
    // "Velmora on Monday urged Borea to free the officer" (Monday's report); "Velmora has demanded
    // the officer's immediate release from Borea" (Tuesday's, undated).
    const urged = statement({ time: { date: '2031-03-10', approximate: false }, speaker: 'Velmora', says: 'urges', addressee: 'Borea', source: 'b.txt', citations: [{ source: 'b.txt', quote: 'monday' }] });
    const demanded = { ...lede, speaker: 'Velmora', says: 'demands', addressee: 'Borea' };
    expect(sizes([urged, demanded])).toEqual([2]);
    // Another party asked, words that ask nothing, or the same article: sayings of their own.
    expect(sizes([urged, { ...demanded, addressee: 'Corland' }])).toEqual([1, 1]);
    expect(sizes([urged, { ...demanded, says: 'condemns' }])).toEqual([1, 1]);
    expect(sizes([{ ...urged, source: 'a.txt', citations: [{ source: 'a.txt', quote: 'monday' }] }, demanded])).toEqual([1, 1]);
  });

  test('joins an undated charge to the same charge another article dates to the day before, in the same words against the same party', () => {
    // "Arland on Monday accused Borea of laying new landmines" (Monday's report); "Arland has
    // accused Borea of laying new landmines" (Tuesday's, undated).
    const charge = (extra: Partial<Mention>) => statement({ kind: 'accusation', type: 'accusation', says: 'accuses', saysAbout: 'of laying new landmines', addressee: 'Borea', ...extra });
    const monday = charge({ time: { date: '2031-03-10', approximate: false }, source: 'b.txt', citations: [{ source: 'b.txt', quote: 'monday' }] });
    const undated = charge({ dating: 'context', sentence: 2 });
    expect(sizes([monday, undated])).toEqual([2]);
    expect(sizes([monday, { ...undated, saysAbout: 'of shelling villages' }])).toEqual([1, 1]);
    expect(sizes([monday, { ...undated, addressee: 'Corland' }])).toEqual([1, 1]);
    // In one article, a charge left undated on its news day is made that day.
    expect(sizes([{ ...monday, source: 'a.txt', citations: [{ source: 'a.txt', quote: 'monday' }] }, undated])).toEqual([1, 1]);
  });

  test('keeps apart a statement one article leaves undated on its news day from its side\'s statement it dates to the days before', () => {
    // Told on Tuesday: "Arland's government said in a statement on Monday that it would not talk
    // with criminals", then, undated, "Arland's interior minister said Borea was acting for Velmora".
    const monday = statement({ time: { date: '2031-03-10', approximate: false }, says: 'says', sentence: 3 });
    const minister = statement({ dating: 'context', says: 'says', sentence: 5, voice: { office: 'interior' } });
    expect(sizes([monday, minister])).toEqual([1, 1]);
    // Violence so told is the round going on, as before.
    const clash = mention('2031-03-10', { published: '2031-03-11', sentence: 3 });
    expect(sizes([clash, mention('2031-03-11', { published: '2031-03-11', dating: 'context', sentence: 5 })])).toEqual([2]);
  });
});

describe('clusterMentions: two voices of one side are two speakers', () => {
  const said = (voice?: Mention['voice'], source = 'a.txt') => mentionOf({ date: '2031-04-12', published: '2031-04-12', kind: 'statement', speaker: 'Borea', sentence: n++, ...(voice ? { voice } : {}), citations: [{ source, quote: `q${n}` }] });

  test('keeps the president\'s words apart from the army\'s, and puts a voice its words do not tell with either', () => {
    expect(sizes([said({ office: 'head', person: 'Ruiz' }), said({ office: 'military' })])).toEqual([1, 1]);
    expect(sizes([said({ office: 'head', person: 'Ruiz' }), said()])).toEqual([2]);
  });

  test('puts one person named by surname in one report and by office in another together', () => {
    expect(sizes([said({ person: 'Ruiz' }), said({ office: 'head' }, 'b.txt')])).toEqual([2]);
  });
});

describe('clusterMentions: a joint voice and one of its parties speaking in another voice are two speakers', () => {
  const said = (speaker: string, voice?: Mention['voice'], source = 'a.txt') =>
    mentionOf({ date: '2031-04-12', published: '2031-04-12', kind: 'statement', speaker, source, sentence: n++, ...(voice ? { voice } : {}), citations: [{ source, quote: `q${n}` }] });

  test("keeps Borea's foreign ministry apart from the joint command of Borea and Velmora, and puts a voice its words do not tell with either", () => {
    // "Borea's foreign ministry called Arland's account ridiculous"; another report: "the joint
    // command of Borea and Velmora denied that any drone had crossed".
    expect(sizes([said('Borea', { office: 'foreign' }), said('Borea and Velmora', { office: 'military' }, 'b.txt')])).toEqual([1, 1]);
    expect(sizes([said('Borea', { office: 'foreign' }), said('Borea and Velmora', undefined, 'b.txt')])).toEqual([2]);
  });
});

describe('clusterMentions: words named as known give their group no day', () => {
  test("keeps a minister's fresh saying apart from Monday's statement that his remarks, told on Thursday, joined", () => {
    // Monday's report: "Borea's government said on Monday it could not talk to gangs." Thursday's:
    // "Ferrin's remarks drew criticism" (named as known), then "Ferrin, speaking at a reception on
    // Thursday, said the roadblocks were being cleared."
    const monday = mentionOf({ date: '2031-04-07', published: '2031-04-07', kind: 'statement', speaker: 'Borea', sentence: n++, citations: [{ source: 'a.txt', quote: 'q-monday' }] });
    const remarks = mentionOf({ date: '2031-04-10', published: '2031-04-10', kind: 'statement', speaker: 'Borea', voice: { person: 'Ferrin' }, dating: 'context', anaphoric: true, source: 'b.txt', sentence: n++, citations: [{ source: 'b.txt', quote: 'q-remarks' }] });
    const fresh = mentionOf({ date: '2031-04-10', published: '2031-04-10', kind: 'statement', speaker: 'Borea', voice: { person: 'Ferrin' }, dating: 'context', source: 'b.txt', sentence: n++, citations: [{ source: 'b.txt', quote: 'q-fresh' }] });
    const groups = clusterMentions([monday, remarks, fresh]).clusters;
    expect(groups.map((g) => g.map((m) => m.citations[0]!.quote).sort())).toEqual([['q-monday', 'q-remarks'], ['q-fresh']]);
  });
});

describe('clusterMentions: a person is compared as the side the run names her speaking for', () => {
  const said = (speaker: string, voice?: Mention['voice'], source = 'a.txt') =>
    mentionOf({ date: '2031-04-12', published: '2031-04-12', kind: 'statement', speaker, source, sentence: n++, ...(voice ? { voice } : {}), citations: [{ source, quote: `q${n}` }] });

  test('puts "President Ana Ruiz urged …" with Borea\'s protest in her words, and keeps the army\'s apart', () => {
    // "Borea, through President Ruiz, lodged a protest"; a second report: "President Ana Ruiz urged
    // Arland to punish those responsible"; a third: "the Borean army said …".
    const protest = said('Borea', { office: 'head', person: 'Ruiz' });
    const urged = said('President Ana Ruiz', undefined, 'b.txt');
    const army = said('Borea', { office: 'military' }, 'c.txt');
    const groups = clusterMentions([protest, urged, army]).clusters;
    expect(groups.map((g) => g.map((m) => m.source).sort())).toEqual([['a.txt', 'b.txt'], ['c.txt']]);
    // Its title's speaker stays the words' own.
    expect(groups[0]!.map((m) => m.speaker).sort()).toEqual(['Borea', 'President Ana Ruiz']);
  });

  test('keeps a person the run sides with nobody apart from a side\'s statement', () => {
    expect(sizes([said('Borea', { office: 'head', person: 'Ruiz' }), said('Foreign Minister Ivo Marr', undefined, 'b.txt')])).toEqual([1, 1]);
  });
});

describe("clusterMentions: one article's saying by a person and its saying by the person's side alone are two", () => {
  const said = (quote: string, voice?: Mention['voice'], source = 'a.txt') =>
    mentionOf({ date: '2031-04-12', published: '2031-04-12', kind: 'statement', speaker: 'Borea', dating: 'context', source, sentence: n++, ...(voice ? { voice } : {}), citations: [{ source, quote }] });
  const ferrin = () => said('Foreign Minister Lena Ferrin said the complaints had reached the capital.', { office: 'foreign', person: 'Ferrin' });

  test('keeps "Borea has called the deaths unfortunate" apart from the minister\'s words told above it', () => {
    expect(sizes([ferrin(), said('Borea has called the deaths unfortunate and has assured Arland that nothing of the kind will happen again.')])).toEqual([1, 1]);
  });

  test("puts another article's words of the side, and words the article sets in a channel first, with the minister's", () => {
    expect(sizes([ferrin(), said('Borea has called the deaths unfortunate.', undefined, 'b.txt')])).toEqual([2]);
    expect(sizes([ferrin(), said('In a letter to the Council, Borea said the patrol had never left its waters.')])).toEqual([2]);
  });

  test('puts words the side "has since said", of some day after an older happening, with the day\'s saying', () => {
    expect(sizes([ferrin(), said('Borea has since said it will fire on any aircraft over the Kelvask Pass.')])).toEqual([2]);
  });
});

describe('clusterMentions: one more of a kind', () => {
  test('keeps a step an article tells as one more ("it, too,", "also voted") apart from the one it told before, and joins a step told again', () => {
    const step = (sentence: number, quote: string, extra: Partial<Mention> = {}) =>
      mention('2031-05-12', { kind: 'diplomacy', type: 'envoy-recalled', dating: 'context', sentence, citations: [{ source: 'a.txt', quote }], ...extra });
    // "Arland recalled its ambassador from Borea on Monday." … "Velmora's foreign ministry announced that it, too, would call its envoy home."
    const recalled = step(1, 'Arland recalled its ambassador from Borea on Monday.', { dating: 'own', agent: 'Arland' });
    expect(sizes([recalled, step(7, "Velmora's foreign ministry announced that it, too, would call its envoy home.")])).toEqual([1, 1]);
    expect(sizes([recalled, step(7, 'The envoy left for home on Monday evening.')])).toEqual([2]);
    // "The cabinet ordered an inquiry into the shelling." … "It also decided to shut the Halvane crossing."
    const decision = (sentence: number, quote: string) => step(sentence, quote, { kind: 'measure', type: 'decision' });
    expect(sizes([decision(2, 'The cabinet ordered an inquiry into the shelling.'), decision(5, 'Ministers also voted to shut the Halvane crossing to trade.')])).toEqual([1, 1]);
  });
});

describe('clusterMentions: violence told apart', () => {
  test('keeps violence an article tells in a sentence opened by "Separately," apart from the round told before it, and joins it otherwise', () => {
    // "Arlandese and Borean troops clashed at Kelvask Pass on Tuesday, killing six." …
    // "Separately, a Borean air strike hit a convoy near Halvane crossing, killing four."
    const clash = mention('2031-05-13', { kind: 'fighting', citations: [{ source: 'a.txt', quote: 'Arlandese and Borean troops clashed at Kelvask Pass on Tuesday, killing six.' }] });
    const apart = mention('2031-05-13', { kind: 'strike', dating: 'context', citations: [{ source: 'a.txt', quote: 'Separately, a Borean air strike hit a convoy near Halvane crossing, killing four.' }] });
    const joined = mention('2031-05-13', { kind: 'strike', dating: 'context', citations: [{ source: 'a.txt', quote: 'A Borean air strike hit the pass as the clash went on.' }] });
    expect(sizes([clash, apart])).toEqual([1, 1]);
    expect(sizes([clash, joined])).toEqual([2]);
  });

  test('keeps shells that fall on a third party\'s mission apart from the sides\' fighting of that day', () => {
    const battle = mention('2031-05-13', { kind: 'fighting', citations: [{ source: 'a.txt', quote: 'Borean troops fought their way into Dorsk on Tuesday.' }] });
    const onBase = mention('2031-05-13', { kind: 'strike', type: 'shelling', dating: 'context', citations: [{ source: 'a.txt', quote: 'Before dawn a shell struck a UN base east of Dorsk.' }] });
    const retold = mention('2031-05-13', { kind: 'strike', type: 'shelling', source: 'b.txt', citations: [{ source: 'b.txt', quote: 'Shells hit the peacekeepers near Dorsk on Tuesday.' }] });
    expect(sizes([battle, onBase, retold])).toEqual([1, 2]);
    // A sentence that counts the sides' dead as well tells of more than the mission's harm.
    const both = mention('2031-05-13', { kind: 'strike', dating: 'context', citations: [{ source: 'a.txt', quote: 'Jets bombed Dorsk, killing six, and also hit a UN camp.' }] });
    expect(sizes([battle, both])).toEqual([2]);
  });
});

describe('clusterMentions: a capture told on a later day is the capture reports dated', () => {
  // "Borean boats seized the crew of the Arlandese patrol near Halvane crossing on Friday";
  // Wednesday's report: "Borea said on Wednesday that the crew had been seized inside its waters".
  const seized = () => mention('2031-05-02', { kind: 'detention', type: 'arrest', actors: ['Borea', 'Arland'], source: 'a.txt' });
  const toldOn = (date: string, extra: Partial<Mention> = {}) =>
    mention(date, { kind: 'detention', type: 'arrest', actors: ['Borea', 'Arland'], dating: 'told', source: 'b.txt', published: date, ...extra });

  test('joins a capture dated only by its telling, up to a week on, to the capture reports date', () => {
    expect(sizes([seized(), toldOn('2031-05-07')])).toEqual([2]);
  });

  test('keeps apart a capture told more than a week on, a release, and violence told so', () => {
    expect(sizes([seized(), toldOn('2031-05-12')])).toEqual([1, 1]);
    expect(sizes([seized(), toldOn('2031-05-07', { type: 'release' })])).toEqual([1, 1]);
    expect(sizes([mention('2031-05-02', { source: 'a.txt' }), mention('2031-05-07', { dating: 'told', source: 'b.txt', published: '2031-05-07' })])).toEqual([1, 1]);
  });
});

describe('clusterMentions: the sides\' heads named by rank alone are one meeting\'s participants', () => {
  // One report: "the two prime ministers sat down together at Halvane in March"; another: "both
  // leaders, at Halvane that month, set up a hotline".
  const halvane = [{ name: 'Halvane', admin1: 'Ondria', country: 'Borea' }];
  const met = (who: string, source: string) => mention('2031-03', { kind: 'talks', type: 'talks', who, places: halvane, source });

  test('joins meetings whose participants are heads of government or state in other words', () => {
    expect(sizes([met('prime ministers', 'a.txt'), met('leaders', 'b.txt')])).toEqual([2]);
    expect(sizes([met('the two presidents', 'a.txt'), met('both leaders', 'b.txt')])).toEqual([2]);
  });

  test('keeps apart meetings of heads and of ministers, a committee, or a body named', () => {
    expect(sizes([met('leaders', 'a.txt'), met('foreign ministers', 'b.txt')])).toEqual([1, 1]);
    expect(sizes([met('prime ministers', 'a.txt'), met('the border committee', 'b.txt')])).toEqual([1, 1]);
    expect(sizes([met('leaders', 'a.txt'), met('Velmora Council', 'b.txt')])).toEqual([1, 1]);
  });
});

describe('clusterMentions: talks are all their parties\' act', () => {
  // "Ondria will host the Velmora Pact's summit from 3 to 5 September, with Arland there";
  // another report: "the Velmora Pact's leaders are to meet in Ondria on 4 September".
  const summit = (date: string, agent: string, actors: string[], extra: Partial<Mention> = {}) =>
    mention(date, { kind: 'talks', type: 'talks', status: 'scheduled', agent, actors, ...extra });

  test('joins talks read as two parties\' acts when each report names the other\'s party among those taking part', () => {
    const hosted = summit('2031-09-03', 'Ondria', ['Velmora Pact', 'Arland', 'Ondria'], { time: { date: '2031-09-03', endDate: '2031-09-05', approximate: false } });
    expect(sizes([hosted, summit('2031-09-04', 'Velmora Pact', ['Arland', 'Ondria', 'Velmora Pact'], { source: 'b.txt' })])).toEqual([2]);
  });

  test('keeps apart two parties\' talks with a third, neither naming the other', () => {
    expect(sizes([summit('2031-09-04', 'Arland', ['Arland', 'Velmora']), summit('2031-09-04', 'Borea', ['Borea', 'Velmora'], { source: 'b.txt' })])).toEqual([1, 1]);
  });
});
