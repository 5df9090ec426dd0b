import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { extractEvents } from '../../scripts/lib/extract/extractEvents.ts';
import { quoteFinder } from '../../src/lib/findQuote.ts';
import { parseArticle, type Article } from '../../src/lib/parseArticle.ts';
import { furnishArticle, type PageDates } from '../../scripts/lib/bench/events/furnishArticle.ts';
import { serializeEventsFile } from '../../src/lib/serializeEventsFile.ts';
import { article } from '../helpers/article.ts';
import { invented } from '../helpers/lexicon.ts';

// Articles written for these tests, of other dates, places and styles than the seeds.
const dir = join(import.meta.dirname, '../fixtures/articles');
const articles = await Promise.all(
  (await readdir(dir)).sort().map(async (name) => parseArticle(join(dir, name), await readFile(join(dir, name), 'utf8')).article!),
);
const now = DateTime.fromISO('2026-11-22', { zone: 'UTC+7' });
const run = (input = articles) => extractEvents({ articles: input, lexicon: invented, now, locale: 'en-GB' });
const { file, problems, reports } = run();
const find = (id: string) => file.events.find((e) => e.id === id);

describe('extractEvents on articles it was not written for', () => {
  test('reports no problems and reads each article', () => {
    expect(problems).toEqual([]);
    expect(reports.map((r) => [r.name, r.published, r.inferred])).toEqual([
      ['accord-signed.txt', '2024-04-28', true],
      ['ceasefire-takes-hold.md', '2024-03-26', false],
      ['clashes-second-day.md', '2024-03-22', false],
    ]);
  });

  test('dates the outbreak of fighting from "on Thursday" and places it at the temple', () => {
    expect(find('2024-03-21-fighting')).toMatchObject({
      date: '2024-03-21',
      kind: 'fighting',
      status: 'occurred',
      title: 'Fighting breaks out at Vel Amar temple',
      places: [{ name: 'Vel Amar temple', admin1: 'Ondria', country: 'Arland' }, { name: 'Ondria' }],
    });
  });

  test('keeps a meeting announced with "will" as scheduled, on the next Saturday', () => {
    expect(find('2024-03-23-talks')).toMatchObject({ status: 'scheduled', title: 'Meeting of the UN Security Council planned' });
  });

  test('reads an allegation as claimed', () => {
    expect(find('2024-03-26-fighting')).toMatchObject({ status: 'claimed', actors: expect.arrayContaining(['Arland', 'Borea']) });
  });

  test('merges the truce agreed on Monday with the March truce another article recalls, with who brokered it', () => {
    const truce = find('2024-03-25-ceasefire')!;
    expect(truce).toMatchObject({ date: '2024-03-25', title: 'Ceasefire agreed' });
    expect(new Set(truce.citations.map((c) => c.source))).toEqual(new Set(['accord-signed.txt', 'ceasefire-takes-hold.md']));
    expect(truce.claims).toMatchObject([{ about: 'brokered-by', values: ['Japan', 'United Nations', 'France'] }]);
  });

  test('dates a meeting from "Apr. 1" in the future as scheduled, with the place and the body that meets', () => {
    expect(find('2024-04-01-talks')).toMatchObject({ status: 'scheduled', places: [{ name: 'Velmora', country: 'Borea' }], title: 'Meeting of the General Border Committee planned' });
  });

  test('keeps figures with their own citations, as written, on the happening each counts', () => {
    const figures = (id: string) => find(id)!.figures.map((f) => [f.measure, f.text, f.citation.source]);
    // The dead of the days of fighting, from both articles; the evacuated and the fled with the flight.
    expect(figures('2024-03-21-fighting')).toEqual(
      expect.arrayContaining([
        ['killed', 'At least 14', 'clashes-second-day.md'],
        ['killed', 'At least 31', 'ceasefire-takes-hold.md'],
      ]),
    );
    expect(figures('2024-03-22-humanitarian')).toEqual(expect.arrayContaining([['evacuated', 'more than 120,000', 'clashes-second-day.md']]));
  });

  test('counts a toll told as the cause of another happening with that happening, not with the news', () => {
    // "after a landmine blast wounded five Arlandese soldiers a day earlier": the blast's, not the clashes'.
    expect(find('2024-03-21-fighting')!.figures.map((f) => f.text)).not.toContain('five');
  });

  test('cites only verbatim passages of the articles', () => {
    const finders = new Map(articles.map((a) => [a.name, quoteFinder(a.body)]));
    const citations = file.events.flatMap((e) => [...e.citations, ...e.figures.map((f) => f.citation), ...e.claims.map((c) => c.citation)]);
    expect(citations.length).toBeGreaterThan(10);
    for (const c of citations) expect(finders.get(c.source)!(c.quote), c.quote).toBeDefined();
  });

  test('gives the same output for the same input, whatever the order of the articles', () => {
    expect(serializeEventsFile(run([...articles].reverse()).file)).toBe(serializeEventsFile(file));
  });

  test('two sides\' sayings of one day in one sentence are two statements, one per speaker', () => {
    // Written for this test, of no real report.
    const body = "Arland's foreign minister said on Monday that relations had reached a low, while Borea's spokesman, for his part, said the claims were baseless.";
    const { file: said } = run([article('both-sides.txt', body, '2024-03-12')]);
    const statements = said.events.filter((e) => e.kind === 'statement');
    expect(statements.map((e) => e.date)).toEqual(['2024-03-11', '2024-03-11']);
    expect(new Set(statements.map((e) => e.title)).size).toBe(2);
  });

  test('dates a headline told in the headline future ("Arland to shut … from Saturday") on the coming Saturday', () => {
    const body = 'Arland to shut the Halvane crossing from Saturday\n\nArland will close the Halvane crossing into Borea, its interior minister, Kael Orvan, said.';
    const { file: shut } = run([article('to-shut.txt', body, '2024-03-14')]);
    expect(shut.events.filter((e) => e.kind === 'diplomacy').map((e) => e.date)).toEqual(['2024-03-16']);
  });

  test('asks for a publication date when an article has dates but nothing pins its year', () => {
    const vague = article('vague.txt', 'Troops clashed on Tuesday near the border.');
    expect(run([vague]).problems.map((p) => p.code)).toEqual(['publication-unknown']);
  });

  test('finds no events, and no problem, in a dated article that reports no happening', () => {
    const quiet = article('quiet.txt', 'The border was calm. Relations between the two remain tense.', '2024-03-29');
    const result = run([quiet]);
    expect(result.problems).toEqual([]);
    expect(result.file.events).toEqual([]);
  });

  test('dates a happening its sentence does not date by the day the article reports', () => {
    const body = 'Troops clashed near the pass on Sunday. Villagers fled their homes. Officials said the talks would resume.';
    const { file: quiet } = run([article('later.txt', body, '2024-04-02')]);
    expect(quiet.events.map((e) => [e.date, e.kind])).toEqual([
      ['2024-03-31', 'fighting'],
      ['2024-03-31', 'humanitarian'],
    ]);
  });

  test('counts "today" and weekdays from the dateline of a lede a morning paper prints under the next day', () => {
    // Written for this test, of no real report: the page's stamp is the day after its story was filed.
    const body = [
      'Saturday, April 6, 2024',
      '',
      'Arland recalls envoy',
      '',
      'VELMORA, April 5 -- Arland today recalled its ambassador from Borea, a day after troops clashed near the Halvane crossing.',
      '',
      'Borea said on Thursday night that its troops had come under fire and had fired back.',
    ].join('\n');
    const { file: paper, reports: read } = run([article('morning-paper.txt', body)]);
    expect(read.map((r) => r.published)).toEqual(['2024-04-06']);
    expect(paper.events.filter((e) => e.kind === 'diplomacy').map((e) => e.date)).toEqual(['2024-04-05']);
    expect(paper.events.filter((e) => e.kind === 'fighting').map((e) => e.date)).toEqual(['2024-04-04']);
  });

  test('gives the toll of an earlier round a recap tells to no event of the news', () => {
    const body = 'Troops clashed near the pass on Sunday, killing two soldiers, weeks after clashes in February that killed 40 soldiers.';
    const { file: told } = run([article('recap.txt', body, '2024-04-02')]);
    expect(told.events.map((e) => [e.date, e.kind, e.figures.map((f) => f.text)])).toEqual([['2024-03-31', 'fighting', ['two']]]);
  });

  test('gives the toll of a day only a recap tells to no older round of its kind', () => {
    const old = article('old-raid.txt', 'Gunmen raided a village near Velmora on Wednesday, killing three herders.', '2021-09-10');
    const recap = article('shut.txt', 'Borea shut the Halvane crossing on Thursday, after a raid near Kelvask Pass left 20 people dead on 22 December.', '2024-01-12');
    const { file: told } = run([old, recap]);
    // The raid of 22 December is no event of the news; its 20 dead are not the old raid's.
    expect(told.events.map((e) => [e.date, e.kind, e.figures.map((f) => f.text)])).toEqual([
      ['2021-09-08', 'civilians', ['three']],
      ['2024-01-11', 'diplomacy', []],
    ]);
  });
});

describe('extractEvents on an article whose day nothing pins down', () => {
  // Written for this test: no front matter, no dateline, no weekday beside a date, and no
  // happening in the past dated in full.
  const undated = article(
    'undated.txt',
    'Talks between the two armies will open on 3 March 2024 in Velmora.\nFighting flared again on Tuesday near the temple.\nA new round of talks is planned for March 9.',
  );
  const result = run([undated]);
  const report = result.reports[0]!;

  test('still places what it dates in full, and a day whose year another full date fixes', () => {
    // Told only as plans ("will open", "is planned for"), they stay scheduled, though today lies
    // long after their days: nothing here says they were held.
    expect(result.file.events.map((e) => [e.date, e.kind, e.status])).toEqual([
      ['2024-03-03', 'talks', 'scheduled'],
      ['2024-03-09', 'talks', 'scheduled'],
    ]);
  });

  test('places a month told in the past that comes after its only full date in the year before', () => {
    // Written for this test: an update line the article's day cannot be read from, and a recap of
    // a month later in the calendar than that line.
    const recap = article('recap.txt', 'Last changed on the evening of 14 February 2024 by the desk.\nRebels crossed the border in November and seized a ridge.\nTalks will open in March.');
    expect(run([recap]).file.events.map((e) => [e.date, e.kind])).toEqual([
      ['2023-11', 'fighting'],
      ['2024-03', 'talks'],
    ]);
  });

  test('counts and lists the dates that need its day, and says so as a problem for a strict run', () => {
    expect(report.published).toBeUndefined();
    expect(report.unresolved.map((t) => t.text)).toEqual(['Tuesday']);
    expect(result.problems.map((p) => p.code)).toEqual(['publication-unknown']);
  });
});

describe('extractEvents places a day or month without its year within what the article allows', () => {
  test('a month later than the day of an article dated by its latest happening is in that year, ahead', () => {
    // The latest happening dated in full is 8 December 2023, a lower bound of the article's day.
    const body = 'Fighting broke out on 8 December 2023 near the temple.\nDefence ministers will meet in January to restore the truce.';
    const { file, reports } = run([article('a.txt', body)]);
    expect(reports[0]).toMatchObject({ published: '2023-12-08', publishedFrom: 'latest-happening' });
    expect(file.events.map((e) => [e.date, e.kind, e.status])).toEqual([
      ['2023-12-08', 'fighting', 'occurred'],
      ['2024-01', 'talks', 'scheduled'],
    ]);
  });

  test('an article dated only by its latest happening counts no weekday from that day', () => {
    // The article appeared on 9 April 2024 (the year of the other report) or later, and names no
    // weekday: what counts from its day is left unplaced.
    const stated = article('stated.txt', 'Talks are planned.', '2024-04-20');
    const body = 'Fighting broke out on April 9 near the temple.\nTroops clashed again yesterday near the temple.';
    const { reports } = run([stated, article('a.txt', body)]);
    const report = reports.find((r) => r.name === 'a.txt')!;
    expect(report).toMatchObject({ published: '2024-04-09', publishedFrom: 'latest-happening' });
    expect(report.unresolved.map((t) => t.text)).toEqual(['yesterday']);
  });

  test('an article bounded by its latest happening that names a weekday of the past appeared on the first such day after it', () => {
    // 9 April 2024 was a Tuesday: the clash "on Monday" is the 15th, and the report of that day.
    const stated = article('stated.txt', 'Talks are planned.', '2024-04-20');
    const body = 'Fighting broke out on April 9 near the temple.\nTroops clashed again on Monday near the temple.';
    const { file, reports } = run([stated, article('a.txt', body)]);
    expect(reports.find((r) => r.name === 'a.txt')).toMatchObject({ published: '2024-04-15', publishedFrom: 'text' });
    expect(file.events.map((e) => [e.date, e.kind])).toEqual([
      ['2024-04-09', 'fighting'],
      ['2024-04-15', 'fighting'],
    ]);
  });

  // The other report of each run gives the year; the undated article's only day in full is its first line's.
  test.each([
    // A recap gives the only day: the undated accusation is of some later day, not of it; the
    // recap itself is the setting of the news, no event (clusterMentions).
    ['Dozens of soldiers have died since the fighting began on March 4.\nBorea accused Arland of shelling a village.', []],
    // News gives it: what the article tells next, undated, is that day's.
    ['Troops clashed on March 4 near the temple.\nBorea accused Arland of shelling a village.', [['2024-03-04', 'accusation'], ['2024-03-04', 'fighting']]],
  ])('an article dated only by its latest happening "%s" gives its undated happenings that day only when that day is news', (body, expected) => {
    const stated = article('stated.txt', 'Talks are planned.', '2024-03-20');
    const { file, reports } = run([stated, article('a.txt', body)]);
    expect(reports.find((r) => r.name === 'a.txt')).toMatchObject({ published: '2024-03-04', publishedFrom: 'latest-happening' });
    expect(file.events.filter((e) => e.citations.some((c) => c.source === 'a.txt')).map((e) => [e.date, e.kind])).toEqual(expected);
  });

  // A run whose other report states its day; the article pasted without its own gives only dates
  // without a year, none of them said of a happening the lexicon knows.
  describe('an article with no day of its own, in a run of dated reports', () => {
    const stated = article('stated.txt', 'Borea closed the Halvane crossing to Arlandese trucks.', '2024-03-20');

    test('is bounded below by the latest day and month it states, in the year nearest the run, and dates no undated news by it', () => {
      const body = 'Hundreds of drivers had waited at the Halvane crossing since 7 March.\nArlandese troops crossed into Sevrin province on Tuesday.\nBorea accused Arland of shelling a village.';
      const { file, reports } = run([stated, article('a.txt', body)]);
      expect(reports.find((r) => r.name === 'a.txt')).toMatchObject({ published: '2024-03-07', inferred: true, publishedFrom: 'latest-happening', yearFromRun: true });
      // "on Tuesday" is some Tuesday after a bound, and the accusation of no known day: neither is on the timeline.
      const own = file.events.filter((e) => e.citations.some((c) => c.source === 'a.txt'));
      expect(own.filter((e) => e.date.length === 10)).toEqual([]);
      expect(own.map((e) => e.kind)).not.toContain('accusation');
    });

    test('is bounded below by a month it states, kept as a month, in a year not after the run', () => {
      // November 2023 and November 2024 lie as near 20 March 2024; a report tells what came before it.
      const body = 'Fighting broke out near the Kelvask Pass in late November.\nArlandese troops crossed into Sevrin province on Tuesday.';
      const { file, reports } = run([stated, article('a.txt', body)]);
      expect(reports.find((r) => r.name === 'a.txt')).toMatchObject({ published: '2023-11', inferred: true, publishedFrom: 'latest-happening' });
      expect(file.sources.find((s) => s.file === 'a.txt')).toMatchObject({ published: '2023-11', publishedInferred: true, publishedFrom: 'latest-happening' });
      // Told in the past, the month is the bound's own, not read as ahead of it.
      expect(file.events.filter((e) => e.citations.some((c) => c.source === 'a.txt')).map((e) => [e.kind, e.status])).not.toContainEqual(['fighting', 'scheduled']);
    });

    test('is still refused alone, with nothing to take a year from', () => {
      const { problems } = run([article('a.txt', 'Fighting broke out near the Kelvask Pass in late November.\nArlandese troops crossed into Sevrin province on Tuesday.')]);
      expect(problems.map((p) => p.code)).toEqual(['publication-unknown']);
    });
  });

  test('an article pinned only to a stretch of days places what counts from its day no finer than the stretch allows', () => {
    // Talks on Friday 14 June 2024, told "last week": the article appeared from 17 to 23 June,
    // nothing says which day. "Two days ago" is some day from 15 to 21 June: June, not a day.
    const dated = article('dated.txt', 'Foreign ministers will meet on June 14 in Jakarta.', '2024-06-10');
    const undated = article('undated.txt', 'Last week foreign ministers met in Jakarta to discuss the truce.\nArlandese troops crossed into Sevrin province two days ago.');
    const { file, reports } = run([dated, undated]);
    expect(reports.find((r) => r.name === 'undated.txt')).toMatchObject({ published: '2024-06-17', inferred: true, publishedFrom: 'text', publishedUntil: '2024-06-23' });
    const crossings = file.events.filter((e) => e.kind === 'measure' && e.citations.some((c) => c.source === 'undated.txt'));
    expect(crossings.map((e) => e.date)).toEqual(['2024-06']);
  });

  test('a happening known only to its year is not put on the timeline', () => {
    const { file } = run([article('a.txt', 'Fighting broke out along the border in 2023.', '2024-04-24')]);
    expect(file.events).toEqual([]);
  });

  test('a weekday beside its date in brackets dates one happening, and a clash of the two is reported', () => {
    const { file, reports } = run([article('a.txt', 'Troops clashed on Monday (March 25) near the temple.', '2024-03-29')]);
    expect(file.events.map((e) => e.date)).toEqual(['2024-03-25']);
    const clashed = run([article('b.txt', 'Troops clashed on Tuesday (March 25) near the temple.', '2024-03-29')]).reports[0]!;
    expect(clashed.clashes.map((c) => c.message)).toEqual(['2024-03-25 falls on a Monday, not the Tuesday the text gives; the date was kept']);
    expect(reports[0]!.clashes).toEqual([]);
  });
});

// Articles written for these tests, of no real conflict: a truce's life told over days.
describe('extractEvents codes a truce as an analyst would: one ceasefire with its phases', () => {
  const events = (body: string, published: string) =>
    run([article('truce.txt', body, published)]).file.events.map((e) => [e.date, e.kind, e.status, e.title]);

  test('a truce holding or guns falling silent is the state of the truce reported, not another ceasefire', () => {
    expect(events('A truce between the two armies took effect on Monday. By Tuesday the truce was holding, and the guns fell silent along the ridge.', '2031-05-07')).toEqual([
      ['2031-05-05', 'ceasefire', 'occurred', 'Ceasefire takes effect'],
    ]);
  });

  test('a truce agreed to is agreed, on the day given, and a truce run until a day is not dated by it', () => {
    expect(events('The two commanders agreed to cease fire on Tuesday.', '2031-05-07')).toEqual([['2031-05-06', 'ceasefire', 'occurred', 'Ceasefire agreed']]);
    expect(events('On Monday the truce was extended until June 30.', '2031-05-07')).toEqual([['2031-05-05', 'ceasefire', 'occurred', 'Ceasefire extended']]);
    expect(events('The truce expired on Tuesday night.', '2031-05-07')).toEqual([['2031-05-06', 'ceasefire', 'occurred', 'Ceasefire ends']]);
  });

  test('agreeing to meet plans a meeting and agrees no accord', () => {
    expect(events('The two delegations agreed on Monday to meet again on Friday.', '2031-05-07')).toEqual([['2031-05-09', 'talks', 'scheduled', 'Meeting of delegations planned']]);
  });
});

describe('extractEvents keeps a happening planned for a later time a plan', () => {
  const events = (body: string) => run([article('plan.txt', body, '2031-03-12')]).file.events.map((e) => [e.date, e.kind, e.status]);

  test('a summit named as known and scheduled for later in the month is planned, not held', () => {
    expect(events('Officials in Velmora said the Arland–Borea summit is scheduled for later this month.')).toEqual([['2031-03', 'talks', 'scheduled']]);
    expect(events('Fresh talks on the Kelvask Pass are due later this month, Velmora said.')).toEqual([['2031-03', 'talks', 'scheduled']]);
  });
});

describe('extractEvents dates a postponement by the day it was put off, the plan by its new day', () => {
  const events = (body: string) => run([article('put-off.txt', body, '2031-05-08')]).file.events.map((e) => [e.date, e.kind, e.status, e.title]);

  test('a release put off on a day is news of that day', () => {
    expect(events('The release of the prisoners was put off on Tuesday.')).toEqual([['2031-05-06', 'detention', 'occurred', 'Release of prisoners put off']]);
  });

  test('a day of the month a meeting is put off to lies ahead of the report, and the meeting stays planned', () => {
    // Told on 8 May: 19 May is that month's, not the year before's.
    expect(events('Talks between Arland and Borea in Velmora were postponed to 19 May, Kael Orvan said.')).toEqual([
      ['2031-05-08', 'talks', 'occurred', 'Meeting put off'],
      ['2031-05-19', 'talks', 'scheduled', 'Meeting planned'],
    ]);
  });

  test('a meeting planned for a day and put off until another is put off on the day of the news, and planned for the new day', () => {
    expect(events('The meeting planned for Tuesday was put off until Monday.')).toEqual([
      ['2031-05-08', 'talks', 'occurred', 'Meeting put off'],
      ['2031-05-12', 'talks', 'scheduled', 'Meeting planned'],
    ]);
  });
});

describe('extractEvents keeps one event for one happening told two ways', () => {
  const events = (body: string, published: string) => run([article('one.txt', body, published)]).file.events.map((e) => [e.date, e.kind, e.status]);

  test('talks that reached an agreement are the agreement on that day, not a second meeting', () => {
    expect(events('The envoys\u2019 talks in the river town reached an agreement early on Friday.', '2031-05-09')).toEqual([['2031-05-09', 'ceasefire', 'occurred']]);
  });

  test('a truce agreed is done, though it starts on a day ahead', () => {
    expect(events('The two armies have agreed to a truce beginning at noon on May 12, their commanders said on Friday.', '2031-05-09')).toEqual([['2031-05-12', 'ceasefire', 'occurred']]);
  });

  test('a claim one article makes and another denies is one claimed event citing both', () => {
    const { file } = run([
      article('claim.txt', 'The border police said on Monday that rebel gunners had shelled a village near the river crossing.', '2031-05-13'),
      article('denial.txt', 'The rebels denied on Tuesday that their gunners had shelled any village.', '2031-05-14'),
    ]);
    const shelling = file.events.filter((e) => e.kind === 'strike');
    expect(shelling.map((e) => [e.date, e.status, e.citations.map((c) => c.source)])).toEqual([['2031-05-12', 'claimed', ['claim.txt', 'denial.txt']]]);
  });

  test('a plan put off to a new date and then held is one meeting at the new date, citing all three reports, beside its postponement', () => {
    const { file } = run([
      article('plan.txt', 'The Regional Border Committee will meet on May 14.', '2031-05-05'),
      article('put-off.txt', 'The Regional Border Committee meeting set for Wednesday has been postponed to May 19.', '2031-05-13'),
      article('held.txt', 'The Regional Border Committee met on Monday in the river town.', '2031-05-20'),
    ]);
    expect(file.events.map((e) => [e.date, e.status, e.title, e.citations.map((c) => c.source).sort()])).toEqual([
      ['2031-05-13', 'occurred', 'Meeting of the Regional Border Committee put off', ['put-off.txt']],
      ['2031-05-19', 'occurred', 'Meeting of the Regional Border Committee', ['held.txt', 'plan.txt', 'put-off.txt']],
    ]);
  });
});

describe('extractEvents keeps each side\'s acts of one day apart', () => {
  test('fire one side is named for only by where it came from is that side\'s, apart from the other side\'s, and falls where it hit', () => {
    const body =
      'Borean artillery shelled Arlandese border villages on Monday, killing two farmers. ' +
      'Later on Monday shells fired from the hills of Ondria province hit Borean army posts, the Borean army said.';
    const strikes = run([article('both-fire.txt', body, '2031-05-07')]).file.events.filter((e) => e.kind === 'strike');
    expect(strikes.map((e) => [e.date, e.citations.length])).toEqual([['2031-05-05', 1], ['2031-05-05', 1]]);
    // Ondria is where the shells came from, not where they fell.
    expect(strikes.flatMap((e) => e.places.map((p) => p.name))).not.toContain('Ondria');
  });

  test('one speaker\'s denial and charge in one sentence are two sayings, and a step it takes by a gerund is its own', () => {
    const sayings = run([article('deny.txt', 'Borea denied the charge on Monday and accused Arland of provoking the clash.', '2031-05-07')]).file.events;
    expect(sayings.filter((e) => e.kind === 'accusation').map((e) => e.type).sort()).toEqual(['accusation', 'denial']);
    const steps = run([article('steps.txt', "Arland expelled Borea's ambassador on Monday; Borea responded by closing the Halvane crossing.", '2031-05-07')]).file.events;
    expect(steps.map((e) => e.title).sort()).toEqual(['Border closed by Borea', 'Envoy expelled by Arland']);
  });

  test('a decision and its coming into force on a later day are two events', () => {
    const body =
      "Arland's parliament voted late on Monday to impose martial law for 30 days in two provinces. " +
      'Before the vote, the president told reporters that martial law would take effect from 6 a.m. on Wednesday.';
    const measures = run([article('martial-law.txt', body, '2031-05-06')]).file.events.filter((e) => e.kind === 'measure');
    expect(measures.map((e) => [e.date, e.status])).toEqual([['2031-05-05', 'occurred'], ['2031-05-07', 'scheduled']]);
  });

  test('one article\'s violence of one day at two places of one province is two events', () => {
    const body =
      'Four Arlandese soldiers were killed in an ambush near the Kelvask Pass on Tuesday, the army said. ' +
      'Heavy fighting was also reported on Tuesday around the Vel Amar temple.';
    const fighting = run([article('two-places.txt', body, '2031-05-08')]).file.events.filter((e) => e.kind === 'fighting' || e.kind === 'strike');
    expect(fighting).toHaveLength(2);
  });
});

describe('extractEvents on periods', () => {
  test('makes one event of a spell of fighting over a range of days, which a later report of a day inside it joins', () => {
    const { file } = run([
      article('spell.txt', 'Troops fought from 8 to 10 March around the pass, the ministry said on Wednesday.', '2027-03-11'),
      article('day.txt', 'Soldiers clashed near the pass on 9 March, a spokesman said.', '2027-03-09'),
    ]);
    const fighting = file.events.filter((e) => e.kind === 'fighting');
    expect(fighting.map((e) => [e.date, e.endDate, e.approximate])).toEqual([['2027-03-08', '2027-03-10', false]]);
    expect(new Set(fighting[0]!.citations.map((c) => c.source))).toEqual(new Set(['spell.txt', 'day.txt']));
  });

  test('tells a window a happening lies in from the days it lasted', () => {
    const spanOf = (body: string) => run([article('a.txt', body, '2027-03-11')]).file.events.map((e) => [e.date, e.endDate, e.approximate]);
    expect(spanOf('Guards exchanged fire earlier this week near the pass.')).toEqual([['2027-03-08', '2027-03-10', true]]);
    expect(spanOf('Guards exchanged fire near the pass throughout last week.')).toEqual([['2027-03-01', '2027-03-07', false]]);
  });

  test('dates a saying by its telling, never by a date its words name', () => {
    const body = 'VELMORA — Arlandese troops moved into the Halvane crossing on Thursday. Borea said the move broke the 1994 accord, and urged Velmora\'s neighbours to act. Borea also demanded that Arland pull its troops back by March 30.';
    const sayings = run([article('a.txt', body, '2027-03-13')]).file.events.filter((e) => e.kind === 'statement');
    // The lede's Thursday is the story's day (contextTimes), as if its move were read: not 1994, not March 30.
    expect(sayings.map((e) => e.date)).toEqual(['2027-03-11']);
    expect(sayings[0]!.citations).toHaveLength(2);
  });

  test('dates a recap to the decade it names, never to the day of the article', () => {
    const body = 'VELMORA — Arland accused Borea on Friday of shelling the Halvane crossing. The two sides fought over the crossing in the late 1970s, and the line was never marked.';
    expect(run([article('a.txt', body, '2027-03-13')]).file.events.map((e) => [e.date, e.kind])).toEqual([['2027-03-12', 'accusation']]);
  });
});

describe('extractEvents reads an article pasted with its page furniture as it reads the article', () => {
  // What a maintainer pastes from a news site: menus, bylines, advertisement slots, credits and
  // related headlines around the text (npm run bench:events -- --furnish measures it on real reporting).
  const furnished = (dates?: (a: Article) => PageDates | undefined) =>
    articles.map((a) => ({ ...a, body: furnishArticle(a.name, a.body, dates?.(a)) }));
  const shape = (events: readonly { id: string; date: string; kind: string; status: string; title: string }[]) =>
    events.map(({ id, date, kind, status, title }) => ({ id, date, kind, status, title }));

  test('finds the same events, of the same days, kinds, statuses and titles', () => {
    const pasted = run(furnished());
    expect(pasted.problems).toEqual([]);
    expect(furnished()[0]!.body.length).toBeGreaterThan(articles[0]!.body.length + 100);
    expect(shape(pasted.file.events)).toEqual(shape(file.events));
  });

  test('quotes only the article’s own words, never the furniture', () => {
    const pasted = run(furnished());
    const own = articles.map((a) => a.body).join('\n');
    for (const e of pasted.file.events) for (const c of e.citations) expect(own).toContain(c.quote);
  });

  test('takes the publication day from the page’s stamp, not from the year of its copyright line', () => {
    const stamped = furnished((a) => a.meta.published ? undefined : { published: '2024-04-28', updated: '2024-04-29', copyright: 2026 });
    const pasted = run(stamped);
    expect(pasted.reports.map((r) => [r.name, r.published])).toEqual(reports.map((r) => [r.name, r.published]));
    expect(pasted.reports.find((r) => r.name === 'accord-signed.txt')).toMatchObject({ inferred: false });
  });
});
