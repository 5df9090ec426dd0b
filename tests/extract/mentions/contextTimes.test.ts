import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { contextTimes } from '../../../scripts/lib/extract/mentions/contextTimes.ts';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';
import { SPEECH_KINDS as SPEECH } from '../../../scripts/lib/extract/sentences/speechKinds.ts';

const published = DateTime.fromISO('2024-04-03', { zone: 'UTC+7' });
/** Each happening a sentence leaves undated, with the day the article gives it, `~` when only a known one. */
const undated = (body: string, known = true) =>
  contextTimes(analyseArticle(article('a.txt', body), invented), published, { publishedKnown: known }).map(
    (c) => `${c.trigger.text}:${c.time.date}${c.anaphoric ? '~' : ''}`,
  );

/** The same, for a report of the invented parties (tests/helpers/invented/) published Wednesday 13 March 2024. */
const undatedInvented = (body: string) =>
  contextTimes(analyseArticle(article('a.txt', body), invented), DateTime.fromISO('2024-03-13', { zone: 'UTC' }), { publishedKnown: true }).map(
    (c) => `${c.trigger.text}:${c.time.date}${c.anaphoric ? '~' : ''}`,
  );

describe('contextTimes: the day an article gives what its sentences do not date', () => {
  test('an act told in the past happened on the news day the article last reached', () => {
    expect(undated('Troops clashed near the pass on Monday. Villagers fled their homes.')).toEqual(['fled:2024-04-01']);
  });

  test('a day the lede names, dating none of our happenings, is the story\'s day for what follows undated, not the day of publication', () => {
    // Published Wednesday 3 April; "on Monday" is the 1st.
    expect(undated('Snow lay deep on Kelvask Pass on Monday, and the road stayed empty of lorries. Lena Ferrin met the Borean envoy at the Halvane crossing.')).toEqual(['met:2024-04-01']);
    expect(undated('Snow lay deep on Kelvask Pass on Monday. Lena Ferrin met the Borean envoy at the Halvane crossing.')).toEqual(['met:2024-04-01']);
    // A day named inside a relative clause is that clause's setting: the story stays at publication.
    expect(undated('Snow still covers Kelvask Pass, which last saw a lorry on Monday. Lena Ferrin met the Borean envoy at the Halvane crossing.')).toEqual(['met:2024-04-03']);
    // A relative clause closed before the day leaves the day to the main clause.
    expect(undated('Kelvask Pass, which is the highest road into Borea, lay under deep snow on Monday. Lena Ferrin met the Borean envoy at the Halvane crossing.')).toEqual(['met:2024-04-01']);
  });

  test('what a participle hung on a main clause in the past announces is of that past, on its day: "issued a statement on Monday announcing a truce"', () => {
    expect(undated('The two governments issued a joint statement on Monday announcing a truce from midnight.')).toEqual(['truce:2024-04-01']);
    // A charge so hung on is no news of a day: it stays what it was, a standing claim.
    expect(undated('Skirmishes have erupted along the river, with both sides accusing each other of violating the truce.').some((d) => d.startsWith('violating the truce:2024-04-03') && !d.endsWith('~'))).toBe(false);
  });

  test('a participle set off after a main clause told in the past is of that past, unless the main clause has a day or words of its own', () => {
    const accusing = (body: string) => undated(body).filter((u) => u.startsWith('accusing'));
    expect(accusing('Troops clashed near the pass on Monday. Rebel fire wounded two guards, the Arlandese army said, accusing Borea of breaking the truce.')).toEqual(['accusing:2024-04-01']);
    // Hung on a dated main clause, it is of that day, which is no context's to give.
    expect(accusing('Troops clashed near the pass on Monday. The navy seized two boats in May, accusing their crews of spying.')).toEqual([]);
    // Hung on the same speaker's words, it is those words.
    expect(undated('Troops clashed near the pass on Monday. The Arlandese army blamed the rebels, calling the raid an outrage.').filter((u) => /^(?:blamed|calling)/.test(u))).toEqual(['blamed:2024-04-01']);
    // A main clause in an irregular past is past too: "went further", "spoke to reporters".
    expect(accusing('Troops clashed near the pass on Monday. The Arlandese interior minister went further, accusing Borea of arming the raiders.')).toEqual(['accusing:2024-04-01']);
    expect(accusing('Troops clashed near the pass on Monday. The Arlandese interior minister spoke to reporters, accusing Borea of arming the raiders.')).toEqual(['accusing:2024-04-01']);
  });

  test('words hung on a headline "says" are that saying\'s, of the report\'s day, whatever day the act it tells has', () => {
    // Published Wednesday 13 March 2024.
    const urging = (body: string) => undatedInvented(body).filter((u) => u.startsWith('urging'));
    expect(urging('Mortar rounds lobbed from Borean hills landed on a grain store in Ondria on Monday night and wounded four porters, Arland says, urging Velmora to rein in its gun crews.')).toEqual(['urging:2024-03-13']);
    // Hung on the dated act itself, not on a saying, it is of that day, which no context gives.
    expect(urging('Mortar rounds lobbed from Borean hills landed on a grain store in Ondria on Monday night, urging the porters to leave.')).toEqual([]);
  });

  test('what "a day after" names, in a sentence whose news has no day of its own, lies that many days before the news\'s day', () => {
    // Published Wednesday 13 March 2024.
    expect(undatedInvented('A day after Borea suspended trade at the Halvane crossing, Arland expelled two Borean envoys.')).toEqual(['expelled:2024-03-13', 'suspended trade:2024-03-12']);
    expect(undatedInvented('Two days after Borea suspended trade at the Halvane crossing, Arland expelled two Borean envoys.')).toEqual(['expelled:2024-03-13', 'suspended trade:2024-03-11']);
  });

  test('what an offset after a dated telling names lies that many days before the telling', () => {
    // Published Wednesday 13 March 2024; "on Monday" is the 11th, a week before it the 4th.
    expect(undatedInvented('Its patience is running out, Arland said on Monday, a week after some 2,000 Boreans fled into Ondria.').filter((u) => u.startsWith('fled'))).toEqual(['fled:2024-03-04']);
    // With news of its own before the offset, the telling's day is not what the offset counts from.
    expect(undatedInvented('Arland closed the Halvane crossing, its minister said on Monday, a week after Boreans fled into Ondria.').filter((u) => u.startsWith('fled'))).not.toContain('fled:2024-03-04');
  });

  test('a reaction that names the act it answers is not dated to the act\'s day, but between it and the report', () => {
    // Published Wednesday 3 April; the act is Monday's.
    const reaction = (body: string) => undated(body).filter((u) => /^(?:condemned|denounced|demanded)/.test(u));
    const window = (u: string) => contextTimes(analyseArticle(article('a.txt', u), invented), published).filter((c) => c.trigger.text === 'condemned').map((c) => `${c.time.date}…${c.time.endDate ?? ''}`);
    expect(window('Gunmen shot dead two border guards near the crossing on Monday. The prime minister condemned the shooting and demanded an inquiry.')).toEqual(['2024-04-01…2024-04-03']);
    // Told as later, it is after the act's day.
    expect(window('Gunmen shot dead two border guards near the crossing on Monday. The prime minister later condemned the shooting and demanded an inquiry.')).toEqual(['2024-04-02…2024-04-03']);
    // A statement that names no act it answers keeps the news day.
    expect(reaction('Gunmen shot dead two border guards near the crossing on Monday. The prime minister demanded an inquiry.')).toEqual(['demanded:2024-04-01']);
  });

  test('harm told right after an older round, with no day or telling of its own, is of that round\'s day, not of publication', () => {
    // Published Wednesday 3 April; the raid, the Wednesday before, is older than the news window.
    const weekly = (body: string) => undated(body).filter((u) => /^(?:looted|burned)/.test(u));
    expect(weekly('On Wednesday, 27 March, gunmen raided a market town near the border. Two traders died and shops were looted.')).toEqual(['looted:2024-03-27']);
    // The next sentence that goes on telling it keeps the day.
    expect(weekly('On Wednesday, 27 March, gunmen raided a market town near the border. Two traders died and shops were looted. Several houses were burned.')).toEqual(['looted:2024-03-27', 'burned:2024-03-27']);
    // A sentence between that tells something else ends the story; the harm after it is the day of publication's.
    expect(weekly('On Wednesday, 27 March, gunmen raided a market town near the border. The minister said the army would deploy. Shops were looted.')).toEqual(['looted:2024-04-03']);
    // Told by someone, it is their words of the news day.
    expect(weekly('On Wednesday, 27 March, gunmen raided a market town near the border. Residents said shops were looted.')).toEqual(['looted:2024-04-03']);
  });

  test('what is told as "only days ago" lies in the week before the telling, as a window that may only join a happening others date', () => {
    // Published Wednesday 3 April; the news day is Tuesday the 2nd.
    const recap = (body: string) =>
      contextTimes(analyseArticle(article('a.txt', body), invented), published)
        .filter((c) => /^(?:kidnapped|attacked)/.test(c.trigger.text))
        .map((c) => `${c.trigger.text}:${c.time.date}…${c.time.endDate ?? ''}${c.anaphoric ? '~' : ''}`);
    expect(recap('Troops clashed near the pass on Tuesday. The clash follows a report, only days ago, that rebels had kidnapped four soldiers.')).toEqual(['kidnapped:2024-03-26…2024-04-01~']);
    expect(recap('Troops clashed near the pass on Tuesday. Rebels attacked the border post a few days earlier, killing a guard.')).toEqual(['attacked:2024-03-26…2024-04-01~']);
    // "days before the vote" counts from the vote, which is no telling: the news day stands.
    expect(recap('Troops clashed near the pass on Tuesday. Rebels attacked the border post days before the vote.')).toEqual(['attacked:2024-04-02…']);
  });

  test('a known thing\'s fate told again as someone\'s account ("said the drone was destroyed") is the happening already dated: it may only join it', () => {
    expect(undated('Air defences brought down a drone near the border on Monday. The government said the drone was destroyed by a hostile act.').filter((u) => u.startsWith('destroyed'))).toEqual(['destroyed:2024-04-01~']);
    // Not told by anyone, or with no happening dated before, it is news of its own.
    expect(undated('Air defences brought down a drone near the border on Monday. The drone was destroyed by a hostile act.').filter((u) => u.startsWith('destroyed'))).toEqual(['destroyed:2024-04-01']);
    expect(undated('The government said the drone was destroyed by a hostile act.').filter((u) => u.startsWith('destroyed'))).toEqual(['destroyed:2024-04-03']);
  });

  test('a reaction to an act the sentence before dated earlier than the news lies from the act\'s day to the news day, and so does the answer to it', () => {
    // Published Wednesday 3 April; the news day is Tuesday, the ambush Monday.
    const days = (body: string) =>
      contextTimes(analyseArticle(article('a.txt', body), invented), published)
        .filter((c) => /^(?:blamed|rejected)/.test(c.trigger.text))
        .map((c) => `${c.trigger.text}:${c.time.date}…${c.time.endDate ?? ''}`);
    const body = 'The army said on Tuesday that its guns had answered fire from across the river. The exchange follows the killing of two guards in an ambush on Monday. The interior ministry blamed a rebel group, calling the killings an act of war.';
    expect(days(body)).toEqual(['blamed:2024-04-01…2024-04-02']);
    expect(days(`${body} The group rejected the charge as a lie.`)).toEqual(['blamed:2024-04-01…2024-04-02', 'rejected the charge:2024-04-01…2024-04-02']);
    // An answer that is not next to the reaction keeps the news day.
    expect(days(`${body} Villagers fled south. The group rejected the charge as a lie.`).at(-1)).toBe('rejected the charge:2024-04-02…');
  });

  test('the day a source spoke is a day of the news, like the day it said something', () => {
    expect(undated('Rebels shelled the town on Monday. According to the ministry, which spoke on Tuesday, the guards were taken on March 17. The ministry said it was recalling its envoy.').filter((u) => u.startsWith('recalling'))).toEqual(['recalling its envoy:2024-04-02']);
  });

  test('a lead that dates its news only in the next sentence takes that day', () => {
    expect(undated('Rebels shelled two towns. The shells fell on homes on Monday.')).toEqual(['shelled:2024-04-01']);
  });

  test('what is told in the present or present perfect is news of the day of publication', () => {
    expect(undated('Troops clashed near the pass on Monday. Castelia has offered to mediate.')).toEqual(['offered:2024-04-03']);
  });

  test('an answer in the present perfect to a charge the article named, below the lede\'s news, is a standing position: only a known one', () => {
    const answers = (body: string) => undatedInvented(body).filter((u) => /^(?:rejected|dismissed|offered)/.test(u));
    const lede = 'Arland closed the Halvane crossing on Tuesday.\nOfficials met.\nThe queue was long.\nTraders waited.\nShops shut.\nBuses stopped.\n';
    expect(answers(`${lede}Borea has rejected the charge.`)).toEqual(['rejected the charge:2024-03-13~']);
    expect(answers(`${lede}Velmora has dismissed the accusations as lies.`)).toEqual(['dismissed the accusations:2024-03-13~']);
    // Words that answer no charge named are still the news of the day of publication.
    expect(answers(`${lede}Ondria has offered to mediate.`)).toEqual(['offered:2024-03-13']);
  });

  test('a perfect saying joined by "and" to a standing present one of the same subject stands with it: only a known one', () => {
    const lede = 'Arland closed the Halvane crossing on Tuesday.\n';
    const accused = (body: string) => undatedInvented(`${lede}${body}`).filter((u) => u.startsWith('accused'));
    expect(accused('Arland blames the raid on a Borean militia and has accused Borea of sheltering it.')).toEqual(['accused:2024-03-13~']);
    // Alone, the perfect saying is the news of the day of publication, as is one joined to a past one.
    expect(accused('Arland has accused Borea of sheltering the militia.')).toEqual(['accused:2024-03-13']);
    expect(accused('Arland blamed the raid on a Borean militia and has accused Borea of sheltering it.')).toEqual(['accused:2024-03-13']);
    // As the lede, it is the news.
    expect(undatedInvented('Arland blames the raid on a Borean militia and has accused Borea of sheltering it.').filter((u) => u.startsWith('accused'))).toEqual(['accused:2024-03-13']);
  });

  test('after a sentence counted from a day before the news ("the next day"), what sentences with no date of their own tell in the past goes on with that older story', () => {
    // Published Wednesday 13 March 2024; the story told is of 2022.
    const body = 'Arland recalled the raid today. On 14 February 2022 Borean gunmen raided Sevrin. Twelve days later Arlandese jets crossed the line.';
    expect(undatedInvented(`${body} In the dogfight that followed, a Borean pilot was captured.`).filter((u) => /^(?:dogfight|captured)/.test(u))).toEqual([]);
    // Counted from a recent day, the story is the news, and so are the sentences after it.
    expect(undatedInvented('Borean gunmen raided Sevrin on Monday. The next day Arlandese jets crossed the line. Arland closed the Halvane crossing.').filter((u) => u.startsWith('closed'))).toHaveLength(1);
  });

  test('a sentence opening on a count of days back ("A day earlier,", "Two days earlier") is placed on that day, the past perfect and the "earlier" of its opening notwithstanding', () => {
    // Published Wednesday 13 March 2024.
    expect(undatedInvented('Borea arrested three Arlandese soldiers on Saturday. A day earlier, Arland had expelled two Borean diplomats.')).toEqual(['expelled:2024-03-08']);
    expect(undatedInvented('Borea closed the Halvane crossing on Monday. Two days earlier Borean jets bombed Sevrin.')).toEqual(['bombed:2024-03-09']);
    // "Earlier" of the sentence's own words, with no day counted, still tells a recap with no day.
    expect(undatedInvented('Borea closed the Halvane crossing on Monday. Arland had earlier expelled two Borean diplomats.')).toEqual([]);
  });

  test('a sentence dated only by a day counted from an older story ("the next day") goes on with that story, as an opening that counts does', () => {
    // Published Wednesday 13 March 2024; the story told is of 2022.
    const body = 'Arland recalled the raid today. On 14 February 2022 Borean gunmen raided Sevrin. Borea tried to strike back the next day.';
    expect(undatedInvented(`${body} In the dogfight that followed, a Borean pilot was captured.`).filter((u) => /^(?:dogfight|captured)/.test(u))).toEqual([]);
  });


  test('an aside in the past perfect counted from an old day ("had called for calm just the day before") opens no older story: the simple past after it is back at the news', () => {
    // Published Wednesday 13 March 2024; the lede's news is of yesterday, the aside of the week before.
    const body = 'Arlandese jets struck yesterday at Borean gunmen in Ondria. Twenty people had died in clashes on Friday and Saturday. Borea had called for calm just the day before.';
    expect(undatedInvented(`${body} Shortly after 7am, jets bombed the camp. Villagers fled.`).filter((u) => /^(?:bombed|fled)/.test(u))).toEqual(['bombed:2024-03-12', 'fled:2024-03-12']);
    // Told in the simple past, the counted sentence is the older story itself, and what follows goes on with it.
    const story = 'Arlandese jets struck yesterday at Borean gunmen in Ondria. Twenty people died in clashes on Friday and Saturday. Borea called for calm the day before.';
    expect(undatedInvented(`${story} Villagers fled.`).filter((u) => u.startsWith('fled'))).toEqual([]);
  });
  test('a recap of more than a few days back does not move the news day', () => {
    expect(undated('Rebels seized the town on March 17. Officials condemned the seizure and urged calm.')).toEqual(['condemned:2024-04-03', 'urged:2024-04-03']);
  });

  test('a lede\'s bare verb joined by "and" to a modal\'s clause shares the modal: no news present', () => {
    // Published Wednesday 3 April 2024.
    expect(undated('A hard winter may yet achieve what a year of talks could not, and end the standoff at the Kelvask Pass.')).not.toContain('end the standoff:2024-04-03');
    expect(undated('Arland and Borea end the standoff.')).toContain('end the standoff:2024-04-03');
  });

  test('a saying in the present inside words a teller named after them gave in the past is of the day they were told, far down as well', () => {
    // Published Wednesday 3 April 2024; the lede's words were told on Tuesday.
    const body = 'An armed group fought Arlandese guards near the pass, leaving five dead, officials said on Tuesday. The guards recovered rifles and grenades. Three more men were seen on the far bank. The post was reinforced. Patrols went out at dawn. The pass was closed.';
    expect(undated(`${body} Arland expects an apology from Borea over the raid, a guard commander said.`).filter((u) => u.startsWith('expects'))).toEqual(['expects an apology:2024-04-02']);
    // A teller named first ("said it expects") may sum up where the side stands: no day of its own.
    expect(undated(`${body} A guard commander said Arland expects an apology from Borea over the raid.`).filter((u) => u.startsWith('expects'))).toEqual([]);
  });

  test('what follows a span of days in the story comes after it: its last day', () => {
    expect(undated('During the night of April 1 to 2, Arlandese jets shot down two Borean drones over Ondria. Arland then recalled its ambassador from Velmora.')).toEqual(['recalled its ambassador:2024-04-02']);
  });

  test('dates nothing for a recap, a toll, a standing position, a heading or what is told as earlier', () => {
    expect(undated('Clashes erupt at the border\nTalks began after clashes last year. Velmora accuses Ondria of backing the rebels. Arland has previously called on Borea to withdraw.')).toEqual([]);
  });

  test.each([
    ['Troops clashed near the pass on Monday. In March 2019 an official accused the rebels of lying about the pass.', []],
    ['Troops clashed near the pass on Monday. Last year the governor urged calm.', []],
    ['Troops clashed near the pass on Monday. This month the governor urged calm.', ['urged:2024-04-01']],
    // A stretch begun long before the news, though the news day lies in it, dates the words to some day of it, not the news day's.
    ['Troops clashed near the pass on Monday. Borean officers call the manoeuvres routine and said earlier this year that they would stay well inside Borea.', []],
  ])('something said that its own words place only in a month or year gone by is a recap, with no news day: %j', (body, expected) => {
    expect(undated(body)).toEqual(expected);
  });

  test.each([
    ['Troops clashed near the pass on Monday. In May 2019 the two armies fought over the pass, and each side blamed the other.', []],
    ['Troops clashed near the pass on Monday. The navy seized the ferry on March 9; the owners said it had been hijacked.', []],
    // Whatever the tense of the words that date it: "meant to take hold on March 17" is a day gone by.
    ['Troops clashed near the pass on Monday. The first truce, meant to take hold on March 17, broke down within hours, and each side blamed the other.', []],
    // A day of the news in the same sentence keeps what it leaves undated in the news.
    ['Troops clashed near the pass on Monday, a month after the March 2 raid, and the governor said villagers had fled.', ['fled:2024-04-01']],
    // Told as coming after a setting dated before the news window, a happening is of that earlier time.
    ['Troops clashed near the pass on Monday. The army moved a brigade to the valley after the rebels crossed the river in January.', []],
    ['Troops clashed near the pass on Monday. The army has kept a brigade in the valley since the truce broke down in 2023.', []],
  ])('a sentence set wholly before the news window dates nothing it leaves undated to the news day: %j', (body, expected) => {
    expect(undated(body)).toEqual(expected);
  });

  test('a happening told as coming after a setting of the news days is still the news day\'s', () => {
    const moved = (body: string) => undated(body).filter((u) => u.startsWith('moved'));
    expect(moved('Troops clashed near the pass on Monday. The army moved a brigade to the valley after the rebels crossed the river on Sunday.')).toEqual(['moved a brigade to:2024-04-01']);
    expect(moved('Troops clashed near the pass on Monday. The army moved a brigade to the valley after the rebels crossed the river in January.')).toEqual([]);
  });

  test.each([
    ['Troops clashed near the pass on Monday. The army had shelled the villages.', ['shelled:2024-04-01~']],
    ['Troops clashed near the pass on Monday. Villagers had first fled to the temple.', ['fled:2024-04-01']],
    ['Troops clashed near the pass on Monday. The governor said villagers had fled to the temple.', ['fled:2024-04-01']],
    ['Troops clashed near the pass on Monday. Villagers who had fled returned to the temple.', ['fled:2024-04-01', 'returned:2024-04-01']],
  ])('a past perfect with no day may only join a happening others date, unless told, hung on another clause or set in the story: %j', (body, expected) => {
    expect(undated(body)).toEqual(expected);
  });

  test('a sentence whose only days, weeks before the news, date none of its acts is a recap of their time: its acts are not the news day\'s', () => {
    // Published 3 April: "February 10" dates "the waters claimed by Borea", not the sending.
    const body = (day: string) => `Troops clashed near the pass on Monday. Arland sent a survey ship, escorted by warships, into waters claimed by Borea on ${day}, four days after Borea signed a maritime deal with Ondria.`;
    expect(undated(body('February 10')).filter((u) => u.startsWith('sent'))).toEqual([]);
    // A day of the news week leaves the sending to the news.
    expect(undated(body('March 31')).some((u) => u.startsWith('sent'))).toBe(true);
  });

  test('after a sentence whose only days are weeks before the news, the undated sentences of its paragraph are that background, not the news day', () => {
    const recap = 'Troops clashed near the pass on Monday.\n\nThe talks come after weeks at sea. Arland sent a survey ship into waters claimed by Borea on February 10.';
    const drills = (body: string) => undated(body).filter((u) => u.startsWith('military drills'));
    // Published 3 April: the drills go on telling February, in the paragraph February opened.
    expect(drills(`${recap} Ondria held military drills.`)).toEqual([]);
    // A new paragraph, a sentence naming a day of the news or a day counted on from the last ends the background.
    expect(drills(`${recap}\n\nOndria held military drills.`).length).toBeGreaterThan(0);
    expect(drills(`${recap} Troops clashed again on Tuesday. Ondria held military drills.`).length).toBeGreaterThan(0);
    expect(drills(`${recap} Two days later Ondria held military drills.`).length).toBeGreaterThan(0);
    // A paragraph opened by a day of the news week is the news; one of ten days before it is background too.
    expect(drills(recap.replace('February 10', 'March 31') + ' Ondria held military drills.').length).toBeGreaterThan(0);
    expect(drills(recap.replace('February 10', 'March 24') + ' Ondria held military drills.')).toEqual([]);
    // Words someone tells of the day are theirs, not the background's.
    expect(drills(`${recap} Ondria held military drills, its navy said.`).length).toBeGreaterThan(0);
    // An opening that turns back to the news ends it.
    expect(drills(`${recap} This time Ondria held military drills.`).length).toBeGreaterThan(0);
    // A lede on an old day is the news itself, not a background.
    expect(drills('Arland sent a survey ship into waters claimed by Borea on February 10. Ondria held military drills.').length).toBeGreaterThan(0);
  });

  test('a sentence set at a time named before ("That year, …") gives the news day to nothing it tells', () => {
    expect(undated('Troops clashed near the pass on Monday. Not since 1998 has a clash there killed so many. That year, gunmen raided the town\'s bank.').filter((u) => u.startsWith('raided'))).toEqual([]);
    expect(undated('Troops clashed near the pass on Monday. Gunmen raided a bank in the town.').filter((u) => u.startsWith('raided'))).toEqual(['raided:2024-04-01']);
  });

  test.each([
    ['Troops clashed near the pass on Monday. Borean officials have repeatedly said they will bow to no demand.', 'said'],
    ['Troops clashed near the pass on Monday. Borean officials have in the past rejected the charges and have accused Arland of fuelling hostility.', 'accused'],
  ])('sayings told as repeated or as of the past are a standing stance, no saying of the day: %j', (body, word) => {
    expect(undated(body).filter((u) => u.startsWith(word))).toEqual([]);
    // Without those words, the same saying is the news day's.
    expect(undated(body.replace(/ repeatedly| in the past/, '')).some((u) => u.startsWith(word))).toBe(true);
  });

  test.each([
    ['Troops clashed near the pass on Monday. The council had already decided in principle to impose sanctions on Borea.', 'sanctions'],
    ['Troops clashed near the pass on Monday. A spokesman told state radio that talks would be welcome, but that the council had already decided to impose sanctions on Borea.', 'sanctions'],
  ])('"had already" sets what its clause tells before the story\'s time, told or not: %j', (body, word) => {
    expect(undated(body).filter((u) => u.startsWith(word))).toEqual([`${word}:2024-04-01~`]);
    // Without "already", the same words are of the news day.
    expect(undated(body.replace('had already decided', 'decided')).filter((u) => u.startsWith(word))).toEqual([`${word}:2024-04-01`]);
  });

  test.each([
    ['Troops clashed near the pass on Monday. The convoy had been on its way to Velmora when it was attacked.', 'attacked:2024-04-01~'],
    ['Troops clashed near the pass on Monday. Its statement said the convoy had been on its way to Velmora when it was attacked.', 'attacked:2024-04-01~'],
    // No past perfect before it: the "when" clause is of the news's own time.
    ['Troops clashed near the pass on Monday. The convoy was on its way to Velmora when it was attacked.', 'attacked:2024-04-01'],
  ])('a "when" clause set at the time of a past perfect is before the story\'s time, told or not: %j', (body, expected) => {
    expect(undated(body).filter((u) => u.startsWith('attacked'))).toEqual([expected]);
  });

  test.each([
    ['Troops clashed near the pass on Monday. The rebels had kept to a truce for six months before the talks collapsed.', 'truce'],
    ['Troops clashed near the pass on Monday. Raids across the river have long strained ties between the two capitals.', 'Raids'],
    ['Troops clashed near the pass on Monday. Shelling over the past few months has driven thousands from the valley.', 'Shelling'],
    ['Troops clashed near the pass on Monday. Ondria has sent warships to the strait in recent weeks.', 'sent'],
  ])('a happening its clause tells as lasting weeks, months or years is no news of the day: %j', (body, word) => {
    expect(undated(body).filter((u) => u.startsWith(word))).toEqual([]);
    // The same happening told without the period is the news day's.
    const plain = body.replace(/ for six months| long| over the past few months| in recent weeks/, '');
    expect(undated(plain).some((u) => u.startsWith(word))).toBe(true);
  });

  test('a standing happening someone tells, or a clause hung on words, is still the words of the day', () => {
    expect(undated('Troops clashed near the pass on Monday. The envoy said the rebels had been shelling the villages for two months.')).toEqual(['shelling:2024-04-01']);
  });

  test('a happening told as the next step of the sentence before shares the day that sentence names, though it dated no happening', () => {
    expect(undated('Officials met on Wednesday. Video appears to show a boat ramming a tug on Monday. Soldiers then fired on the crew.')).toEqual(['fired on:2024-04-01']);
    expect(undated('Officials met on Wednesday. Video appears to show a boat ramming a tug on Monday. Soldiers fired on the crew.')).toEqual(['fired on:2024-04-03']);
  });

  test('"Earlier," opening an undated sentence steps back within the day the sentence before names', () => {
    expect(undated('Observers counted twelve tanks in the square of Dorsk on Monday. Earlier, shells had fallen on a mission camp near the square.')).toEqual(['shells:2024-04-01']);
    // Without the opener, a past perfect is set before the story's time, with no day of its own.
    expect(undated('Observers counted twelve tanks in the square of Dorsk on Monday. Shells had fallen on a mission camp near the square.')).not.toContain('shells:2024-04-01');
  });

  test('a happening its subject "also" adds to the sentence before shares the day that sentence names, though it dated no happening', () => {
    expect(undated('Officials met on Wednesday. On Monday, hours after the vote, Borea published the map of its waters. The foreign ministry also summoned the envoy of Arland.')).toEqual(['summoned the envoy:2024-04-01']);
    // Without "also", the news day the article reached stays.
    expect(undated('Officials met on Wednesday. On Monday, hours after the vote, Borea published the map of its waters. The foreign ministry summoned the envoy of Arland.')).toEqual(['summoned the envoy:2024-04-03']);
  });

  test('a happening before a clause its own date opens keeps the news day the article had reached', () => {
    expect(undated('Officials met on Monday. Arland closed the border, and on Wednesday Borea recalled its ambassador.')).toEqual(['closed:2024-04-01']);
  });

  test.each([
    ['Artillery shelled the villages overnight.', '2024-04-03'],
    ['Officials met on Monday. Artillery shelled the villages overnight.', '2024-04-02'],
    ['Officials met on Monday. Artillery shelled the villages.', '2024-04-01'],
  ])('a night with no date of its own is one day, the day it runs into: the day of publication, or the day after the one the story reached: %j', (body, date) => {
    const [night] = contextTimes(analyseArticle(article('a.txt', body), invented), published).filter((c) => c.trigger.text.endsWith('shelled'));
    expect(night?.time).toEqual({ date, approximate: false });
  });

  test('marks a happening named as known, and violence going on as the report is written, as anaphoric', () => {
    expect(undated('Troops clashed near the pass on Monday. The truce collapsed. They keep shelling the villages.')).toEqual([
      'truce:2024-04-01~',
      'shelling:2024-04-03~',
    ]);
  });

  test('a past perfect told by a teller set off by commas inside the sentence is reported speech, of the news day, not a recap', () => {
    // Published Wednesday 13 March 2024.
    const fled = (body: string) => undatedInvented(body).filter((u) => u.startsWith('fled'));
    expect(fled('Troops clashed at Kelvask Pass on Monday. The shelling had grown worse, Tan Weiro said, and villagers had fled their homes in Ondria.')).toEqual(['fled:2024-03-11']);
    expect(fled('Troops clashed at Kelvask Pass on Monday. The shelling had grown worse, the Ondrian mayor added, and villagers had fled their homes.')).toEqual(['fled:2024-03-11']);
    // With no teller, the past perfect sets it before the story's time.
    expect(fled('Troops clashed at Kelvask Pass on Monday. The shelling had grown worse, and villagers had fled their homes in Ondria.')).toEqual(['fled:2024-03-11~']);
  });

  test('a happening named as known whose only earlier telling is the headline is the article\'s own news, not a recap', () => {
    // Published Wednesday 13 March 2024. The body tells the release in words no trigger reads (charges "dropped").
    const headline = 'Arland sets Borean fishermen free\n';
    const lede = "Kael Orvan's office said on Wednesday that the charges against the nine Borean fishermen held at Kelvask Pass since January had been dropped.\n";
    expect(undatedInvented(`${headline}${lede}The release was the first in two years.`)).toEqual(['release:2024-03-13']);
    // Once the body has told it in words of its kind, the noun points back to that telling.
    expect(undatedInvented(`${headline}Arland's navy freed nine Borean fishermen on Monday.\nThe release was the first in two years.`)).toEqual(['release:2024-03-11~']);
    // Violence named as known keeps its mark even so: it is read as the round others date.
    expect(undatedInvented(`Borean gunners shell Ondria\nTan Weiro, the Ondrian mayor, spoke on Wednesday of the night's fear.\nThe shelling killed two porters.`).filter((u) => u.startsWith('shelling'))).toEqual(['shelling:2024-03-13~']);
  });

  test('a headline act in the news present that the body retells in no words of its kind is of the day the lede gives the news', () => {
    // Published Wednesday 13 March 2024. The lede tells the reopening only as lorries moving again.
    const lede = 'Lorries rolled through the Halvane crossing again on Tuesday morning, the first in a month.\n';
    expect(undatedInvented(`Borea reopens Halvane crossing\n${lede}Drivers cheered.`)).toEqual(['reopens Halvane crossing:2024-03-12']);
    // With no day in the lede, the day of publication.
    expect(undatedInvented('Borea reopens Halvane crossing\nLorries rolled through the Halvane crossing again, the first in a month.\n')).toEqual(['reopens Halvane crossing:2024-03-13']);
    // Retold in the body by a word of its kind, the body's telling dates it; told as someone's account, or said, it stays with the body.
    expect(undatedInvented(`Borea reopens Halvane crossing\nBorea reopened the Halvane crossing on Tuesday.\n`)).toEqual([]);
    expect(undatedInvented(`Arland says Borea reopens Halvane crossing\n${lede}`)).toEqual([]);
    // Known only as a floor, the day of publication lends the headline nothing.
    expect(contextTimes(analyseArticle(article('a.txt', 'Borea reopens Halvane crossing\nLorries rolled through again, the first in a month.\n'), invented), published, { publishedKnown: false })).toEqual([]);
  });

  test('a definite noun its own words tell as new, or the occasion of a saying its speaker owns, is not named as known', () => {
    const clash = 'Troops clashed near the pass on Monday. ';
    expect(undated(`${clash}The shelling killed two villagers.`)).toEqual(['shelling:2024-04-01~']);
    // "the latest", "the second", "the fresh": the article orders it after others, not back to one.
    expect(undated(`${clash}The latest shelling killed two villagers.`)).toEqual(['shelling:2024-04-01']);
    expect(undated(`${clash}The second attack wounded two guards at the Kelvask Pass post.`)).toEqual(['attack:2024-04-01']);
    expect(undated(`${clash}The fresh clashes killed two guards in Ondria.`)).toEqual(['clashes:2024-04-01']);
    // "told her news conference": where the speaker spoke, the telling itself.
    expect(undated(`${clash}The Velmoran minister told her weekly news conference that Borea must withdraw.`)).toEqual(['news conference:2024-04-01']);
    // Any other definite noun, after "in" or not, stays named as known.
    expect(undated(`${clash}In Ondria, the talks failed.`)).toEqual(['talks:2024-04-01~']);
  });

  test('a lede or a live blog\'s entry in the simple present is news of the day; the same present later in the body goes on', () => {
    // The news present of a lede: the day of publication, told as news, not as known.
    expect(undatedInvented('Arlandese troops clash with Borean guards near the pass.\n\n14:05 — Borea closes the Halvane crossing.')).toEqual(['clash:2024-03-13', 'closes:2024-03-13']);
    // Later in the body, without a stamp, a present describes what goes on.
    expect(undatedInvented('Troops clashed near the pass on Monday.\nArland reopens the Halvane crossing every morning.')).toEqual([]);
    expect(undatedInvented('Troops clashed near the pass on Monday.\nArland sends observers to the border.')).toContain('sends:2024-03-13~');
    // A lede in the present perfect is the news of the day too; later in the body it is the round already told.
    expect(undatedInvented('Arlandese artillery has shelled Sevrin, Borean officials say.\nOfficials said the queue was long.')).toContain('shelled:2024-03-13');
    expect(undatedInvented('Troops clashed near the pass on Monday.\nArlandese artillery has shelled Sevrin.')).toContain('shelled:2024-03-13~');
    // Told as repeated, it is a new round, the day's news.
    expect(undatedInvented('Troops clashed near the pass on Monday.\nArlandese artillery has again shelled Sevrin.')).toContain('shelled:2024-03-13');
    expect(undatedInvented('Troops clashed near the pass on Monday.\nArlandese artillery has shelled Sevrin once more.')).toContain('shelled:2024-03-13');
    // A named act of speech in the lede's present is the day's news, and any in a live entry; a
    // lede's bare "says" sums up a standing position, as a present saying later in the body does.
    expect(undatedInvented('Borea accuses Arland of shelling the villages.\nOfficials said the queue was long.')).toContain('accuses:2024-03-13');
    expect(undatedInvented('Border live\n\n14:05 — Borea says Arland shelled the villages.').some((u) => u.startsWith('says:2024-03-13'))).toBe(true);
    expect(undatedInvented('Each side now says it has won.\nOfficials said the queue was long.').filter((u) => u.startsWith('says'))).toEqual([]);
    expect(undatedInvented('Troops clashed near the pass on Monday.\nBorea accuses Arland of backing the rebels.').filter((u) => u.startsWith('accuses'))).toEqual([]);
    // The few sentences after the lede go on with its news: a present act of speech there that
    // tells of an act is the day's news too; a charge of standing conduct, one in a relative
    // clause, or one further down is not.
    const said = (body: string) => undatedInvented(body).filter((u) => /^(?:blames|asks|denies|accuses)/.test(u));
    expect(said('Arlandese guns shelled Sevrin overnight, killing two.\nBorea blames Arland for the shelling.')).toEqual(['blames:2024-03-13']);
    expect(said('Arland closed the Halvane crossing on Tuesday.\nBorea asks that the crossing be reopened.')).toEqual(['asks:2024-03-13']);
    expect(said('Arland closed the Halvane crossing on Tuesday.\nThe move followed a raid in Sevrin, which Borea denies.')).toEqual([]);
    expect(said('Arland closed the Halvane crossing on Tuesday.\nOfficials met.\nThe queue was long.\nTraders waited.\nShops shut.\nBuses stopped.\nBorea blames Arland for the shelling.')).toEqual([]);
    // A noun a verb of making governs in the lede's present is that verb's news.
    expect(undatedInvented('Arland and Borea agree ceasefire.\nOfficials said the queue was long.')).toContain('ceasefire:2024-03-13');
    expect(undatedInvented('Troops clashed near the pass on Monday.\nThe ceasefire holds.').filter((u) => u.startsWith('ceasefire') && !u.endsWith('~'))).toEqual([]);
    // A progressive, or a verb whose past is its present, is no news present.
    expect(undatedInvented('Arlandese artillery is shelling the villages.').filter((u) => !u.endsWith('~'))).toEqual([]);
    expect(undatedInvented('Borean troops set up a post on the hill.').filter((u) => !u.endsWith('~'))).toEqual([]);
  });

  test('a live blog\'s entry is of the day its stamp line gives, though the page is of a later day', () => {
    // Published Wednesday 13 March 2024; the entries run back into Tuesday night.
    const blog = [
      'Border live',
      '09:10 (GMT) 13 Mar 2024',
      'Borean guards closed the Halvane crossing.',
      '22:40 (GMT) 12 Mar 2024',
      'Arlandese troops clashed with Borean guards near the pass.',
      'Borea has recalled its ambassador from Arland.',
    ].join('\n\n');
    // What an entry tells in the present perfect is news of the entry's day too.
    expect(undatedInvented(blog)).toEqual(['closed:2024-03-13', 'clashed:2024-03-12', 'recalled its ambassador:2024-03-12']);
    // One line with a clock is the page's stamp, not an entry's: the news is of the day the article reached.
    expect(undatedInvented(['Border report', '22:40 (GMT) 12 Mar 2024', 'Arlandese troops clashed with Borean guards near the pass.'].join('\n\n'))).toEqual(['clashed:2024-03-13']);
    // Stamps of the page's own day, at its head and foot, are the page's: the lede's Monday stays the story's day.
    expect(undatedInvented(['13 Mar 2024 09:10 GMT', 'Troops clashed near the pass on Monday.', 'Villagers fled their homes.', '13 Mar 2024 09:10 GMT'].join('\n\n'))).toEqual(['fled:2024-03-11']);
    // A stamp that says what it is ("Updated") is the page's, whatever its clock.
    expect(undatedInvented(['Updated: 12 Mar 2024 22:40', 'Updated: 13 Mar 2024 09:10', 'Arlandese troops clashed with Borean guards near the pass.'].join('\n\n'))).toEqual(['clashed:2024-03-13']);
  });

  test('harm whose doer the report names is the attack, dated by the article; harm counted alone, or told by a source, is not', () => {
    expect(undatedInvented('Officials said on Monday that the area was tense. Gunmen killed five villagers in Tarn.')).toContain('killed:2024-03-11');
    expect(undatedInvented('Officials said on Monday that the area was tense. Five villagers were killed.')).toEqual([]);
    expect(undatedInvented('Officials said on Monday that the area was tense. A source told reporters that five villagers had been killed by gunmen.').filter((u) => u.startsWith('killed'))).toEqual([]);
  });

  test('places nothing but by the article\'s own dates when its day is unknown', () => {
    expect(undated('Castelia has offered to mediate. Troops clashed on March 25. Villagers fled.', false)).toEqual(['fled:2024-03-25']);
    // A telling dated by a weekday counts from a day nobody knows.
    expect(undated('Villagers fled their homes. The minister said on Wednesday night that the guards had been seized.', false)).toEqual([]);
  });
});

describe('contextTimes: a lede that says "today" or "yesterday" of what no happening names', () => {
  // Published Wednesday 3 April. Invented reports in the shape of a wire lede whose verbs ("came
  // to an end", "took off and landed") the lexicon does not name, followed by an undated act.
  test('sets the story\'s day for the undated acts after it', () => {
    expect(undated('The week-long stand-off over the islets came to an end yesterday. Both navies withdrew their ships.')).toEqual(['withdrew:2024-04-02']);
    expect(undated('Some 70 police officers took off from the capital before dawn today and landed near the river. The ministry said the officers withdrew their patrols from the crossing.').filter((u) => u.startsWith('withdrew'))).toEqual(['withdrew:2024-04-03']);
  });

  test('a weekday sets no scene for the news, nor does a day told ahead', () => {
    // "Negotiators sat down on Saturday": a scene of the story, not its news day (was: publication).
    expect(undated('Negotiators first sat down on Monday evening. Both navies withdrew their ships.')).toEqual(['withdrew:2024-04-03']);
    expect(undated('The ultimatum is due to run out today. Both navies withdrew their ships.')).toEqual(['withdrew:2024-04-03']);
    // Without "yesterday", the undated act is the day of publication's.
    expect(undated('The week-long stand-off over the islets came to an end. Both navies withdrew their ships.')).toEqual(['withdrew:2024-04-03']);
  });
});

describe('contextTimes: a relative clause that names who did the news by what they did before', () => {
  test('is a known happening, not news of the day', () => {
    // Published Wednesday 3 April; "who seized the ridge" says who the soldiers are.
    expect(undated('The soldiers who seized the ridge have withdrawn their patrols.').filter((u) => u.startsWith('seized'))).toEqual(['seized:2024-04-03~']);
    // The same act as the sentence's news is news of the day.
    expect(undated('The soldiers seized the ridge.')).toEqual(['seized:2024-04-03']);
  });
});

describe('contextTimes: a postponement told as the setting of the news', () => {
  test('is a happening of the news day, not a recap to leave out', () => {
    // Published Wednesday 3 April: "after the meeting … was put off" tells the postponement too.
    expect(undated('The two army chiefs held talks on Monday, after the meeting planned for Sunday was put off.')).toEqual(['meeting:2024-04-01']);
    // A setting that was no postponement stays the news's setting.
    expect(undated('The two army chiefs held talks on Monday, after the meeting on Sunday.')).toEqual([]);
  });
});

describe('contextTimes: the means of an act told in the past', () => {
  test('"responded by tightening checks" is of the news day, not what goes on as the report is written', () => {
    // Published Wednesday 3 April; the story reached Monday.
    // (was: 'tightening checks:2024-04-03~', a standing present, left out)
    expect(undated('Troops clashed near the pass on Monday. The capital responded by tightening checks at the border.')).toEqual(['tightening checks:2024-04-01']);
    // With no past verb before it, a gerund goes on as the report is written.
    expect(undated('Troops clashed near the pass on Monday. The capital is closing the border crossing.').filter((u) => u.startsWith('closing'))).toEqual(['closing:2024-04-03~']);
  });
});

describe('contextTimes: words of a filing lodged before', () => {
  test('are known from that filing, not said on the news day', () => {
    // Published Wednesday 3 April; invented, in the shape of a report of a world-court ruling.
    expect(undated('In its application to the court, Arland accused Borea of an act of aggression.').filter((u) => u.startsWith('accused'))).toEqual(['accused:2024-04-03~']);
    // Words said in a statement are the day's.
    expect(undated('In a statement, Arland accused Borea of an act of aggression.').filter((u) => u.startsWith('accused'))).toEqual(['accused:2024-04-03']);
  });
});

describe('contextTimes: a noun that sums up what its sentence told', () => {
  test('set after a comma at the end, it names that, not a happening of its own', () => {
    // Published Wednesday 3 April; invented.
    // (was: 'decision:2024-04-03', a decision of the day beside the step the sentence told)
    const body = "Foreign inspectors will stay out of Borea's reactors until their security can be assured, a decision left to the Borean defence council.";
    // No decision of the day: the summing noun is kept as a recap ('~'), or, since the rule that a
    // decision named as a thing is the step it decided (happenings/), not read as a decision at all.
    expect(undated(body).filter((u) => u.startsWith('decision'))).not.toContain('decision:2024-04-03');
    // Led by its own words, it is news of the day.
    expect(undated('The council decided to bar the inspectors.').filter((u) => u.startsWith('decided'))).toEqual(['decided:2024-04-03']);
  });
});

describe('contextTimes: a scene set on an earlier day of the story dates the violence told just after it', () => {
  // Published Wednesday 13 March 2024; the lede dates the act by its telling (Tuesday), the body by its own day.
  const lede = 'Borean cutters fired water cannon at an Arlandese supply boat, the Arlandese coast guard said on Tuesday.';
  const scene = 'Three armed men crossed the river on Sunday and were tracked down on Monday.';
  /** What the body, after the lede, leaves undated, with its day. */
  const body = (text: string) =>
    contextTimes(analyseArticle(article('a.txt', `${lede} ${text}`), invented), DateTime.fromISO('2024-03-13', { zone: 'UTC' }), { publishedKnown: true })
      .filter((c) => c.sentence.index > 0 && !SPEECH.has(c.trigger.value))
      .map((c) => `${c.trigger.text}:${c.time.date}${c.anaphoric ? '~' : ''}`);

  test('a sentence that tells nothing but a day sets the scene, and a quiet sentence keeps it', () => {
    expect(body('The supply run began on Sunday morning. At 9 a.m. a Borean cutter fired its water cannon at the boat.')).toEqual(['water cannon:2024-03-10']);
    expect(body('The supply run began on Sunday morning. Two more cutters arrived soon after. At 9 a.m. a Borean cutter fired its water cannon at the boat.')).toEqual(['water cannon:2024-03-10']);
  });

  test('an act sourced after it goes on with the account; a teller put first starts an account of its own, of the news day', () => {
    expect(body(`${scene} Ordered to give themselves up, the men instead opened fire and ran for a border post, the statement said.`)).toEqual(['opened fire:2024-03-11']);
    expect(body(`${scene} Borean officials said the men opened fire and tried to reach a border post.`)).toEqual(['opened fire:2024-03-12']);
  });

  test('a state a day had sets no scene: "The border had been quiet on Sunday"', () => {
    expect(body('The border had been quiet on Sunday. At 9 a.m. a Borean cutter fired its water cannon at the boat.')).toEqual(['water cannon:2024-03-12~']);
  });

  test('without a scene, the violence is the round the lede told, of its day', () => {
    expect(body('At 9 a.m. a Borean cutter fired its water cannon at the boat.')).toEqual(['water cannon:2024-03-12~']);
  });
});

describe('contextTimes: an act one side charges the other with, told with no day of its own, is the content of that charge', () => {
  const lede = 'Arland and Borea accused each other on Tuesday of breaking the truce.';
  /** The acts the second sentence tells, with their day, `~` when they may only join a happening others date. */
  const acts = (text: string) =>
    contextTimes(analyseArticle(article('a.txt', `${lede} ${text}`), invented), DateTime.fromISO('2024-03-13', { zone: 'UTC' }), { publishedKnown: true })
      .filter((c) => c.sentence.index === 1 && !SPEECH.has(c.trigger.value))
      .map((c) => `${c.trigger.text}:${c.time.date}${c.anaphoric ? '~' : ''}`);

  test('the charged act may join the round others date, but makes no event of the day of the charge', () => {
    expect(acts("Arland's border service said Borean troops had fired on three villages.")).toEqual(['fired on:2024-03-12~']);
    expect(acts("Arland's border service said Borea was moving troops and armour up to the border.")).toEqual(['moving troops and armour up to:2024-03-12~']);
  });

  test("the teller's own act, charged to no one, is told as it happened", () => {
    expect(acts("Arland's border service said its troops had fired on Borean positions.")).toEqual(['fired on:2024-03-12']);
  });

  test('violence one side had done, told in the past perfect by someone not of that side, is their account of an earlier round', () => {
    expect(acts('Their statement said Borean troops had fired on villages near the Halvane crossing.')).toEqual(['fired on:2024-03-12~']);
    expect(acts('Two of the injured said Borean police had fired at them from the bank.')).toEqual(['fired at:2024-03-12~']);
  });

  test("a named person whose side the article does not say, telling of a side's act, is told as it happened", () => {
    expect(acts('A spokesman, Kael Orvan, wrote online that the Borean army had shelled the depot at Kelvask Pass.')).toEqual(['shelled:2024-03-12']);
  });
});

describe('contextTimes: an undated lead takes the first day only of the sentences right after it', () => {
  // Published Wednesday 3 April 2024.
  const lead = (body: string) => undated(body).filter((u) => u.startsWith('called on'));

  test('dated in the sentence after it, the lead is of that day', () => {
    expect(lead('Arland called on Borea to free the fishermen it holds. Borean guards seized their boats near the Halvane crossing on Monday.')).toEqual(['called on:2024-04-01']);
  });

  test('a day named further on, in another story, leaves the lead the news of the day of publication', () => {
    expect(
      lead(
        'Arland called on Borea to free the fishermen it holds. Borea seized their boats in November. The Vel Amar temple lies near the border. Kelvask Pass is closed to trade. On Monday, Borean police detained two Arlandese traders.',
      ),
    ).toEqual(['called on:2024-04-03']);
  });
});

describe('contextTimes: a sentence opening "three days later" or "the next day" counts from the day the story last named', () => {
  // Published Wednesday 3 April 2024.
  const recalled = (body: string) => undated(body).filter((u) => u.startsWith('recalled')).map((u) => u.replace(' its envoy', ''));

  test('so many days after (or before) the last day the sentences just before it named, however old', () => {
    expect(recalled('On March 20 Arland closed the Halvane crossing. Three days later Borea recalled its envoy from Arlandia City.')).toEqual(['recalled:2024-03-23']);
    expect(recalled('On March 20 Arland closed the Halvane crossing. The crossing lies in Ondria. The next day Borea recalled its envoy from Arlandia City.')).toEqual(['recalled:2024-03-21']);
  });

  test('without the opening words, or with no day named just before, it is the news day as before', () => {
    expect(recalled('On March 20 Arland closed the Halvane crossing. Borea recalled its envoy from Arlandia City.')).toEqual(['recalled:2024-04-03']);
    expect(recalled('Arland closed the Halvane crossing. Three days later Borea recalled its envoy from Arlandia City.')).toEqual(['recalled:2024-04-03']);
  });

  test('a day it would put after the day of publication is none: the news day stands', () => {
    expect(recalled('Arland closed the Halvane crossing on Tuesday. Three days later Borea recalled its envoy from Arlandia City.')).toEqual(['recalled:2024-04-02']);
  });
});

describe('contextTimes: "The move came a day after …" counts from the day the story reached', () => {
  test('news named only as known, then "came" or "follows", is of the day the story reached: what it came after lies that many days before', () => {
    // Published Wednesday 13 March 2024.
    const suspended = (body: string) => undatedInvented(body).filter((u) => u.startsWith('suspended trade'));
    expect(suspended('Arland expelled two Borean envoys on Tuesday. The move came a day after Borea suspended trade at the Halvane crossing.')).toEqual(['suspended trade:2024-03-11']);
    expect(suspended('Arland expelled two Borean envoys on Tuesday. It came two days after Borea suspended trade at the Halvane crossing.')).toEqual(['suspended trade:2024-03-10']);
    // A subject that is no known news ("Traders came …") counts nothing.
    expect(suspended('Arland expelled two Borean envoys on Tuesday. Traders came a day after Borea suspended trade at the Halvane crossing.')).toEqual([]);
  });
});

describe('contextTimes: violence a telling of a day tells happened by that day', () => {
  test('not on the later day the story has reached', () => {
    // Published Wednesday 13 March 2024.
    const shells = (body: string) => undatedInvented(body).filter((u) => u.startsWith('artillery shells')).map((u) => u.replace(/~$/, ''));
    expect(shells('Borean drones struck a fuel depot in Ondria on Wednesday. The Arlandese army said on Tuesday night that Borean gunners had fired five artillery shells at its posts.')).toEqual([
      'artillery shells:2024-03-12',
    ]);
    // Told with no day, it keeps the story's day.
    expect(shells('Borean drones struck a fuel depot in Ondria on Wednesday. The Arlandese army said Borean gunners had fired five artillery shells at its posts.')).toEqual(['artillery shells:2024-03-13']);
  });
});

describe('contextTimes: a lede told only as a setting sets the story day', () => {
  // Published Wednesday 3 April 2024: Tuesday is 2 April.
  const body = (lede: string) => `${lede} Arland's prime minister confirmed that the soldiers had been released.`;
  test('a setting of the day before publication is the news the next sentences go on telling', () => {
    expect(undated(body('Three Borean soldiers held in Ondria are home again after a court at Velmora ordered their release on Tuesday.')).filter((u) => u.startsWith('released'))).toEqual(['released:2024-04-02']);
  });
  test('a setting of the day of publication leaves the story where it was', () => {
    const told = undated(`Troops clashed near the pass on Monday. ${body('Three Borean soldiers held in Ondria are home again after a court at Velmora ordered their release today.')}`);
    expect(told.filter((u) => u.startsWith('released'))).toEqual(['released:2024-04-01']);
  });
  test('"today" outside the setting is the day of the news, though no happening of the sentence is read as news', () => {
    // The lede's own act is unread, its one happening read the setting, the attack; "today" stands
    // outside it. What the article goes on to tell undated is of the lede's day, not of Monday, the
    // latest day a recap named.
    const told = undated('After the border attack, Arland today laid its evidence before the Borean envoy. Six were dead from Sunday\'s attack by Monday. The cabinet met to weigh a response.');
    expect(told.filter((u) => u.startsWith('met'))).toEqual(['met:2024-04-03']);
  });
  test('a sentence with news of its own dates by it, not by its setting', () => {
    expect(undated(body('Borea recalled its envoy from Arland on Wednesday after a court at Velmora ordered the soldiers held on Tuesday.')).filter((u) => u.startsWith('released'))).toEqual(['released:2024-04-03']);
  });
  test('a verb joined by "and" to a past perfect of the same subject is a recap too: "had condemned the raid and accused"', () => {
    // The joined verb shares the perfect's recap: no news day of its own.
    expect(undatedInvented('Arland freed the crew on Monday. Lena Ferrin had condemned the raid and accused Ondria of arming the rebels.')).toEqual(['condemned:2024-03-11~', 'accused:2024-03-11~']);
    expect(undatedInvented('Arland freed the crew on Monday. Lena Ferrin had condemned the raid, and accused Ondria of arming the rebels.')).toEqual(['condemned:2024-03-11~', 'accused:2024-03-11~']);
    // A plain past joined to a plain past is still the news of the day.
    expect(undatedInvented('Arland freed the crew on Monday. Lena Ferrin condemned the raid and accused Ondria of arming the rebels.')).toEqual(['condemned:2024-03-11', 'accused:2024-03-11']);
    // A day of its own keeps it: "had … and then, on Tuesday, warned".
    expect(undatedInvented('Arland freed the crew on Monday. The Borean government had denounced the seizure and then, on Tuesday, warned of consequences.').some((d) => d.startsWith('warned'))).toBe(false);
  });
  test('words joined by "and" to words in the past perfect recall them with it, though a sequence word sets the sentence in the story ("before the tanker was released")', () => {
    const body = 'Borean commandos seized an Arlandese tanker on Monday. Before the tanker was released, the Arlandese president had condemned the boarding and warned of a firm response.';
    expect(undatedInvented(body).filter((u) => /^(?:condemned|warned)/.test(u))).toEqual(['condemned:2024-03-11', 'warned:2024-03-11~']);
    // Joined to an act in the past perfect, not to words, the saying is the day's own.
    const act = 'Borean commandos seized an Arlandese tanker on Monday. Before the tanker was released, Arlandese boats had shadowed it and the president warned of a firm response.';
    expect(undatedInvented(act).filter((u) => u.startsWith('warned'))).toEqual(['warned:2024-03-11']);
  });
});

describe('contextTimes: the act a charge is made of', () => {
  // Sentences written for this test, of invented parties.
  test('an act named in an accusation, with no day of its own, is what the charge says, not an act of the day', () => {
    expect(undatedInvented('Arland on Tuesday accused Borea of abducting two farmers near Velmora.')).toEqual(['abducting:2024-03-12~']);
    // … and an act with no doer of its own after the side a telling charges.
    expect(undatedInvented('Kael Orvan, the Arlandese army chief, told reporters on Tuesday that Borea had broken the accord within hours with artillery fire on Velmora.').filter((u) => u.startsWith('artillery'))).toEqual(['artillery fire:2024-03-12~']);
  });

  test('an attack the named side fended off is no act of that side, and stays news', () => {
    expect(undatedInvented('The Arlandese army said on Tuesday that its gunners helped Borean guards beat back an attack on a checkpoint near Velmora.').filter((u) => u.startsWith('attack'))).toEqual(['attack:2024-03-12']);
  });
});

describe('contextTimes: a charge told in the present', () => {
  // Sentences written for this test, of invented parties.
  test('after the lede, "says" with an act of the other side is where the teller stands, no news of the day', () => {
    const lede = 'Arlandese and Borean troops clashed near the Kelvask Pass on Monday, killing four soldiers.';
    expect(undatedInvented(`${lede} Borea says Arlandese troops opened fire on its posts.`).filter((u) => u.startsWith('says'))).toEqual([]);
    expect(undatedInvented(`${lede} Borea has said Arlandese troops opened fire on its posts.`).filter((u) => u.startsWith('said'))).toEqual([]);
    // Told in the past, it is the day's charge.
    expect(undatedInvented(`${lede} Borea said Arlandese troops opened fire on its posts.`).filter((u) => u.startsWith('said'))).toEqual(['said:2024-03-11']);
  });

  test('as the lede, the same words are the news', () => {
    expect(undatedInvented('Borea says Arlandese troops opened fire on its posts near the Kelvask Pass.').filter((u) => u.startsWith('says'))).toEqual(['says:2024-03-13']);
  });
});

describe('contextTimes: an act told under a present "says"', () => {
  // Sentences written for this test, of invented parties.
  const lede = 'Arland recalled its ambassador from Borea on Monday over the arrest of a border guard.';
  test('below the lede, an act in the simple past under "says" is the teller\'s standing account, no act of the day', () => {
    expect(undatedInvented(`${lede} Borea's border service says it detained him two kilometres inside Borea near the Halvane crossing.`).filter((u) => u.startsWith('detained'))).toEqual(['detained:2024-03-11~']);
    // Told in the past, it is news of the day.
    expect(undatedInvented(`${lede} Borea's border service said it detained him two kilometres inside Borea near the Halvane crossing.`).filter((u) => u.startsWith('detained'))).toEqual(['detained:2024-03-11']);
  });

  test('below the lede, an act under the present perfect "have said" is a standing account too, a noun as a verb', () => {
    expect(undatedInvented(`${lede} Arlandese officials have said the convoy ran into an ambush laid by Borea near the Halvane crossing.`).filter((u) => u.startsWith('ambush'))).toEqual(['ambush:2024-03-11~']);
    expect(undatedInvented(`${lede} Farmers by the Kelvask Pass have reported that Borean bulldozers demolished two barns.`).filter((u) => u.startsWith('demolished'))).toEqual(['demolished:2024-03-11~']);
    // Told in the simple past, the same account is news of the day.
    expect(undatedInvented(`${lede} Arlandese officials said the convoy ran into an ambush laid by Borea.`).filter((u) => u.startsWith('ambush'))).toEqual(['ambush:2024-03-11']);
  });
});
