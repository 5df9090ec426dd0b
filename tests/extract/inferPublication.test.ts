import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../scripts/lib/extract/sentences/analyseArticle.ts';
import { inferPublication } from '../../scripts/lib/extract/time/inferPublication.ts';
import { parseArticle, type Article } from '../../src/lib/parseArticle.ts';
import { formatProblem } from '../../src/lib/problem.ts';
import { article } from '../helpers/article.ts';
import { invented } from '../helpers/lexicon.ts';

const now = DateTime.fromISO('2026-11-22', { zone: 'UTC+7' });
const infer = (articles: Article[], given = new Map<string, string>(), at = now) =>
  inferPublication(articles.map((a) => analyseArticle(a, invented)), given, at);

describe('inferPublication', () => {
  // 3 March 2024 was a Sunday; so was 3 March 2019 and 2013.
  const pinned = article('pinned.txt', 'Troops clashed on Sunday near the border.\nThe clashes began on March 3 near Ondria.');

  test('fixes the year from a weekday and a date said of the same happening, taking the latest such year', () => {
    // Today within two years of it: a page pasted soon after it appeared.
    const soon = DateTime.fromISO('2025-01-10', { zone: 'UTC+7' });
    expect(infer([pinned], new Map(), soon).publications.get('pinned.txt')).toEqual({ published: '2024-03-03', inferred: true, from: 'text' });
  });

  test.each([
    'Borean guns attacked the Halvane crossing on Wednesday, March 4, Kael Orvan said.',
    'Borean guns attacked the Halvane crossing on Wednesday (March 4), Kael Orvan said.',
    'Borean guns attacked the Halvane crossing on March 4, a Wednesday, Kael Orvan said.',
  ])('fixes the year of a day printed with its own weekday, in a run that prints no day, over a year after it: %j', (body) => {
    // Today is 1 December 2027: 4 March 2027 is a Thursday, 4 March 2026 the latest Wednesday.
    // Without its weekday the day and month has no year to take, and the article is refused.
    const late = DateTime.fromISO('2027-12-01', { zone: 'UTC+7' });
    expect(infer([article('a.txt', body)], new Map(), late).publications.get('a.txt')?.published).toBe('2026-03-04');
    expect(infer([article('a.txt', body.replace(/Wednesday,? |\(|\)|, a Wednesday/g, ''))], new Map(), late).publications.has('a.txt')).toBe(false);
  });

  test('only considers years up to today', () => {
    const then = DateTime.fromISO('2021-01-01', { zone: 'UTC+7' });
    expect(infer([pinned], new Map(), then).publications.get('pinned.txt')?.published).toBe('2019-03-03');
  });

  test('takes no month a recalled date names for the day of a report that pairs no weekday with a date', () => {
    // "in December 2018" only bounds the report from below: alone it would put news told "on
    // Wednesday" in the weeks after a visit recalled from years before.
    const recalled = article('recalled.txt', 'Borean rockets struck the Kelvask Pass base on Wednesday.\nThe base, which the Arland envoy visited in December 2018, was evacuated.');
    const { publications, problems } = infer([recalled]);
    expect(publications.has('recalled.txt')).toBe(false);
    expect(problems.map((p) => p.file)).toEqual(['recalled.txt']);
  });

  test.each([
    // 3 March fell on a Saturday in 2018 and 2012, never since: a run that recalls 2024 of the past
    // is not of either, and the report is refused rather than dated six years off.
    ['2024', undefined],
    // A year before the recalled one is still allowed, a run may span the turn of a year.
    ['2019', '2018-03-03'],
  ])('takes no weekday and date pairing more than a year before the latest year the run recalls (%s)', (year, published) => {
    const other = article('other.txt', `Borean drones struck the Halvane crossing in ${year}.`);
    const undated = article('undated.txt', 'Troops clashed on Saturday near the border.\nThe clashes began on March 3 near Ondria.');
    expect(infer([other, undated]).publications.get('undated.txt')?.published).toBe(published);
  });

  test('pairs a weekday with the day and month another undated report gives the same happening, in a run that prints no day', () => {
    // 3 March fell on a Monday in 2025 and 2014: the clash "on Monday" is the one the other report
    // dates "on March 3", so the report is of 2025, the latest such year up to today.
    const weekday = article('weekday.txt', 'Troops clashed on Monday near the border.');
    const monthDay = article('monthday.txt', 'The clashes began on March 3 near Ondria.');
    const { publications } = infer([weekday, monthDay]);
    expect(publications.get('weekday.txt')).toMatchObject({ published: '2025-03-03', from: 'text' });
    expect(publications.get('monthday.txt')).toMatchObject({ published: '2025-03-03', from: 'latest-happening' });
    // Alone, neither has a year to take.
    expect(infer([weekday]).publications.has('weekday.txt')).toBe(false);
  });

  test('pairs no weekday of an act told done with the day of a decision that says it will be done', () => {
    // 13 March 2024 was a Wednesday, the day of Arland's decision. The afternoon's closing the
    // undated report tells done "on Wednesday" was the Wednesday before its own Sunday, which the
    // dated report's Sunday closing places on the 10th, not the 17th.
    const dated = article('dated.txt', 'Wednesday, March 13, 2024\n\nArland decided on Wednesday that its border with Borea will be closed for a month.\nThe border had already been closed on Sunday after drones were seen over Velmora.');
    const undated = article('undated.txt', 'Arland closed its border with Borea on Sunday after drones were seen over Velmora.\nBorean officials said the border had also been shut on Wednesday for an afternoon, with no warning.');
    expect(infer([dated, undated]).publications.get('undated.txt')).toMatchObject({ published: '2024-03-10' });
  });

  test('still lets a recalled full date narrow the years a weekday and a date allow', () => {
    // 3 March was a Sunday in 2024, 2019 and 2013: the visit recalled "in February 2019" keeps 2019.
    const bounded = article('bounded.txt', 'Troops clashed on Sunday near the border.\nThe clashes began on March 3 near Ondria, which the Arland envoy visited in February 2019.');
    expect(infer([bounded]).publications.get('bounded.txt')?.published).toBe('2019-03-03');
  });

  test('dates a report by the day its lede tells its news on, the weekdays it recaps lying before it', () => {
    // 14 March 2025 was a Friday: the purchase "on Tuesday" is the 11th, recapped, not the 18th.
    const dated = article('dated.txt', "Arland's cabinet approved the purchase of the islands on March 4.", '2025-03-10');
    const lede = article(
      'lede.txt',
      'KELVASK - Borean patrol ships sailed into the waters off the pass on March 14, days after Arland took the islands into state ownership.\n\nArland completed the purchase on Tuesday.\n\nBorea published the baselines of its waters on Monday.',
    );
    expect(infer([dated, lede]).publications.get('lede.txt')).toEqual({ published: '2025-03-14', inferred: true, from: 'text' });
  });

  test.each([
    // 27 December 2016 was a Tuesday. The body's Friday launch, paired with another report's 23
    // December, would put the report on that Friday if the weekdays' spread decided first; the
    // lede's Tuesday is the report's day. A sitting called "for Wednesday" lies ahead, no day gone by.
    "KELVASK - Arland's border guards said on Tuesday they regretted missing the Borean boats that landed a day earlier.\n\nBorea on Friday launched three rockets off its coast.",
    "KELVASK - Arland's border guards said on Tuesday they regretted missing the Borean boats that landed a day earlier.\n\nThe Velmora council called a special sitting for Wednesday.\n\nBorea on Friday launched three rockets off its coast.",
  ])('dates a report on the day of its lede\'s weekday or the day after, before the spread of its recap\'s weekdays: %j', (body) => {
    const stated = article('stated.txt', 'Borea launched three rockets off its coast on December 23.', '2016-12-26');
    expect(infer([stated, article('lede.txt', body)]).publications.get('lede.txt')).toEqual({ published: '2016-12-27', inferred: true, from: 'text' });
  });

  test.each([
    // 5 September 2008 was a Friday: the seizure "a week ago" dates the lede's Friday a week on,
    // whether the lede's weekday pairs with the date (one happening's words) or not.
    ['KELVASK (AP) — Five Velmoran ministers on Friday urged Borea to release an Arland customs officer who was seized by gunmen a week ago.\n\nThe ministers condemned the seizure of the officer on Sept. 5.', '2008-09-12'],
    ['KELVASK (AP) — Five Velmoran ministers on Friday urged Borea to release an Arland customs officer who was seized a week ago.\n\nGunmen seized the officer at the border on Sept. 5.', '2008-09-12'],
    // Nothing counted back, or a count the lede's weekday does not agree with: the date's own Friday.
    ['KELVASK (AP) — Five Velmoran ministers on Friday urged Borea to release an Arland customs officer who was seized by gunmen.\n\nThe ministers condemned the seizure of the officer on Sept. 5.', '2008-09-05'],
    ['KELVASK (AP) — Five Velmoran ministers on Friday urged Borea to release an Arland customs officer who was seized by gunmen three days ago.\n\nThe ministers condemned the seizure of the officer on Sept. 5.', '2008-09-05'],
  ])('dates a report a week after its latest date when it counts a week back to it and its lede\'s weekday agrees: %j', (body, published) => {
    const stated = article('stated.txt', 'Gunmen seized an Arland customs officer at the Halvane crossing on Sept. 5.', '2008-09-06');
    expect(infer([stated, article('ago.txt', body)]).publications.get('ago.txt')?.published).toBe(published);
  });

  test('dates a report whose opening sets its news a day after older news no earlier than a day after the weekday it names', () => {
    // 15 November 2030 is a Friday: the move "on Friday" is the older news, the shelling a day on.
    const stated = article('stated.txt', 'Arland sent troops into the Kelvask Pass on Friday, its army said.', '2030-11-15');
    const after = article(
      'after.txt',
      'VELMORA - Borean fighters shelled Arlandese posts along the wall, a day after Arland sent troops into the Kelvask Pass.\n\nThe Arland army said on Friday it had sent troops into the pass without loss.',
    );
    expect(infer([stated, after], new Map(), DateTime.fromISO('2031-01-01', { zone: 'UTC' })).publications.get('after.txt')?.published).toBe('2030-11-16');
  });

  test('takes a weekday a plan starts from for a day ahead, not a late day gone by', () => {
    // 14 November 2030 is a Thursday: the frontier to shut "from Thursday night" is that night or later.
    const stated = article('stated.txt', 'Borean drones crossed into Arland on Wednesday.', '2030-11-13');
    const plan = article(
      'plan.txt',
      'Arland closes air space along its eastern frontier\n\nThe army announced the closure on Thursday. Borean drones crossed into Arland on the night of Tuesday into Wednesday. Arland intends to shut its whole frontier with Borea from Thursday night, citing the drills.',
    );
    expect(infer([stated, plan], new Map(), DateTime.fromISO('2031-01-01', { zone: 'UTC' })).publications.get('plan.txt')?.published).toBe('2030-11-14');
  });

  test('reads no year for a lede\'s date in a run that prints no day', () => {
    const lede = article('lede.txt', 'KELVASK - Borean patrol ships sailed into the waters off the pass on March 14.\n\nArland completed the purchase on Tuesday.');
    expect(infer([lede]).publications.has('lede.txt')).toBe(false);
  });

  test('dates a report that gives its story an age that long after the first day it dates, in the week its weekdays name', () => {
    // 9 February 2025 was a Sunday: the third week begins on the 23rd, a Sunday, whose deadline
    // the lede names; the call "on Saturday" is the 22nd. The weekday a span ends on ("until
    // Tuesday") is no day the report looks back on.
    const dated = article('dated.txt', 'Arlandese police sealed off the village of Kelvask Pass.', '2025-03-01');
    const aged = article(
      'aged.txt',
      'KELVASK PASS: Sunday is the last day Arland has given the armed Borean group in the village to leave.\n\nBorea had wanted four more days, until Tuesday.\n\nOn Saturday the group\'s leader telephoned the Borean foreign ministry.\n\nThe men landed at Kelvask Pass on Feb 9.\n\nThe stand-off has now entered its third week.',
    );
    expect(infer([dated, aged]).publications.get('aged.txt')).toEqual({ published: '2025-02-23', inferred: true, from: 'text' });
  });

  test('dates a report whose news ends a story of so many days on its last day, from the first day it recalls', () => {
    // 3 May 2024 was a Friday; the ninth day of a stand-off begun then is Saturday 11 May, the day
    // "on Saturday" names. Paired with the run's other report alone, it fell a week earlier.
    const dated = article('dated.txt', 'Borean troops detained the Arlandese crew on Friday. Lena Ferrin demanded their release.', '2024-05-04');
    const undated = article(
      'undated.txt',
      'Borea sent the Arlandese crew home on Saturday, ending a 9-day stand-off at sea.\n\nThe crew was detained on May 3 near the Halvane crossing.\n\nLena Ferrin welcomed the release.',
    );
    expect(infer([dated, undated]).publications.get('undated.txt')?.published).toBe('2024-05-11');
  });

  test('counts the weeks or months the opening says its news came after a recalled day and month, not the first week after it', () => {
    // 19 March 2024 was a Tuesday; three months on is Wednesday 19 June, and the first Monday from
    // there the 24th. Read from the recalled day alone, "on Monday" would be 25 March.
    const dated = article('dated.txt', 'Borean troops shelled Velmora on Sunday.', '2024-06-10');
    const undated = article(
      'undated.txt',
      'Arland has reopened the Kelvask crossing into Borea, three months after clashes closed it.\n\nThe crossing was closed on March 19, when Arland vowed to secure the border.\n\nAt a press conference at the crossing on Monday, the Arlandese interior minister said the reopening would help traders.',
    );
    expect(infer([dated, undated]).publications.get('undated.txt')?.published).toBe('2024-06-24');
  });

  test('puts a date with its weekday that no happening takes ahead of the report when its words look ahead', () => {
    // 13 October 2023 was a Friday: the report that says the market "would open" then was written
    // in the week before it, on the Wednesday it names, not on the Wednesday after.
    const dated = article('dated.txt', 'Borean troops shelled Velmora on Sunday.', '2023-10-01');
    const undated = article(
      'undated.txt',
      'Arland partly reopened the Halvane crossing on Wednesday for trade alone.\n\nKael Orvan said the market at Velmora would be open again on Friday, Oct. 13, for registered traders only.',
    );
    expect(infer([dated, undated]).publications.get('undated.txt')?.published).toBe('2023-10-11');
  });

  test('lets a date printed with its weekday outweigh weekdays paired with another report of the run', () => {
    // 15 December 2023 was a Friday. Three "on Tuesday" closings pair with the dated report's
    // Tuesday, 14 November; the report's own "Friday, December 15", ahead of it, puts it in the week before.
    const dated = article('dated.txt', 'Arland closed the Halvane crossing on Tuesday.', '2023-11-20');
    const undated = article(
      'undated.txt',
      'Arland reopened the Halvane crossing on Thursday.\n\nArland closed the Halvane crossing on Tuesday, Kael Orvan said.\n\nArland closed the Halvane crossing on Tuesday to stop the traders, Ana Ruiz said.\n\nArland closed the Halvane crossing on Tuesday, Borea said.\n\nThe crossing will shut again at 8 p.m. on Friday, December 15, Lena Ferrin said.',
    );
    expect(infer([dated, undated]).publications.get('undated.txt')?.published).toBe('2023-12-14');
  });

  test('does not put a report a week on for weekdays before its first possible day that fall on days the text itself dates', () => {
    // 6 April 2016 was a Wednesday. The Monday and Tuesday the report names are the 4th and 5th it
    // dates itself, before the Wednesday that opens its week: no reason to take the Tuesday after.
    const dated = article('dated.txt', 'Borea shelled Velmora on Saturday.', '2016-04-03');
    const undated = article(
      'undated.txt',
      'Kael Orvan spoke to reporters at Velmora on Wednesday, April 6.\n\nThe fighting went on through April 4 at the Kelvask Pass.\n\nOn Monday, Borea shelled Ondria.\n\nBorea said on Tuesday that its guns had fallen silent on April 5.',
    );
    expect(infer([dated, undated]).publications.get('undated.txt')?.published).toBe('2016-04-06');
  });

  test.each([
    // 11 March 2024 was a Monday: "on Monday" in a report whose latest date is that Monday names the
    // day itself, not the Monday a week before or after.
    ['11 March 2024', '2024-03-11'],
    // 8 March 2024 was a Friday: the first Monday after it is the 11th, on which the report appeared.
    ['8 March 2024', '2024-03-11'],
  ])('takes a bare weekday for the day of publication itself when it is the first day the text allows (%s)', (day, published) => {
    const undated = article('undated.txt', `Arland shut the Halvane crossing on ${day}.\n\nBorean guns shelled the Kelvask Pass on Monday, hours before a briefing by Tan Weiro in Velmora.`);
    expect(infer([undated]).publications.get('undated.txt')).toEqual({ published, inferred: true, from: 'text' });
  });

  test('dates a report whose opening ends a story of a length on its last day, counted from the first day it recalls', () => {
    // 4 May 2024 was a Saturday; the 13th day from it is Thursday 16 May, the Thursday the lede
    // names. Read from the recalled day alone, "on Thursday" would be 9 May.
    const dated = article('dated.txt', 'Borean troops shelled Velmora on Sunday.', '2024-05-05');
    const undated = article(
      'undated.txt',
      'Ondria sent the Borean trawler crews home on Thursday, ending a 13-day stand-off over the fishing grounds.\n\nThe trawlers were seized on May 4 near the Halvane crossing.\n\nKael Orvan welcomed the release.',
    );
    expect(infer([dated, undated]).publications.get('undated.txt')?.published).toBe('2024-05-16');
  });

  test('counts the weeks a report says, in the present, it has been since a recalled day and month, wherever it says so', () => {
    // 27 February 2020 was a Thursday; a week on is Thursday 5 March, and the Friday the report
    // names falls on the 6th. Read from the recalled day alone, it was the 28th of February.
    const dated = article('dated.txt', 'Borean troops shelled Velmora on Sunday.', '2020-03-01');
    const undated = article(
      'undated.txt',
      'On Friday Arland closed the Halvane crossing to Borean trucks.\n\nHundreds of drivers waited at the crossing.\n\nTraders complained to the Arlandese government.\n\nIt is more than a week since Borea opened its side of the crossing on February 27.',
    );
    expect(infer([dated, undated]).publications.get('undated.txt')?.published).toBe('2020-03-06');
  });

  test('counts the weeks the opening says its news came after the latest day and month the text recalls of anything, in a dated run', () => {
    // 20 May 2024 was a Monday; two weeks on is Monday 3 June, the day the lede's "on Monday" names.
    // The visits the day and month recall are no happening the lexicon reads: the count still
    // runs from it, where the recalled day alone put the report on 20 May.
    const dated = article('dated.txt', 'Borean troops shelled Velmora on Sunday.', '2024-06-10');
    const undated = article(
      'undated.txt',
      'Arland told Borea on Monday to keep its boats off the island, two weeks after hundreds of Borean pilgrims toured it.\n\nMost of those who toured it from May 20 onwards have since gone home.',
    );
    expect(infer([dated, undated]).publications.get('undated.txt')).toEqual({ published: '2024-06-03', inferred: true, from: 'text' });
  });

  test('bounds an undated report by the first day after its own dates that another report gives its undated news', () => {
    // Two reports date a deployment, on Tuesday 16 and Saturday 20 September 2025: the undated
    // report's deployment may be the first, and its "on Tuesday" then is the 16th, not the 23rd.
    const first = article('first.txt', 'Borea deployed two patrol ships to the strait on Tuesday.', '2025-09-16');
    const later = article('later.txt', 'Borea deployed six more patrol ships to the strait on Saturday.', '2025-09-21');
    const undated = article(
      'undated.txt',
      'Arland sealed its purchase of the islands on Tuesday.\n\nBorea deployed two patrol ships to the strait, its coast guard said.\n\nBorean troops clashed with Arlandese activists on the islands on August 15.',
    );
    expect(infer([first, later, undated]).publications.get('undated.txt')?.published).toBe('2025-09-16');
  });

  test('pins an article through a happening another article dates', () => {
    const dated = article('dated.txt', 'Foreign ministers will meet on June 14 in Jakarta.', '2024-06-10');
    const undated = article('undated.txt', 'Foreign ministers met on Friday to discuss the truce.');
    // 14 June 2024 was a Friday: the undated report of the meeting appeared that day or soon after.
    expect(infer([dated, undated]).publications.get('undated.txt')).toEqual({ published: '2024-06-14', inferred: true, from: 'text' });
  });

  test('pairs a report floored by a recalled day and month with the run\'s undated news within a season, not with the first week after that day', () => {
    // 5 February 2024 was a Monday: read from the recalled reopening alone, "on Tuesday" would be
    // the 6th, five weeks before the closing another report tells on Wednesday 13 March.
    const dated = article('dated.txt', 'Borea closed the Halvane crossing to Arlandese trucks, officials said.', '2024-03-13');
    const undated = article('undated.txt', 'Borea closed the Halvane crossing on Tuesday.\nThe crossing had reopened on 5 February after talks.');
    expect(infer([dated, undated]).publications.get('undated.txt')).toEqual({ published: '2024-03-12', inferred: true, from: 'text' });
  });

  test('takes no saying by one speaker for a saying by another on the same weekday', () => {
    // 10 March 2024 was a Sunday, and so was 3 March 2024.
    const dated = article('dated.txt', "Arland's foreign minister said on Sunday that the talks would resume.", '2024-03-10');
    const undated = article('undated.txt', 'A Borean official said on Sunday that the talks would resume.\nTroops clashed on Sunday near the Kelvask Pass.\nThe clashes began on March 3 near the pass.');
    const published = inferPublication([dated, undated].map((a) => analyseArticle(a, invented)), new Map(), now).publications.get('undated.txt');
    expect(published).toEqual({ published: '2024-03-03', inferred: true, from: 'text' });
  });

  test.each([
    // 14 June 2024 was a Friday: "last week" is the week of Monday 17 June, "earlier this week" the rest of the week of the 14th.
    // Nothing says which day of that stretch: its first is taken, and its last kept (`until`).
    ['Last week foreign ministers met in Jakarta to discuss the truce.', '2024-06-17', '2024-06-23'],
    ['Earlier this week foreign ministers met in Jakarta to discuss the truce.', '2024-06-14', '2024-06-16'],
  ])('pins an article through a happening another article dates, told of a week: %j', (text, published, until) => {
    const dated = article('dated.txt', 'Foreign ministers will meet on June 14 in Jakarta.', '2024-06-10');
    expect(infer([dated, article('undated.txt', text)]).publications.get('undated.txt')).toEqual({ published, inferred: true, from: 'text', until });
  });

  test('takes no week told of a happening that no other article dates', () => {
    const dated = article('dated.txt', 'Foreign ministers will meet on June 14 in Jakarta.', '2024-06-10');
    const undated = article('undated.txt', 'Last week troops clashed near the Kelvask Pass.');
    expect(infer([dated, undated]).publications.get('undated.txt')).toBeUndefined();
  });

  test('pins no article on another\'s day only because another speaker said something on the same weekday', () => {
    // 10 March 2024 was a Sunday. Somebody says something most days.
    const dated = article('dated.txt', "Arland's foreign minister said on Sunday that the talks would resume.", '2024-03-10');
    const undated = article('undated.txt', 'A Borean official said on Sunday that the talks would resume.');
    const published = inferPublication([dated, undated].map((a) => analyseArticle(a, invented)), new Map(), now).publications.get('undated.txt');
    expect(published?.published).not.toBe('2024-03-10');
  });

  describe('reads the day of the front matter url when the page prints none with its year', () => {
    const withUrl = (body: string) => article('paged.md', `---\nurl: https://example.org/world/2024/03/14/river-clash\n---\n${body}`);
    test.each([
      ['no stamp at all', 'Troops clashed on Thursday near the river.', { published: '2024-03-14', inferred: false, from: 'url' }],
      ['a wire dateline without its year', 'PORT VELLA, March 14 (RW) - Troops clashed on Thursday near the river.', { published: '2024-03-14', inferred: false, from: 'url' }],
      ['a stamp with its year, which wins', 'Updated 15 March 2024\n\nTroops clashed on Thursday near the river.', { published: '2024-03-15', inferred: false, from: 'updated-line' }],
    ])('%s', (_, body, expected) => {
      expect(infer([withUrl(body)]).publications.get('paged.md')).toEqual(expected);
    });
  });

  test('pins an article through a happening another article dates "today"', () => {
    // 3 March 2026 was a Tuesday.
    const stated = article('stated.txt', 'The ceasefire took effect at noon today along the river.', '2026-03-03');
    const undated = article('undated.txt', 'The ceasefire took effect at noon on Tuesday, but guards on both banks kept firing.');
    expect(infer([stated, undated]).publications.get('undated.txt')).toEqual({ published: '2026-03-03', inferred: true, from: 'text' });
  });

  test("pins an article through a taking of people that one side calls an abduction and the other an arrest", () => {
    const dated = article('dated.txt', 'Police detained two border guards on June 14, the interior ministry said.', '2023-06-16');
    const undated = article('undated.txt', 'Soldiers abducted two border guards on Wednesday, the government said.');
    // 14 June 2023 was a Wednesday; the report appeared in the week from it.
    expect(infer([dated, undated]).publications.get('undated.txt')).toEqual({ published: '2023-06-14', inferred: true, from: 'text', until: '2023-06-20' });
  });

  test('pins an article, when nothing else does, through a capture another report tells by the violence that made it', () => {
    const dated = article('dated.txt', 'Coast guards captured two patrol boats and their crews on Nov. 25.', '2018-11-27');
    const undated = article('undated.txt', 'Coast guard ships opened fire on two patrol boats on Sunday.');
    // 25 November 2018 was a Sunday.
    expect(infer([dated, undated]).publications.get('undated.txt')).toEqual({ published: '2018-11-25', inferred: true, from: 'text' });
  });

  test('pins an article that states no day of its own through a happening another report tells undated as its news', () => {
    // 12 March 2024 was a Tuesday: the dated report tells the closing undated, so of its day or the one before.
    const dated = article('dated.txt', 'Borea closed the Halvane crossing to Arlandese trucks, officials said.', '2024-03-13');
    const undated = article('undated.txt', 'Borea closed the Halvane crossing on Tuesday, stranding hundreds of drivers.');
    expect(infer([dated, undated]).publications.get('undated.txt')).toEqual({ published: '2024-03-12', inferred: true, from: 'text' });
  });

  describe('an article dated by weekdays alone, beside a dated report that tells its news', () => {
    // 13 March 2024 was a Wednesday; the 15th a Friday, the 17th a Sunday.
    const dated = article('dated.txt', 'Borea closed the Halvane crossing to Arlandese trucks, officials said.', '2024-03-13');

    test('is placed in the days just after that report, where its weekday falls', () => {
      const undated = article('undated.txt', 'Borea closed the Halvane crossing to Arlandese buses as well on Friday.');
      expect(infer([dated, undated]).publications.get('undated.txt')).toEqual({ published: '2024-03-15', inferred: true, from: 'text' });
    });

    test('is left undated when its weekday falls further on: it may as well come before that report', () => {
      const undated = article('undated.txt', 'Borea closed the Halvane crossing to Arlandese buses as well on Sunday.');
      expect(infer([dated, undated]).publications.get('undated.txt')).toBeUndefined();
    });

    test('is placed beside a report that tells the same strike, one side\'s act and no round of fighting', () => {
      const struck = article('struck.txt', 'Borean jets carried out a strike on a fuel depot near the Kelvask Pass, officials said.', '2024-03-13');
      const undated = article('undated.txt', 'Borea said its jets had carried out a strike on a fuel depot near the Kelvask Pass.\n\nIn a statement on Thursday, the Borean defence ministry said the depot supplied Arlandese troops.');
      // 14 March 2024 was a Thursday, the day after the dated report.
      expect(infer([struck, undated]).publications.get('undated.txt')).toEqual({ published: '2024-03-14', inferred: true, from: 'text' });
    });

    test('is left undated when the dated report dates its strikes itself, as older news of a campaign', () => {
      const recap = article('recap.txt', 'Borea condemned the attacks.\n\nArlandese jets carried out a strike on Velmora in January and another in February.', '2024-03-13');
      const undated = article('undated.txt', 'Arlandese jets carried out a strike on Velmora on Thursday, killing four people.');
      expect(infer([recap, undated]).publications.get('undated.txt')).toBeUndefined();
    });

    test('is left undated when the news it shares is fighting, which goes on for days', () => {
      const fought = article('fought.txt', 'Arlandese and Borean troops clashed near the Halvane crossing, officials said.', '2024-03-13');
      const undated = article('undated.txt', 'Arlandese and Borean troops clashed near the Halvane crossing on Friday.');
      expect(infer([fought, undated]).publications.get('undated.txt')).toBeUndefined();
    });
  });

  test('reads a day and month told of the past in a year not after the run, though the next lies nearer', () => {
    // 26 March 2011 lies nearer 24 November 2010 than 26 March 2010 does; a report tells what came before it.
    const dated = article('dated.txt', 'Arland and Borea agreed to hold talks.', '2010-11-24');
    const undated = article('undated.txt', 'Troops clashed near the Kelvask Pass on March 26.');
    expect(infer([dated, undated]).publications.get('undated.txt')).toMatchObject({ published: '2010-03-26', from: 'latest-happening' });
  });

  test('pairs no plan with what another report tells undated as done: plans slip', () => {
    const dated = article('dated.txt', 'Borea closed the Halvane crossing to Arlandese trucks, officials said.', '2024-03-13');
    const undated = article('undated.txt', 'Borea will close the Halvane crossing on Tuesday, officials said.');
    expect(infer([dated, undated]).publications.get('undated.txt')).toBeUndefined();
  });

  test('takes no undated news of another report over what an article dates itself', () => {
    const dated = article('dated.txt', 'Borea closed the Halvane crossing to Arlandese trucks, officials said.', '2024-03-13');
    // 5 September, the year nearest the run, bounds the report: the crossing it closed "on Tuesday" is another closing.
    const undated = article('undated.txt', 'Borea closed the Halvane crossing on Tuesday.\nThe crossing had reopened on 5 September after talks.');
    expect(infer([dated, undated]).publications.get('undated.txt')?.published).not.toBe('2024-03-12');
  });

  test('pairs an article bounded only by its yearless dates with another report\'s undated news, not before the bound', () => {
    // 12 March 2024 was a Tuesday; 4 March is the article's own bound, in the run's year.
    const dated = article('dated.txt', 'Borea closed the Halvane crossing to Arlandese trucks, officials said.', '2024-03-13');
    const undated = article('undated.txt', 'Hundreds of drivers have waited at the Halvane crossing since 4 March.\nBorea closed the Halvane crossing on Tuesday, stranding more drivers.');
    expect(infer([dated, undated]).publications.get('undated.txt')).toEqual({ published: '2024-03-12', inferred: true, from: 'text' });
    // A closing another report tells before the bound is another closing: the bound stands.
    const earlier = article('dated.txt', 'Borea closed the Halvane crossing to Arlandese trucks, officials said.', '2024-02-28');
    expect(infer([earlier, undated]).publications.get('undated.txt')).toEqual({ published: '2024-03-04', inferred: true, from: 'latest-happening', floorOnly: true });
  });

  test('pairs no article with a happening another report dates before a day and month the article tells of in the past', () => {
    // 14 June 2024 was a Friday; the undated report tells of shelling on 20 June (read in the run's year) as
    // past, so it appeared after it, and its Friday's meeting is a later one.
    const dated = article('dated.txt', 'Foreign ministers will meet on June 14 in Jakarta.', '2024-06-10');
    const undated = article('undated.txt', 'Foreign ministers met on Friday to discuss the truce.\nBorea shelled villages in Ondria on June 20.');
    const published = infer([dated, undated]).publications.get('undated.txt')?.published;
    expect(published! >= '2024-06-20').toBe(true);
    // Told of no day after it, the pairing stands.
    const plain = article('undated.txt', 'Foreign ministers met on Friday to discuss the truce.\nBorea shelled villages in Ondria.');
    expect(infer([dated, plain]).publications.get('undated.txt')?.published).toBe('2024-06-14');
  });

  test('pairs "last Wednesday" with the day another report gives the same happening', () => {
    // 27 November 2024 was a Wednesday: "last Wednesday" puts the report in the week after it, not on it.
    const dated = article('dated.txt', 'A ceasefire between Arland and Borea took effect on Wednesday.', '2024-11-27');
    const undated = article('undated.txt', 'Borean drones struck a village near the Kelvask Pass on Tuesday.\nThe ceasefire between Arland and Borea took effect last Wednesday.');
    const published = infer([dated, undated]).publications.get('undated.txt');
    expect(published).toMatchObject({ inferred: true, from: 'text' });
    expect(published!.published >= '2024-11-28' && published!.published <= '2024-12-04').toBe(true);
  });

  test('pins an article through deaths that another report dates as the harm of a strike', () => {
    // 13 March 2024 was a Wednesday.
    const dated = article('dated.txt', 'Borean artillery shelled a village near the Kelvask Pass on Wednesday.', '2024-03-13');
    const undated = article('undated.txt', 'Nine people were killed on Wednesday in a village near the Kelvask Pass.');
    expect(infer([dated, undated]).publications.get('undated.txt')).toMatchObject({ published: '2024-03-13', inferred: true, from: 'text' });
  });

  test('dates a report on the day its weekdays cluster before, not a week after the one it is pinned by', () => {
    const dated = article('dated.txt', 'Police detained two border guards on June 14, the interior ministry said.', '2023-06-16');
    const undated = article(
      'undated.txt',
      'The row grew on Thursday as the crossing was closed to trucks.\nIt began on Tuesday, when police arrested a smuggler.\nOn Wednesday, soldiers abducted two border guards.',
    );
    // Pinned to Wednesday 14 June 2023; "on Tuesday" is the 13th and "on Thursday" the 15th, the
    // day of the report, not Tuesday the 20th.
    expect(infer([dated, undated]).publications.get('undated.txt')?.published).toBe('2023-06-15');
  });

  test('dates a report on the day its lede tells of, not on a later day its recapped weekdays cluster before as closely', () => {
    // 10 December 2022 was a Saturday. The lede's Sunday is the 11th; the weekdays the article
    // names cluster as closely before any day up to the 16th, and the lede's news is the nearest on the 11th.
    const dated = article('dated.txt', 'Arlandese police arrested a Borean officer at the Halvane crossing on December 10.', '2022-12-12');
    const undated = article(
      'undated.txt',
      'Ondria was tense on Sunday, with lorries blocking its roads.\nArlandese police arrested a Borean officer at the Halvane crossing on Saturday.\nOn Tuesday, Borean villagers attacked a police post, and on Thursday Arlandese troops shelled the village.',
    );
    expect(infer([dated, undated]).publications.get('undated.txt')?.published).toBe('2022-12-11');
  });

  test.each([
    ['Foreign ministers met on Friday to discuss the truce.', '2024-06-14'],
    ['Foreign ministers met on Friday morning to discuss the truce.', '2024-06-14'],
    // The afternoon is no end of the day: a report naming it was mostly filed that evening.
    ['Foreign ministers met on Friday afternoon to discuss the truce.', '2024-06-14'],
    // Told late in the day, the meeting was mostly over when the report was written: it appeared the next day.
    ['Foreign ministers met on Friday evening to discuss the truce.', '2024-06-15'],
    ['Foreign ministers met late on Friday to discuss the truce.', '2024-06-15'],
    ['Foreign ministers met on Friday to discuss the truce, and on Friday night Borea shelled the Kelvask Pass.', '2024-06-15'],
    // The evening of an earlier day says nothing of the report's own.
    ['Borea shelled the Kelvask Pass on Thursday night. Foreign ministers met on Friday to discuss the truce.', '2024-06-14'],
  ])('dates a report that tells of the evening of its latest day on the day after: %j', (body, published) => {
    // 14 June 2024 was a Friday.
    const dated = article('dated.txt', 'Foreign ministers will meet on June 14 in Velmora.', '2024-06-10');
    expect(infer([dated, article('undated.txt', body)]).publications.get('undated.txt')?.published).toBe(published);
  });

  describe('dates a report that tells its news by weekdays only, beside a day and month ahead, in the week before that day', () => {
    // 20 June 2024 was a Thursday.
    const undated = article('undated.txt', 'Lorries began crossing the Kelvask Pass again on Thursday, after Arland and Borea agreed on Wednesday to reopen it.\nIt is to open fully to trade from June 20.');
    test('in the year of the run\'s printed days, on the day its weekdays cluster before', () => {
      const dated = article('dated.txt', 'Arland closed the Kelvask Pass crossing on March 19.', '2024-03-19');
      expect(infer([dated, undated]).publications.get('undated.txt')).toEqual({ published: '2024-06-13', inferred: true, from: 'text' });
    });
    test('not in a run that prints no day, nor without a weekday of the past', () => {
      expect(infer([undated]).publications.has('undated.txt')).toBe(false);
      const dated = article('dated.txt', 'Arland closed the Kelvask Pass crossing on March 19.', '2024-03-19');
      const plain = article('plain.txt', 'The Kelvask Pass crossing is to open fully to trade from June 20.');
      expect(infer([dated, plain]).publications.has('plain.txt')).toBe(false);
    });
  });

  test('dates a report whose lede dates its news by day and month near that day, not on the next day of a weekday its body recaps', () => {
    // 14 June 2024 was a Friday, 11 June a Tuesday: the lede's news is of the 14th, and the
    // Tuesday the body recaps is the one before it, not the 18th.
    const dated = article('dated.txt', 'Arland closed the Kelvask Pass crossing on June 3.', '2024-06-04');
    const body = 'Borean gunboats sailed into the waters off the Kelvask Pass on June 14, days after Arland bought the islands.\nThe quarrel flared anew on Tuesday, when Arland signed the deal.';
    expect(infer([dated, article('undated.txt', body)]).publications.get('undated.txt')?.published).toBe('2024-06-14');
    // Without a word that its news follows older news, the weekday may be later news (see below).
    const plain = 'Borean gunboats sailed into the waters off the Kelvask Pass on June 14.\nThe quarrel flared anew on Tuesday, when Arland signed the deal.';
    expect(infer([dated, article('undated.txt', plain)]).publications.get('undated.txt')?.published).toBe('2024-06-18');
    // A lede dated long before names no news day: the recapped weekday places the report as before.
    const old = 'Borean gunboats sailed into the waters off the Kelvask Pass on May 2, and stayed.\nThe quarrel flared anew on Tuesday, when Arland signed the deal.';
    expect(infer([dated, article('undated.txt', old)]).publications.get('undated.txt')?.published).not.toBe('2024-05-02');
  });

  test('counts the lede\'s weekday among those the report\'s day clusters after, though a noun tells its happening', () => {
    // 13 June 2024 was a Thursday. The lede's attack "on Thursday" has no tense; the recall "on
    // Friday" is the 14th, and the report of both appeared then, not on Thursday the 20th.
    const dated = article('dated.txt', 'Borean rebels attacked Velmora on June 13, and on June 14 Arland recalled its ambassador from Borea.', '2024-06-15');
    const undated = article('undated.txt', 'Arland has cut its ties with Borea after its troops drove back a rebel attack on Velmora on Thursday.\nOn Friday, Arland recalled its ambassador from Borea.');
    expect(infer([dated, undated]).publications.get('undated.txt')?.published).toBe('2024-06-14');
  });

  test('pairs violence told of "last week" only with a clash another report names alike, not with any later one', () => {
    // 4 June 2024 was a Tuesday, 11 June the next. "Last week's ambush" is the one of the 4th: the
    // report is of the week of the 10th, its Wednesday the 12th; the raid of the 11th, another
    // clash, would put it a week later.
    const ambush = article('ambush.txt', 'Twenty Arlandese soldiers died in an ambush on June 4.', '2024-06-05');
    const raid = article('raid.txt', 'Arlandese troops raided rebel camps in the Kelvask hills on June 11.', '2024-06-12');
    const undated = article('undated.txt', 'Borea on Wednesday rejected reports that Arlandese troops had crossed its border.\nThe rebels are blamed for last week\'s ambush.');
    expect(infer([ambush, raid, undated]).publications.get('undated.txt')?.published).toBe('2024-06-12');
  });

  test('takes the lede\'s weekday as its news day when no word marks its tense, so long as none marks it ahead', () => {
    // As above, with a lede whose verb ("held") is no sure past: a weekday a lede tells without a
    // mark of the future is its news, of the day it appeared or the days before.
    const dated = article('dated.txt', 'Arlandese police arrested a Borean officer at the Halvane crossing on December 10.', '2022-12-12');
    const recap = '\nArlandese police arrested a Borean officer at the Halvane crossing on Saturday.\nOn Tuesday, Borean villagers attacked a police post, and on Thursday Arlandese troops shelled the village.';
    expect(infer([dated, article('undated.txt', `An uneasy calm held in Ondria on Sunday.${recap}`)]).publications.get('undated.txt')?.published).toBe('2022-12-11');
    expect(infer([dated, article('undated.txt', `Talks will open in Ondria on Sunday.${recap}`)]).publications.get('undated.txt')?.published).not.toBe('2022-12-11');
  });

  test('a weekday said of the future places the article before it', () => {
    const dated = article('dated.txt', 'The summit of defence ministers is scheduled for June 15.', '2024-06-10');
    const undated = article('undated.txt', 'Defence ministers will meet on Saturday.\nTalks between officers began on Wednesday.');
    // 15 June 2024 was a Saturday, so the article appeared in the six days before it.
    const published = infer([dated, undated]).publications.get('undated.txt')?.published;
    expect(published! >= '2024-06-09' && published! <= '2024-06-14').toBe(true);
  });

  test('takes the latest happening dated in full, said in the past, as a lower bound when nothing better is said', () => {
    const text = 'The accord was signed on 26 February 2024 in Velmora.\nFighting broke out on 8 March 2024.\nTalks will resume on 3 April 2024.';
    expect(infer([article('a.txt', text)]).publications.get('a.txt')).toEqual({ published: '2024-03-08', inferred: true, from: 'latest-happening' });
  });

  test.each([
    ['ARLANDIA CITY, March 3 (Reuters) - Arlandese and Borean troops clashed near the border.', '2026-03-03', true, 'dateline'],
    ['VELMORA, 14 April — Borea accused Arland of shelling villages.', '2026-04-14', true, 'dateline'],
    ['ONDRIA, Arland, Feb. 7, 2024 (AP) — Shelling resumed overnight.', '2024-02-07', false, 'dateline'],
    ['Border clashes resume\nUpdated: 14:32, 3 March 2026\nTroops clashed again on Monday.', '2026-03-03', false, 'updated-line'],
    ['Border clashes resume\nPublished on Nov. 2, 2026 08:00 AM\nTroops clashed again.', '2026-11-02', false, 'updated-line'],
    ['Velmora, 3 March 2026 (Wire) - Ministers met on the border dispute.', '2026-03-03', false, 'dateline'],
    ['Port Vella, April 19, 2024 (Wire) - The two sides are expected to sign an accord.', '2024-04-19', false, 'dateline'],
    ['Talks end\n2015.08.25 09:01\nThe delegations came to an agreement.', '2015-08-25', false, 'dateline'],
    ['Crossing reopens\nWednesday, October 18, 2023 | 10:15\nThe crossing was opened to traffic.', '2023-10-18', false, 'dateline'],
    ['Oct. 9 -- The two sides signed a truce in the capital on Thursday.', '2026-10-09', true, 'dateline'],
    ['March 3, 2024 — Troops clashed on the ridge overnight.', '2024-03-03', false, 'dateline'],
    ['Oct. 9 (Xinhua) -- The two sides signed a truce in the capital on Thursday.', '2026-10-09', true, 'dateline'],
    // An agency in brackets and no dash after it; a place in capitals and a day closed by a full
    // stop; a weekday before the day and a plain hyphen.
    ['Port Vella, Mar 20 (Wire) Officials say mortar rounds struck a granary on Wednesday night.', '2026-03-20', true, 'dateline'],
    ['NORTH RIDGE, 18 Apr. The two armies traded fire across the ridge.', '2026-04-18', true, 'dateline'],
    ['Arland and Borea clash\n\nThursday March 7, 2024 - Troops crossed the river again.', '2024-03-07', false, 'dateline'],
    // A day with its ordinal; a stamp that says the story was written.
    ['Envoys meet\nFebruary 17th, 2024\nThe envoys met on Saturday.', '2024-02-17', false, 'dateline'],
    // A day in figures with dots, whose day and month are no clock time with a zone after it.
    ['Envoys meet\nNews | Velmora Post | 15.11.2021\nThe envoys met on Monday.', '2021-11-15', false, 'dateline'],
    ['Envoys meet\nWritten by our desk on 17 February 2024\nThe envoys met on Saturday.', '2024-02-17', false, 'updated-line'],
    ['Envoys meet\n\nLatest update : 2019-04-02\n\nThe envoys met on Tuesday.', '2019-04-02', false, 'updated-line'],
    ['Envoys meet\nLast update: 2 April 2019\nThe envoys met on Tuesday.', '2019-04-02', false, 'updated-line'],
    ['Envoys meet\nPublication date: 02.04.2019\nThe envoys met on Tuesday.', '2019-04-02', false, 'updated-line'],
    // After the site's section, the weekday after the date and a clock time.
    ['Envoys meet\nWorld | April 14, 2024, Sunday // 09:05\nThe envoys met on Sunday.', '2024-04-14', false, 'dateline'],
    // A stamp by its make-up: the section, a weekday, a date in full and a clock time.
    ['Envoys meet\nNews Tuesday 14/March/2017 10:02 AM\nThe envoys met on Tuesday.', '2017-03-14', false, 'dateline'],
  ])('reads the day from the top of %j', (body, published, inferred, from) => {
    expect(infer([article('a.txt', body)]).publications.get('a.txt')).toEqual({ published, inferred, from });
  });

  test.each([
    // A stamp word anywhere on a short line, before or after the text, with or without a clock time.
    ['Rebels withdraw\n\nPage last updated at 06:10 GMT, Friday, 12 March 2021\n\nThe rebels left the ridge on Thursday.', '2021-03-12', 'updated-line'],
    ['Rebels withdraw\n\nDesk Report\nTue Mar 9, 2021 04:20 PM Last update on: Tue Mar 9, 2021 05:02 PM\n\nThe rebels left the ridge on Monday.', '2021-03-09', 'updated-line'],
    ['Rebels withdraw\n\nThe rebels left the ridge on Thursday.\n\nThe army moved in behind them.\n\nFiled by our desk in the capital, 12 March 2021', '2021-03-12', 'updated-line'],
    ['Rebels withdraw\n\nThe rebels left the ridge on Thursday.\n\nThe army moved in behind them.\n\nLast modified 12/03/2021 09:15\nShare this story', '2021-03-12', 'updated-line'],
    // A date in full alone on a line at the foot of the page.
    ['Rebels withdraw\n\nThe rebels left the ridge on Thursday.\n\nThe army moved in behind them.\n\nMarch 12, 2021', '2021-03-12', 'dateline'],
    ['Rebels withdraw\n\nThe rebels left the ridge on Thursday.\n\nThe army moved in behind them.\n\nFriday 12 March 2021 | 18:40', '2021-03-12', 'dateline'],
    ['Rebels withdraw\n\nThe rebels left the ridge on Thursday.\n\nThe army moved in behind them.\n\nThis story was first published on 12 March 2021.', '2021-03-12', 'updated-line'],
    // A byline or a label that carries the page's day.
    ['Rebels withdraw\nBy Ana Lima, Border Desk | 12 March 2021\n\nThe rebels left the ridge on Thursday.', '2021-03-12', 'updated-line'],
    ['Rebels withdraw\nDate: 12 March 2021\n\nThe rebels left the ridge on Thursday.', '2021-03-12', 'updated-line'],
    // The first of two stamps is the day of publication; the update may come days later.
    ['Rebels withdraw\nPublished : 12 Mar 2021, 07:41 PM\nUpdated : 15 Mar 2021, 10:02 AM\nThe rebels left the ridge on Thursday.', '2021-03-12', 'updated-line'],
  ])('reads the day from a page stamp: %j', (body, published, from) => {
    expect(infer([article('a.txt', body)]).publications.get('a.txt')).toEqual({ published, inferred: false, from });
  });

  test.each([
    // A sentence that only mentions a publishing, or a dated happening, at the foot of the text.
    'Rebels withdraw\n\nThe rebels left the ridge on Thursday.\n\nThe army moved in behind them.\n\nThe accord was published on 12 March 2021.',
    'Rebels withdraw\n\nThe rebels left the ridge on Thursday.\n\nThe army moved in behind them.\n\nA first accord was signed on 12 March 2021',
    // A sentence that opens on "By" and a day is no byline.
    'Rebels withdraw\nBy Friday, 12 March 2021, the rebels had left the ridge\n\nThe army moved in.',
    // A stamp far above the foot, in the middle of the text, is not the page's.
    'Rebels withdraw\n\nThe rebels left the ridge on Thursday.\n\nThe army moved in.\n\nThe talks went on.\n\nUpdated 12 March 2021\n\nThe talks ended.\n\nGuns fell silent.\n\nThe border reopened.',
  ])('takes no page stamp from %j', (body) => {
    const published = infer([article('a.txt', body)]).publications.get('a.txt');
    expect(published?.from === 'updated-line' || published?.from === 'dateline').toBe(false);
  });

  test.each([
    ['A shell landed near the market today (14 March), officials said.', '2021-03-14'],
    ['Yesterday (13 March), two farmers were hurt by gunfire. The guards said so on Sunday.', '2021-03-14'],
  ])('dates a report that names its own day by the date, in the year of the run: %j', (body, published) => {
    const stated = article('stated.txt', 'The border clashes go on.', '2021-03-10');
    expect(infer([stated, article('undated.txt', body)]).publications.get('undated.txt')).toEqual({ published, inferred: true, from: 'text' });
  });

  test.each([
    // 10 March was a Wednesday in 2021 and a Thursday in 2022; the run's other reports are of
    // January 2021 and February 2022, so both years lie within a season of one and the lede's
    // weekday picks.
    ['KARAKOL, March 10 (Agency) - Guards fought at the dam on Wednesday, officials said.', '2021-03-10'],
    ['KARAKOL, March 10 (Agency) - Guards fought at the dam on Tuesday, officials said.', '2021-03-10'],
    // No weekday in the lede: the year nearest the run's days.
    ['KARAKOL, March 10 (Agency) - Guards fought at the dam, officials said.', '2022-03-10'],
  ])("reads a dateline's year from its lede's weekday, among the years near the run's days: %j", (body, published) => {
    const stated = [article('a.txt', 'The border talks go on.', '2021-01-20'), article('b.txt', 'The border talks go on.', '2022-02-20')];
    expect(infer([...stated, article('dateline.txt', body)]).publications.get('dateline.txt')?.published).toBe(published);
  });

  test('gives a dateline without its year the first year in which it is not before the dates the text states in full', () => {
    const body = 'ARLANDIA CITY, March 3 (Reuters) - Talks resumed.\nThe truce was agreed on 26 October 2023 in Velmora.';
    expect(infer([article('a.txt', body)]).publications.get('a.txt')?.published).toBe('2024-03-03');
  });

  test.each([
    ['Published 08-05-2014\nDrones were shot down on Thursday (May 8).', '2014-05-08'],
    ['Published 08-05-2014\nDrones were shot down on Tuesday (August 5).', '2014-08-05'],
    ['Updated: 17.10.2020, 23:40\nA truce was agreed.', '2020-10-17'],
    ['21 April 2012 Last updated at 08:14 GMT\nThe army retook the town.', '2012-04-21'],
    // A stamp's zoned clock time is read in the conflict's zone (here seven hours east of Greenwich).
    ['17 March 2014 Last updated at 22:30 GMT\nThe army retook the town early on Tuesday.', '2014-03-18'],
    ['Published 2014-03-17 11:05 p.m. UTC\nThe army retook the town early on Tuesday.', '2014-03-18'],
    ['Updated: 17.03.2014, 23:40 UTC+9\nThe army retook the town.', '2014-03-17'],
    ['Updated: 17.03.2014, 23:40\nThe army retook the town.', '2014-03-17'],
    // Only when the text lives in that day: with no weekday of it, the page appeared on the day it prints.
    ['Updated 9:40 PM EST, March 17, 2014\nThe army retook the town.', '2014-03-17'],
    ['Updated 9:40 PM EST, March 17, 2014\nThe army retook the town on Tuesday.', '2014-03-18'],
    ['05 August 2022 21:23 (UTC +04:00)\nBorea closed the Kelvask Pass on Friday.', '2022-08-05'],
    ['17 March 2014 Last updated at 22:30 GMT\nThe army retook the town.', '2014-03-17'],
    ['Updated 6:40 AM PKT, March 17, 2014\nThe army retook the town.', '2014-03-17'],
    // An abbreviation that names several zones says nothing: the day stays as printed.
    ['Updated 11:40 PM IST, March 17, 2014\nThe army retook the town.', '2014-03-17'],
  ])('reads a day in figures, the day-first way unless the text names the other: %j', (body, published) => {
    expect(infer([article('a.txt', `Headline\n${body}`)]).publications.get('a.txt')?.published).toBe(published);
  });

  test('reads the dates of an article in the years of the articles it is read with', () => {
    // 23 April was a Saturday in 2011, and in 2016 and 2022 too.
    const stated = article('stated.txt', 'Fighting broke out near the temple.', '2011-04-22');
    const dateline = article('dateline.txt', 'VELMORA, April 23 (Reuters) - Troops fought again near the temple.');
    const weekday = article('weekday.txt', 'Troops clashed again on Saturday, April 23, near the temple.');
    const { publications } = infer([stated, dateline, weekday]);
    expect(publications.get('dateline.txt')).toEqual({ published: '2011-04-23', inferred: true, from: 'dateline' });
    expect(publications.get('weekday.txt')).toEqual({ published: '2011-04-23', inferred: true, from: 'text', until: '2011-04-29' });
  });

  test('dates a report that says "on Saturday" of the past on or after that Saturday', () => {
    // 29 April 2021 was a Thursday; the first Saturday after it, 1 May.
    const body = 'The two sides agreed on Saturday to a ceasefire.\nThe clashes began on Thursday, April 29, near the water site.';
    expect(infer([article('a.txt', body)], new Map(), DateTime.fromISO('2021-06-01', { zone: 'UTC+7' })).publications.get('a.txt')?.published).toBe('2021-05-01');
  });

  test('takes a date written with its weekday as a pair even when no happening of the sentence is dated by it', () => {
    // 16 September 2022 was a Friday; 16 September 2016 too, and no year since.
    const body = 'Hours earlier, at a summit on Friday, September 16, the leaders shook hands.';
    const soon = DateTime.fromISO('2023-06-01', { zone: 'UTC+7' });
    expect(infer([article('a.txt', body)], new Map(), soon).publications.get('a.txt')).toEqual({ published: '2022-09-16', inferred: true, from: 'text', until: '2022-09-22' });
  });

  test("takes a day and month reported in the past as a lower bound, in the year nearest the run's stated days, however long ago", () => {
    // Nothing in the text gives the year; the other report of the run was published in 1995, more
    // than thirty years before today, and 26 January 1995 is the nearest 26 January to it.
    const stated = article('stated.txt', 'The border war goes on.', '1995-02-14');
    const undated = article('undated.txt', 'Since fighting erupted on Jan. 26, soldiers on both sides have died.');
    expect(infer([stated, undated]).publications.get('undated.txt')).toEqual({ published: '1995-01-26', inferred: true, from: 'latest-happening' });
  });

  test.each([
    // 16 September 2022 was a Friday: the report's "on Friday" is its latest day, so it is of that week.
    ['Troops clashed again on Friday. Hours earlier, on September 16, the presidents had met. The shelling began on Wednesday.', { published: '2022-09-16', inferred: true, from: 'text' }],
    // A weekday of the past that is not that day's lies after it: the Thursday after, not the recap's Friday.
    ['The presidents met on September 16. Troops clashed again on Thursday.', { published: '2022-09-22', inferred: true, from: 'text' }],
    ['The presidents met on September 16. Troops clashed on Sunday, and again on Tuesday night.', { published: '2022-09-21', inferred: true, from: 'text' }],
    // No weekday at all: the latest day stays a lower bound only.
    ['Troops clashed again. Hours earlier, on September 16, the presidents had met.', { published: '2022-09-16', inferred: true, from: 'latest-happening' }],
  ])('reads a report whose weekday falls on its latest day as of that week: %j', (body, expected) => {
    const stated = article('stated.txt', 'The border talks go on.', '2022-09-18');
    expect(infer([stated, article('undated.txt', body)]).publications.get('undated.txt')).toEqual(expected);
  });

  test.each([
    // A latest day told late in it is mostly over when the report is written: the day after bounds it.
    ['Arland and Borea signed a border accord late on September 16 in Kelvask.', '2015-09-17'],
    ['Borean guns shelled the pass on the night of 16 September.', '2015-09-17'],
    ['Borean guns shelled the pass on September 16 night, Arland said.', '2015-09-17'],
    // Not late, or late on a day before the latest: the latest day itself.
    ['Arland and Borea signed a border accord on September 16 in Kelvask.', '2015-09-16'],
    ['Borean guns shelled the pass late on September 15. Arland and Borea signed a border accord on September 16 in Kelvask.', '2015-09-16'],
  ])('reads a report whose latest day, with no weekday, is told late in it as of the day after: %j', (body, published) => {
    const stated = article('stated.txt', 'The border talks go on.', '2015-09-18');
    expect(infer([stated, article('undated.txt', body)]).publications.get('undated.txt')).toEqual({ published, inferred: true, from: 'latest-happening' });
  });

  test.each([
    // The undated report tells of an envoy recalled with no day; another report dates the recall
    // four days after the undated report's latest day: the undated report appeared then or later.
    ['Arland recalled its ambassador from Borea.', '2014-05-08'],
    // Clashes go on day after day: an undated clash is no mark of the day another report gives one.
    ['Troops clashed near the border.', '2014-05-04'],
  ])("moves a lower bound to the day another report gives a happening the article tells without one: %j", (news, published) => {
    const stated = article('stated.txt', 'Arland recalled its ambassador from Borea on May 8. Troops clashed near the border on May 8.', '2014-05-09');
    const undated = article('undated.txt', `The quarrel began when a patrol was attacked on May 4, 2014. ${news}`);
    expect(infer([stated, undated]).publications.get('undated.txt')).toEqual({ published, inferred: true, from: 'latest-happening' });
  });

  test('moves a lower bound read from a recap weeks before to the day another report gives the news the article tells without one', () => {
    // The undated report dates only the attack that began the quarrel, seven weeks before the recall.
    const stated = article('stated.txt', 'Arland recalled its ambassador from Borea on June 23.', '2014-06-24');
    const undated = article('undated.txt', 'The quarrel began when a patrol was attacked on May 4, 2014. Arland recalled its ambassador from Borea.');
    expect(infer([stated, undated]).publications.get('undated.txt')).toEqual({ published: '2014-06-23', inferred: true, from: 'latest-happening' });
    // A recall months after the recap is another quarrel's: the bound stays.
    const later = article('stated.txt', 'Arland recalled its ambassador from Borea on October 23.', '2014-10-24');
    expect(infer([later, undated]).publications.get('undated.txt')).toEqual({ published: '2014-05-04', inferred: true, from: 'latest-happening' });
  });

  test('reads a day and month told of the past without its year beside the days the text states in full', () => {
    // The attack is dated in full; the later shelling only by day and month: it is of that year,
    // and the latest happening, so it bounds the report.
    const body = 'Borean guns attacked the Halvane crossing on 4 March 2024. Borean guns shelled Ondria on March 9.';
    expect(infer([article('a.txt', body)]).publications.get('a.txt')).toEqual({ published: '2024-03-09', inferred: true, from: 'latest-happening' });
  });

  test("reads a day and month told of the past without its year beside the days the run's texts state in full, when no report of the run is dated", () => {
    // Neither report has a day of its own; the other states the attack's day with its year, so
    // the undated one's "on March 4" is of 2024, not of any year before today.
    const other = article('other.txt', 'Borean guns attacked the Halvane crossing on 4 March 2024, Lena Ferrin said.');
    const undated = article('undated.txt', 'Borean guns attacked the Halvane crossing on March 4. Arland denied it had provoked the attack.');
    expect(infer([other, undated]).publications.get('undated.txt')).toEqual({ published: '2024-03-04', inferred: true, from: 'latest-happening' });
    // Alone, the day and month has no year to take: the report is refused.
    expect(infer([undated]).publications.has('undated.txt')).toBe(false);
  });

  test("pairs an undated report's weekday with the days a report placed from below by its own day and month gives its happenings, in a run that prints no day", () => {
    // The recall is dated in full; the seizure only by day and month, so of 2025, a Tuesday: the
    // report that tells it is placed on the Friday after, the day of its protest.
    const recall = article('recall.txt', 'Arland recalled its envoy to Borea on 10 November 2025, Lena Ferrin said.');
    const placed = article('placed.txt', 'Borean guards seized two Arland fishermen near the Halvane crossing on November 18.\nArland protested to Borea on Friday.');
    const weekday = article('weekday.txt', 'Arland protested to Borea on Friday, Kael Orvan said.');
    const { publications } = infer([recall, placed, weekday]);
    expect(publications.get('placed.txt')?.published).toBe('2025-11-21');
    expect(publications.get('weekday.txt')).toEqual({ published: '2025-11-21', inferred: true, from: 'text' });
    // Without the report placed from below, the weekday has nothing to be paired with.
    expect(infer([recall, weekday]).publications.has('weekday.txt')).toBe(false);
  });

  test.each([
    // No happening the lexicon knows is dated: the day the text states of something else still bounds it.
    ['A letter dated 14 March 2024 reached the ministry. Guards on the river said they were afraid.', { published: '2024-03-14', inferred: true, from: 'latest-happening' }],
    // A day the text looks ahead to bounds nothing.
    ['The deadline of 20 March 2024 will not be met, officials said on Thursday.', undefined],
  ])('takes a day stated in full of no known happening as a lower bound, unless it lies ahead: %j', (body, expected) => {
    expect(infer([article('a.txt', body)]).publications.get('a.txt')).toEqual(expected);
  });

  test('takes no update stamp from a line that only begins with the word', () => {
    // "Updates" is not "Update": the line is news, and its date is a happening's.
    const body = 'Border news\nUpdates on the talks held on 2 April 2019 came late.\nThe envoys met on Tuesday.';
    expect(infer([article('a.txt', body)]).publications.get('a.txt')?.from).not.toBe('updated-line');
  });

  test('points to the first date that needs the day of publication, a line below any front matter', () => {
    const body = 'Shelling resumes\n\nGuns fell silent last week. Troops clashed again on Tuesday.';
    const { problems } = infer([article('later.txt', body)]);
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [3, 18, 'expected a publication date, found none: "last week" and 1 other date count from the day the article appeared, which nothing in it gives'],
    ]);
  });

  test('prefers front matter to a dateline', () => {
    expect(infer([article('a.txt', 'ARLANDIA CITY, March 3 (Reuters) - Talks resumed.', '2026-03-04')]).publications.get('a.txt')).toEqual({
      published: '2026-03-04',
      inferred: false,
      from: 'front-matter',
    });
  });

  test('keeps a date given from elsewhere as stated, not inferred', () => {
    expect(infer([pinned], new Map([['pinned.txt', '2013-03-04']])).publications.get('pinned.txt')).toEqual({ published: '2013-03-04', inferred: false, from: 'maintainer' });
  });

  test('asks for the day in the front matter an article already has, at its first date that needs it, and says the run could not give it', () => {
    const body = '---\ntitle: Border row deepens\n---\nBorder row deepens\n\nThe two sides have traded accusations for weeks.\nTroops clashed near the Kelvask Pass on Tuesday.\nTalks stalled two days later.';
    const parsed = parseArticle('seeds/titled.txt', body).article!;
    const { problems } = infer([article('dated.txt', 'Arland and Borea agreed to hold talks.', '2024-03-10'), parsed]);
    expect(problems.map(formatProblem)).toEqual([
      // "two days later" counts from Tuesday, so it too waits on the day the article appeared.
      'titled.txt:7:41  expected a publication date, found none: "Tuesday" and 1 other date count from the day the article appeared, which nothing in it gives, nor any dated article of the run through a happening they share (add `published: YYYY-MM-DD` to its front matter) [publication-unknown]',
    ]);
  });

  test('asks for a publication date when the text does not pin one down', () => {
    const { publications, problems } = infer([article('vague.txt', 'Clashes erupted on Tuesday near the temple.')]);
    expect(publications.has('vague.txt')).toBe(false);
    expect(problems.map(formatProblem)).toEqual([
      'vague.txt:1:20  expected a publication date, found none: "Tuesday" counts from the day the article appeared, which nothing in it gives (add front matter with `published: YYYY-MM-DD` at the top of the article) [publication-unknown]',
    ]);
  });
});

describe('inferPublication: a weekday paired with a day another report gives one happening', () => {
  // Invented reports of one border in two winters. 13 December 2022 was a Tuesday; 8 February 2023 a Wednesday.
  const ambush = article('ambush.txt', 'ONDRIA, Dec 16 (Reuters) - Gunmen attacked a patrol near Vel Amar temple on Tuesday evening, the army said.');
  const battle = article('battle.txt', 'Heavy fighting broke out near the border on Wednesday morning.', '2023-02-10');
  const later = article('later.txt', 'The border was quiet.', '2023-03-01');
  const undated = article('undated.txt', 'Four soldiers were killed on Tuesday evening when gunmen attacked their patrol near Vel Amar. Residents said the fighting went on into Wednesday.');

  test('prefers the day of a report that names the same place, in a year a dateline read from the run gives', () => {
    const { publications } = infer([ambush, battle, later, undated]);
    expect(publications.get('ambush.txt')?.published).toBe('2022-12-16');
    // Was 2023-02-08, the Wednesday of the battle elsewhere: the like word "fighting" outweighed the place.
    expect(publications.get('undated.txt')?.published.slice(0, 7)).toBe('2022-12');
  });
});

describe('inferPublication: a line is no stamp for a date and a clock alone', () => {
  test('a sentence that gives a day and an hour dates a happening, not the page', () => {
    const body = 'Talks\nThe talks began at 10:30 on 3 March 2024 in the capital city\nThe envoys met again on Tuesday.';
    expect(infer([article('a.txt', body)]).publications.get('a.txt')?.from).not.toBe('dateline');
  });
});

describe('inferPublication: a date in figures with dots in the text', () => {
  test('is a full date that bounds the day of an article that gives nothing else', () => {
    // "24.05.2018" is day first, and with its year a date in full (was: no date, the article refused).
    const { publications } = infer([article('a.txt', 'Near the border, clashes resumed before dawn on Thursday 24.05.2018.')]);
    expect(publications.get('a.txt')?.published).toBe('2018-05-24');
  });
});

describe('inferPublication: a report that marks the years since a day', () => {
  test('appeared that many years after it, on the weekday it names', () => {
    // Invented, in the shape of an anniversary wire story; 8 August 2009 was a Saturday.
    const stated = article('stated.txt', 'The border war goes on.', '2008-08-20');
    const body = 'The president on Saturday praised the envoy. On the first anniversary of the war that began on August 8, he wrote, the accord of August 12 still held.';
    // Was 2008-08-12, the latest day it names, a lower bound.
    expect(infer([stated, article('undated.txt', body)]).publications.get('undated.txt')).toEqual({ published: '2009-08-08', inferred: true, from: 'text' });
  });

  test('appeared that many years after the recap\'s last day when an age is told of the day itself ("is two years old today")', () => {
    // Invented; 26 February 2021 was a Friday.
    const stated = article('stated.txt', 'The border war goes on.', '2019-03-10');
    const body = 'The Sevrin raid is two years old today. The minister praised the pilots on Friday at a ceremony for the day. On February 26, 2019, Arland jets struck the camp at Sevrin.';
    expect(infer([stated, article('undated.txt', body)]).publications.get('undated.txt')?.published).toBe('2021-02-26');
  });

  test('appeared that many years after the recap\'s last day when the mark names no day, and years counted back ("twenty years ago") do not pin it to the recap', () => {
    // Invented, in the shape of an anniversary report: the episode is told only by its recap's days.
    const stated = article('stated.txt', 'The standoff goes on.', '1996-02-01');
    const body = [
      'The minister laid a wreath at the islets where three airmen died twenty years ago.',
      'He was marking twenty years since the standoff over the islets.',
      'In January 1996 Borea claimed the islets, and on January 30 the navy landed there.',
    ].join(' ');
    expect(infer([stated, article('undated.txt', body)]).publications.get('undated.txt')?.published).toBe('2016-01-30');
    // Its news told on a weekday: the one of that name nearest the anniversary (28 January 2016 was a Thursday).
    const thursday = body.replace('The minister laid a wreath', 'The minister laid a wreath on Thursday');
    expect(infer([stated, article('undated.txt', thursday)]).publications.get('undated.txt')?.published).toBe('2016-01-28');
    // Days of more than one year in the article: the mark is of one of them, which the words do not say.
    const spread = body.replace('In January 1996', 'In January 1994 the talks failed. In January 1996');
    expect(infer([stated, article('undated.txt', spread)]).publications.get('undated.txt')?.published).not.toBe('2016-01-30');
  });
});

describe('inferPublication: a run that prints no year of its own', () => {
  // Invented. 3 March was a Sunday in 2024, 2019 and 2013; 4 February a Friday in 2022, 2011 and 2005, a Monday in 2008.
  const clash = 'Troops clashed on Sunday near the border.\nThe clashes began on March 3 near Ondria.';

  test('takes, of the years its weekdays allow, the first from the latest year it recalls', () => {
    const recalling = article('recalling.txt', `${clash}\nIn 2017 Borea shot down an Arland drone over the pass.`);
    expect(infer([recalling]).publications.get('recalling.txt')?.published).toBe('2019-03-03');
    // The year may be recalled by another report of the run.
    const other = article('other.txt', 'The pass has been disputed since a truce in 2017.');
    expect(infer([article('a.txt', clash), other]).publications.get('a.txt')?.published).toBe('2019-03-03');
    // Nothing recalled: the latest year up to today, when that is within two years of today.
    const soon = DateTime.fromISO('2025-01-10', { zone: 'UTC+7' });
    expect(infer([article('a.txt', clash)], new Map(), soon).publications.get('a.txt')?.published).toBe('2024-03-03');
  });

  test('leaves undated a report whose weekday and date allow only years over two years before today, none recalled', () => {
    // Today is November 2026: 2024, 2019 and 2013 are alike to the weekday, and nothing tells them apart.
    const { publications, problems } = infer([article('a.txt', clash)]);
    expect(publications.has('a.txt')).toBe(false);
    expect(problems.map((p) => p.file)).toContain('a.txt');
    // A year that names an event as a noun's modifier ("a 2017 truce") is history, not a recalled year.
    expect(infer([article('a.txt', `${clash}\nThe pass has been quiet since a 2017 truce with Arland.`)]).publications.has('a.txt')).toBe(false);
  });

  test('still takes a day of the past year, which a report pasted today most often is', () => {
    // 3 March was a Tuesday in 2026 (within a year of today here), 2020 and 2015.
    const fresh = article('fresh.txt', 'Troops clashed on Tuesday near the border.\nThe clashes began on March 3 near Ondria.\nIn 2017 Borea shot down an Arland drone over the pass.');
    expect(infer([fresh]).publications.get('fresh.txt')?.published).toBe('2026-03-03');
  });
});

describe('inferPublication: a day printed with its weekday', () => {
  test('pairs with no other weekday of its happening, which would put it in a year it is another weekday', () => {
    // Invented: a run dated October 2008; "Wednesday, March 3" is no Monday, so not 3 March 2008 (a Monday).
    const stated = article('stated.txt', 'Troops clashed near the temple.', '2008-10-15');
    const undated = article('undated.txt', 'Troops clashed again on Monday below the temple.\nThe clashes began on Wednesday, March 3, below the cliff.');
    const published = infer([stated, undated]).publications.get('undated.txt')?.published;
    expect(published?.startsWith('2008-03')).toBe(false);
  });
});

describe('inferPublication: a month the text recalls with its year', () => {
  test('puts the days it gives without a year after it, even past the run\'s days', () => {
    // Invented: a run dated March 2024; the report tells a release "late in November 2024",
    // so its "21 June" is of 2025, not the June nearest the run. 21 June 2025 was a Saturday.
    const stated = article('stated.txt', 'Borean auxiliaries detained two Arland gendarmes.', '2024-03-29');
    const body = [
      'Five Arland gendarmes came back to the capital on Sunday evening.',
      'Borean auxiliaries detained the five on 21 June near the border.',
      'Borea released two other Arland gendarmes late in November 2024, a year after their arrest in September 2023.',
    ].join('\n');
    const published = infer([stated, article('undated.txt', body)]).publications.get('undated.txt')?.published;
    expect(published?.slice(0, 7)).toBe('2025-06');
    // Without the recalled month, the June nearest the run, as before.
    const plain = body.split('\n').slice(0, 2).join('\n');
    expect(infer([stated, article('undated.txt', plain)]).publications.get('undated.txt')?.published.slice(0, 4)).not.toBe('2025');
  });
});

describe('inferPublication: a dateline without its year in a run that spans years', () => {
  // Invented. The run prints one day, in October 2008; 23 April 2011 was a Saturday, 23 April 2009 a Thursday.
  const stated = article('a.txt', 'The border talks go on.', '2008-10-15');
  const body = 'ARLANDIA CITY, April 23 (Agency) - Borean and Arland troops clashed again on Saturday near the temple.\nThe ridge has been disputed since a survey in July 2008.';

  test("takes, past the month the text recalls with its year, the nearest year in which the lede's weekday is the dateline's day", () => {
    expect(infer([stated, article('dateline.txt', body)]).publications.get('dateline.txt')?.published).toBe('2011-04-23');
  });

  test('without that bound, the year nearest the run, as before', () => {
    const unbounded = body.split('\n')[0]!;
    expect(infer([stated, article('dateline.txt', unbounded)]).publications.get('dateline.txt')?.published).toBe('2008-04-23');
  });
});

describe('inferPublication: a weekday set hours after what another report dates', () => {
  // 10 June 2025 was a Tuesday.
  const dated = article('dated.txt', 'Borean gunboats opened fire on an Arlandese trawler on Tuesday, Tan Weiro said.', '2025-06-10');

  test('dates a report by the day another report gives what its weekday came hours after', () => {
    const body = 'Lena Ferrin told reporters in Arlandia City on Tuesday that Arland wanted an apology, hours after Borean gunboats fired on a trawler.';
    expect(infer([dated, article('undated.txt', body)]).publications.get('undated.txt')).toMatchObject({ published: '2025-06-10', from: 'text' });
  });

  test('pairs no weekday that the other report\'s day does not fall on', () => {
    const body = 'Lena Ferrin told reporters in Arlandia City on Thursday that Arland wanted an apology, hours after Borean gunboats fired on a trawler.';
    expect(infer([dated, article('undated.txt', body)]).publications.has('undated.txt')).toBe(false);
  });

  test('reads a building levelled as the harm of the blast another report dates', () => {
    // 16 September 2025 was a Tuesday.
    const blast = article('blast.txt', 'The Borean customs house at the Halvane crossing was blown up on Tuesday, Kael Orvan said.', '2025-09-16');
    const body = 'Borea announced on Wednesday that it would send troops to the Halvane crossing, a day after Arland levelled the customs house there.';
    expect(infer([blast, article('levelled.txt', body)]).publications.get('levelled.txt')).toMatchObject({ published: '2025-09-17', from: 'text' });
  });
});
