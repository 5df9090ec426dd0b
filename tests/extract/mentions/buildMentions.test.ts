import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { buildMentions } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

const published = DateTime.fromISO('2024-04-03', { zone: 'UTC+7' });
const build = (body: string) => buildMentions(analyseArticle(article('a.txt', body), invented), published);

describe('buildMentions: an article\'s reports of happenings, placed on the calendar', () => {
  test('gives each mention its date, how it was dated, its status and who spoke', () => {
    const { mentions } = build('Troops clashed near Ondria on Monday. The foreign minister of Japan urged restraint. Talks will resume on Friday.');
    expect(mentions.map((m) => [m.kind, m.time.date, m.dating, m.status, m.speaker])).toEqual([
      ['fighting', '2024-04-01', 'own', 'occurred', undefined],
      ['talks', '2024-04-05', 'own', 'scheduled', undefined],
      ['statement', '2024-04-01', 'context', 'occurred', 'Japan'],
    ]);
  });

  test('a plan told as it stood on a past weekday the sentence names ("would resume on Tuesday") counts its weekday from that day', () => {
    // 3 April 2024 was a Wednesday: Monday is the 1st, and the Tuesday after it the 2nd.
    const talks = (body: string) => build(body).mentions.filter((m) => m.kind === 'talks').map((m) => m.time.date);
    expect(talks('On Monday the Arland cabinet decided that talks with Borea would resume on Tuesday in Velmora.')).toEqual(['2024-04-02']);
    // Told ahead of publication ("will"), the weekday is the next one, whatever day the decision was.
    expect(talks('On Monday the Arland cabinet decided that talks with Borea will resume on Tuesday in Velmora.')).toEqual(['2024-04-09']);
  });

  test('a toll in a sentence set by its year long before the news counts a happening of that time, never the article\'s last', () => {
    const counted = (body: string) => build(body).mentions.flatMap((m) => m.figures.map((f) => [m.kind, m.time.date, f.text]));
    expect(counted('Borean guns shelled Sevrin on Monday. How it unfolded: on 14 February 2019, the Velmora-based group Red Hand struck a police convoy on the Ondria highway in the south, killing 40 men.')).toEqual([]);
    // With no year, the same toll is of the news the article told.
    expect(counted('Borean guns shelled Sevrin on Monday. The Velmora-based group Red Hand struck a police convoy on the Ondria highway in the south, killing 40 men.')).toEqual([['strike', '2024-04-01', '40']]);
  });

  test('a toll in a participle on a recap\'s clause ("…stormed a post, killing 18") counts the recalled round, not the news', () => {
    const counted = (body: string) => build(body).mentions.flatMap((m) => m.figures.filter((f) => f.measure === 'killed').map((f) => [m.kind, m.time.date, f.text]));
    const told = counted('Arland shelled Borean positions on Monday. The shelling came 11 days after gunmen stormed a base at Kelvask Pass, killing 18 soldiers, the deadliest attack on the army in years.');
    expect(told).toContainEqual(['fighting', '2024-03-21', '18']);
    expect(told.filter(([, date]) => date === '2024-04-01')).toEqual([]);
  });

  test('a setting counted from the news ("a day after clashes killed four") is that day\'s news in the week of publication, a recap before', () => {
    const fights = (body: string) => build(body).mentions.filter((m) => m.kind === 'fighting').map((m) => [m.time.date, m.background]);
    expect(fights('Rebel shelling hit the valley on Monday, a day after clashes near the pass killed four guards.')).toEqual([['2024-03-31', false]]);
    expect(fights('Rebel shelling hit the valley on 9 March 2019, a day after clashes near the pass killed four guards.')).toEqual([['2019-03-08', true]]);
  });

  test('a setting told by its own verb on its own day, a day or two before publication, is news; a noun it hangs on stays the setting', () => {
    const detained = (body: string) => build(body).mentions.filter((m) => m.kind === 'detention').map((m) => [m.time.date, m.background]);
    expect(detained('Police, who had arrested four men on Monday, kept searching the hills.')).toEqual([['2024-04-01', false]]);
    expect(detained('Police, who had arrested four men on 9 March, kept searching the hills.')).toEqual([['2024-03-09', true]]);
    // A noun whose own clause tells the harm it did: "after a mine wounded two guards on Monday".
    const blasts = (body: string) => build(body).mentions.filter((m) => m.kind === 'strike').map((m) => [m.time.date, m.background]);
    expect(blasts('The ministry closed the road on Tuesday, after a mine wounded two guards on Monday.')).toEqual([['2024-04-01', false]]);
    const talks = (body: string) => build(body).mentions.filter((m) => m.kind === 'talks').map((m) => [m.time.date, m.background]);
    expect(talks('After a meeting with Borean envoys on Monday, the president closed the border.')).toEqual([['2024-04-01', true]]);
    // A noun its phrase counts in a series is that happening: "only after a second meeting".
    expect(talks('Only after a second meeting with Borean envoys on Monday, the president reopened the Kelvask Pass.')).toEqual([['2024-04-01', false]]);
    expect(talks('After another meeting with Borean envoys on Monday, the president reopened the Kelvask Pass.')).toEqual([['2024-04-01', false]]);
    // One counted as the next of a series is told as new: that day's news.
    expect(talks('Arland accepted the bodies only after a second flag meeting with Borean officers on Monday.')).toEqual([['2024-04-01', false]]);
    expect(talks('After another round of talks with Borean envoys on 9 March, the president closed the border.')).toEqual([['2024-03-09', true]]);
    // A cabinet's own meeting is its deliberation (a measure), a setting all the same.
    const sittings = (body: string) => build(body).mentions.filter((m) => m.kind === 'measure').map((m) => [m.time.date, m.background]);
    expect(sittings('After a meeting of the cabinet on Monday, the president closed the border.')).toEqual([['2024-04-01', true]]);
  });

  test('a happening named, then dated only to a month by a clause set off to say what it did, is recalled, not news', () => {
    // Which July a noun's clause means is the dating's business; that it is recalled is this rule's.
    const julys = (body: string) => build(body).mentions.filter((m) => m.kind === 'fighting' && m.time.date.endsWith('-07')).map((m) => m.background);
    expect(julys('Borean troops shelled the pass on Monday, renewing the clashes, which killed 30 people in July.')).toEqual([true]);
    // Told as news in a clause of its own, the month's clashes are that month's happening.
    expect(julys('Clashes broke out near the pass in July and killed 30 people.')).toEqual([false]);
  });

  test('words a party said of a step, told undated in an apposition after it, are the setting of the news, no statement; told in a sentence of their own, they are', () => {
    const said = (body: string) => build(body).mentions.filter((m) => m.kind === 'statement').map((m) => [m.speaker, m.time.date]);
    // Only the announcement, dated last week: no second statement of the report's day.
    expect(said('Ties soured after Borea announced last week that it would fence the river, a step Arland has called provocative.')).toEqual([['Borea', '2024-03-25']]);
    expect(said('Ties soured after Borea announced last week that it would fence the river. Arland has called the step provocative.')).toContainEqual(['Arland', '2024-04-03']);
  });

  test('a happening told in the past early on the day after publication took place then, filed the evening before in another zone', () => {
    // Published Wednesday 3 April 2024.
    const truce = (body: string) => build(body).mentions.filter((m) => m.kind === 'ceasefire').map((m) => [m.time.date, m.status]);
    expect(truce('The two sides agreed a truce early on Thursday at the border post.')).toEqual([['2024-04-04', 'occurred']]);
    expect(truce('The two sides will agree a truce on Thursday at the border post.')).toEqual([['2024-04-04', 'scheduled']]);
  });

  test('takes a handover put on hold, or postponed by someone on a day, as put off that day', () => {
    const handovers = (body: string) => build(body).mentions.filter((m) => m.kind === 'detention').map((m) => [m.time.date, m.phase]);
    expect(handovers('The council on Monday postponed the handover of nine prisoners.')).toEqual([['2024-04-01', 'postpone']]);
    expect(handovers('The handover of nine prisoners was put on hold on Monday.')).toEqual([['2024-04-01', 'postpone']]);
  });

  test('a truce a joint statement announces is the truce, with no statement beside it', () => {
    const { mentions } = build('Arland and Borea issued a joint statement on Monday announcing a truce from midnight.');
    expect(mentions.map((m) => [m.kind, m.time.date])).toEqual([['ceasefire', '2024-04-01']]);
  });

  test('makes no event of a plan told in the past ("were to begin"), which says nothing of whether it was carried out', () => {
    expect(build('Under the accord, border talks were to begin by March 27 in the capital.').mentions.filter((m) => m.kind === 'talks')).toEqual([]);
    expect(build('Border talks began on March 27 in the capital.').mentions.filter((m) => m.kind === 'talks')).toHaveLength(1);
  });

  test('takes a told attack the sentence then calls an accusation for a claim', () => {
    const status = (body: string) => build(body).mentions.filter((m) => m.kind === 'fighting').map((m) => m.status);
    expect(status('Its border patrol said rebel troops had shot at a convoy near the village; the rebels did not answer the accusation.')).toEqual(['claimed']);
    expect(status('Its border patrol said rebel troops had shot at a convoy near the village.')).toEqual(['occurred']);
  });

  test('keeps a clash a fact when the sentence calls only who fired first an accusation', () => {
    const status = (body: string) => build(body).mentions.filter((m) => m.kind === 'fighting').map((m) => m.status);
    expect(status('Its border patrol said rebel troops had opened fire first near the village, an accusation the rebels rejected.')).toEqual(['occurred']);
  });

  test('never takes a statement for a claim: what was said was said, whatever it is about', () => {
    const { mentions } = build('Borea also criticised the monitors for a report issued on March 3 that accused Velmora of breaking the truce.');
    expect(mentions.filter((m) => m.kind === 'statement').map((m) => m.status)).toEqual(['occurred']);
  });

  test('a statement told in the past perfect with no day of its own may join one others date, never stand alone', () => {
    const { mentions } = build('Troops clashed near Ondria on Monday. The foreign minister of Japan had urged restraint. The foreign minister of Japan urged restraint.');
    expect(mentions.filter((m) => m.kind === 'statement').map((m) => [m.dating, m.anaphoric])).toEqual([
      ['context', true],
      ['context', false],
    ]);
  });

  test('"both sessions" names the talks already told as known: it joins them, never stands alone at the article\'s day', () => {
    const known = (body: string) => build(body).mentions.filter((m) => m.kind === 'talks').map((m) => [m.dating, m.anaphoric]);
    expect(known('Talks between Arland and Borea were held in Velmora on Monday. Both sessions were held behind closed doors.')).toEqual([
      ['own', false],
      ['context', true],
    ]);
    // A count is no determiner of a known thing: two sessions may be news of their own.
    expect(known('Talks between Arland and Borea were held in Velmora on Monday. Two sessions were held behind closed doors.')).toEqual([
      ['own', false],
      ['context', false],
    ]);
  });

  test('a month gone by told after "has … before" is that precedent, background, not news', () => {
    const recap = (body: string) => build(body).mentions.filter((m) => m.kind === 'detention').map((m) => [m.time.date, m.background]);
    expect(recap('Velmora returned two Arlandese guards to Arland on Monday. Velmora has brokered such returns before. In March 2019 Borea detained six Arlandese soldiers at Kelvask Pass.')).toContainEqual(['2019-03', true]);
    // With no sentence saying it happened before, the month is a happening of its own.
    expect(recap('Velmora returned two Arlandese guards to Arland on Monday. In March 2019 Borea detained six Arlandese soldiers at Kelvask Pass.')).toContainEqual(['2019-03', false]);
  });

  test('a truce one side has declared is done, though it begins on a day ahead; one it will declare is still a plan', () => {
    const truce = (body: string) => build(body).mentions.filter((m) => m.kind === 'ceasefire').map((m) => m.status);
    expect(truce('The rebels Borea arms around Velmora have declared a unilateral ceasefire, to begin on Friday.')).toEqual(['occurred']);
    expect(truce('A ceasefire will begin on Friday.')).toEqual(['scheduled']);
  });

  test('a past perfect inside words someone said is the simple past shifted back: a telling of the saying\'s day', () => {
    const { mentions } = build('Talks held on Monday in Velmora broke up without agreement, and the Borean envoys then said they had been told by Arland not to go home.');
    expect(mentions.filter((m) => m.kind === 'statement').map((m) => [m.time.date, m.anaphoric])).toEqual([['2024-04-01', false]]);
  });

  test('gives a figure to the happening its measure counts, the dead to the violence, not to a flight', () => {
    const { mentions } = build('Troops clashed near Ondria on Monday and villagers fled. At least 12 people were killed and 3,000 displaced.');
    const figures = (kind: string) => mentions.find((m) => m.kind === kind)!.figures.map((f) => f.text);
    expect(figures('fighting')).toEqual(['At least 12']);
    expect(figures('humanitarian')).toEqual(['3,000']);
  });

  test('gives the dead of a sentence that tells only a flight to the violence the article told of, never to the flight', () => {
    const { mentions } = build('Borean troops shelled Ondria on Monday. Villagers fled Ondria on Monday, and three of them were found dead.');
    expect(mentions.filter((m) => m.figures.length > 0).map((m) => [m.kind, m.figures.map((f) => f.text)])).toEqual([['strike', ['three']]]);
  });

  test('reads no people in a number of rounds, and gives the toll of rounds told apart to none of them', () => {
    const figures = (body: string) => build(body).mentions.flatMap((m) => m.figures.map((f) => [m.kind, f.text]));
    const news = 'A drone hit a camp in Ondria on Monday, killing three guards. ';
    expect(figures(news + 'Two separate attacks across the border killed no fewer than seven Arlandese and wounded several others.')).toEqual([['strike', 'three']]);
    expect(figures(news + 'Arland said five people had died and four were hurt in two earlier raids across the border.')).toEqual([['strike', 'three']]);
    // Rounds not told apart may be one raid: its toll stays.
    expect(figures('Three air strikes hit Velmora on Monday, killing 12 people.')).toEqual([['strike', '12']]);
  });

  test('gives a figure of a relative clause to the happening it is said of, and one of a sentence a fronted date sets earlier to no later happening', () => {
    const figures = (body: string) => build(body).mentions.flatMap((m) => m.figures.map((f) => [m.kind, m.time.date, f.text]));
    expect(figures('The crisis began with the raid on Ondria on 12 March, in which officials say 28 people were killed, and with Borean air strikes on Velmora on Monday.')).toEqual([
      ['civilians', '2024-03-12', '28'],
    ]);
    // "Last year" sets the whole sentence's time, though it lies far from the figure.
    expect(figures('Borean artillery shelled Ondria on Monday. Last year the navy of Arland lost 16 sailors\' lives off Sevrin.')).toEqual([]);
  });

  test('gives a toll of what set a happening off ("began after three guards were killed") to nothing, and the happening its own', () => {
    const figures = (body: string) => build(body).mentions.flatMap((m) => m.figures.map((f) => [m.kind, f.text]));
    expect(figures('Fighting broke out near Ondria on Monday after three Borean guards were killed.')).toEqual([]);
    expect(figures('The fighting that broke out near Ondria on Monday after three Borean guards were killed has left nine people dead.')).toEqual([['fighting', 'nine']]);
  });

  test('gives a toll to the happening of its own sentence, whatever its kind, before one the article told of earlier', () => {
    const { mentions } = build('Troops clashed near Ondria on Monday, killing three soldiers. On Wednesday, shelling hit a village, wounding 10 civilians.');
    expect(mentions.map((m) => [m.kind, m.time.date, m.figures.map((f) => f.text)])).toEqual([
      ['fighting', '2024-04-01', ['three']],
      ['strike', '2024-04-03', ['10']],
    ]);
  });

  test('gives a toll to the nearest happening that can count it, not to the first kind that can', () => {
    const { mentions } = build('Troops clashed near the border on Monday, and a rocket hit a market in Ondria, killing four people.');
    expect(mentions.filter((m) => m.figures.length > 0).map((m) => [m.kind, m.figures.map((f) => f.text)])).toEqual([['strike', ['four']]]);
  });

  test('dates something said "last week" to that week, not to the day of the report that recalls it', () => {
    const said = (body: string) => build(body).mentions.filter((m) => m.kind === 'accusation').map((m) => [m.time.date, m.time.endDate]);
    expect(said('Last week Borea accused Arland of breaking the truce.')).toEqual([['2024-03-25', '2024-03-31']]);
    // A window beside the day of the saying dates something else.
    expect(said('Arland on Tuesday accused Borea of breaking a truce agreed earlier this week.')).toEqual([['2024-04-02', undefined]]);
  });

  test('counts nothing new from a toll of a round its own words date to a year', () => {
    const figures = (body: string) => build(body).mentions.flatMap((m) => m.figures.map((f) => [m.kind, f.text]));
    expect(figures('Shelling hit Ondria on Monday, killing four. Last year\'s clashes killed 15 people.')).toEqual([['strike', 'four']]);
    expect(figures('Shelling hit Ondria on Monday, killing four. Both sides recall the 2011 fighting, in which at least 20 people died.')).toEqual([['strike', 'four']]);
  });

  test('counts nothing new from a recap, a share or a hypothetical', () => {
    const { mentions } = build('Troops clashed on Monday, after a mine blast wounded five soldiers last week. Half of its 20,000 residents left. A truce could save thousands of lives.');
    // The toll of the blast recalled is the blast's, on its own mention; the rest count nothing.
    expect(mentions.filter((m) => m.figures.length > 0).map((m) => [m.kind, m.background, m.figures.map((f) => f.text)])).toEqual([['strike', true, ['five']]]);
  });

  test('leaves a toll its own words date before the news off the news, and keeps one told on a later day', () => {
    const figures = (body: string) => build(body).mentions.filter((m) => m.kind === 'fighting').map((m) => [m.time.date, m.figures.map((f) => f.text)]);
    expect(figures('Troops clashed near Ondria on Monday, the worst since the clashes that killed 40 last year.')).toEqual([['2024-04-01', []]]);
    expect(figures('Troops clashed near Ondria on Monday, killing 12 people, the army said on Tuesday.')).toEqual([['2024-04-01', ['12']]]);
  });

  test('takes what a denial names for the other side\'s claim, which joins a happening others date and is never dated by the denial', () => {
    const { mentions } = build('Borea denied on Tuesday that its troops had shelled a village near Ondria.');
    expect(mentions.filter((m) => m.kind === 'strike').map((m) => [m.status, m.denied, m.anaphoric])).toEqual([['claimed', true, true]]);
  });

  test('does not take a denial of who started a happening for a denial of the happening', () => {
    const { mentions } = build('Troops clashed near Ondria on Monday. Borea rejected accusations that its troops had provoked the clash.');
    expect(mentions.filter((m) => m.kind === 'fighting').map((m) => [m.status, m.denied])).toEqual([
      ['occurred', false],
      ['occurred', false],
    ]);
  });

  test('leaves the place where something was said off the happening', () => {
    const { mentions } = build('Troops clashed near Ondria on Monday, a spokesman said in Arlandia City.');
    expect(mentions[0]!.places.map((p) => p.name)).toEqual(['Ondria']);
  });

  test('gives the place of a happening the article leaves undated to no other happening', () => {
    const places = (body: string) => build(body).mentions.filter((m) => m.kind === 'talks').map((m) => m.places.map((p) => p.name));
    // The meeting that "was to" be held is no event; Ondria is its place, not Monday's talks'.
    expect(places('Envoys of the two sides met on Monday. A second meeting was to be held later in Ondria.')).toEqual([[]]);
    expect(places('Envoys of the two sides met on Monday. The talks took place in Ondria.').flat()).toEqual(['Ondria']);
  });

  test('keeps a denied happening a claim, citing the denial', () => {
    const { mentions } = build('Borea said Arlandese jets bombed a school in Sevrin on Monday. Arland denied bombing the school.');
    const strike = mentions.find((m) => m.kind === 'strike')!;
    expect([strike.status, strike.denied, strike.citations.length]).toEqual(['claimed', true, 2]);
  });

  test('reads a happening put off as its postponement, today, and its plan, scheduled at the new date', () => {
    const { mentions } = build('Officials said the talks planned for Monday were put off until Friday.');
    expect(mentions.map((m) => [m.kind, m.time.date, m.status, m.phase])).toEqual([
      ['talks', '2024-04-05', 'scheduled', undefined],
      ['talks', '2024-04-03', 'occurred', 'postpone'],
    ]);
  });

  test('dates a plan put off to a new day no earlier than the day it was due, whatever the tense of the putting off', () => {
    const plans = (body: string, day = '2022-12-11') =>
      buildMentions(analyseArticle(article('a.txt', body), invented), DateTime.fromISO(day, { zone: 'UTC' })).mentions.filter((m) => m.status === 'scheduled').map((m) => m.time.date);
    // Told in December, a vote due in December and moved to April is next April's, not last April's.
    expect(plans('Also on Saturday, Ana Ruiz postponed the local elections due on December 18 in four towns until April 23.')).toEqual(['2023-04-23']);
    // A new day the sentence gives nothing later than stays where its tense puts it.
    expect(plans('Officials said the talks planned for Monday were put off until Friday.', '2024-04-03')).toEqual(['2024-04-05']);
  });

  test('reads a plan called off with no new day as its postponement and the plan, scheduled on the day it was due', () => {
    // Published on a Friday: the Wednesday the visit was set for is two days before, and stays a plan.
    // The putting off takes the article's time at that point, as any happening the sentence leaves undated.
    const told = (body: string) =>
      buildMentions(analyseArticle(article('a.txt', body), invented), DateTime.fromISO('2024-04-05', { zone: 'UTC' })).mentions.map((m) => [m.kind, m.status === 'scheduled' ? m.time.date : m.dating, m.status, m.phase]);
    expect(told('Ana Ruiz called off a visit to Velmora that had been set for Wednesday.')).toEqual([
      ['talks', '2024-04-03', 'scheduled', undefined],
      ['talks', 'context', 'occurred', 'postpone'],
    ]);
    expect(told('Lena Ferrin called off a visit to Velmora set for Wednesday.')).toEqual([
      ['talks', '2024-04-03', 'scheduled', undefined],
      ['talks', 'context', 'occurred', 'postpone'],
    ]);
    // A plan's day the sentence moves is not its day: the new one is.
    expect(told('Officials said the talks planned for Monday were put off until Tuesday.').filter(([, , status]) => status === 'scheduled')).toEqual([['talks', '2024-04-09', 'scheduled', undefined]]);
  });

  test('reads a trip or visit cancelled as talks put off, and a plan\'s day told as what was to be done as the day it was due', () => {
    const told = (body: string, day: string) =>
      buildMentions(analyseArticle(article('a.txt', body), invented), DateTime.fromISO(day, { zone: 'UTC' })).mentions.map((m) => [m.kind, m.status === 'scheduled' ? m.time.date : m.dating, m.status, m.phase]);
    // Published on a Tuesday: the Wednesday the trip was due on is the next day, the nearest either way.
    expect(told('Foreign Minister Ana Ruiz has cancelled the trip to Velmora she was due to make on Wednesday.', '2024-04-02')).toEqual([
      ['talks', '2024-04-03', 'scheduled', undefined],
      ['talks', 'context', 'occurred', 'postpone'],
    ]);
    // Published on a Friday, the same Wednesday is two days before.
    expect(told('Foreign Minister Ana Ruiz has cancelled the trip to Velmora she was due to make on Wednesday.', '2024-04-05')[0]).toEqual(['talks', '2024-04-03', 'scheduled', undefined]);
    expect(told('Ana Ruiz called off his trip to Borea.', '2024-04-05')).toEqual([['talks', 'context', 'occurred', 'postpone']]);
    // A summit put off: the plan in the month it was due, the postponement on the day of the news.
    expect(told('The fourth Arland summit that Velmora was to host in November has been put off, officials in Ondria said on Wednesday.', '2024-04-05')).toEqual([
      ['talks', '2024-11', 'scheduled', undefined],
      ['talks', 'context', 'occurred', 'postpone'],
    ]);
    // Told by a named source, the postponement stays beside the source's statement: a meeting put
    // off is no contact that the statement stands for.
    expect(told('Officials in the Borean foreign ministry said on Wednesday that the Arland summit Velmora was to host in November had been put off.', '2024-04-05')).toEqual([
      ['statement', 'told', 'occurred', undefined],
      ['talks', '2024-11', 'scheduled', undefined],
      ['talks', 'context', 'occurred', 'postpone'],
    ]);
    // A plan called off whose day is gone when told was called off on a day the report does not
    // give: its postponement is told as known, to join the one another report dates.
    const putOff = (body: string, day: string) =>
      buildMentions(analyseArticle(article('a.txt', body, day), invented), DateTime.fromISO(day, { zone: 'UTC' })).mentions.filter((m) => m.phase === 'postpone').map((m) => m.anaphoric);
    expect(putOff('Ana Ruiz called off a visit to Velmora that had been set for Wednesday.', '2024-04-06')).toEqual([true]);
    expect(putOff('Ana Ruiz has called off a visit to Velmora that had been set for Wednesday.', '2024-04-02')).toEqual([false]);
    // A trip that goes ahead is no meeting by that word alone.
    expect(told('Ana Ruiz began a trip to the Kelvask Pass on Monday.', '2024-04-05')).toEqual([]);
  });

  test('places talks where the visitor went, not where he set out from', () => {
    const placed = (body: string) => build(body).mentions.map((m) => [m.kind, m.places.map((p) => p.name)]);
    expect(placed('Leaving the Kelvask Pass on Monday, the Borean envoy met Arland officials at the Halvane crossing.')).toEqual([['talks', ['Halvane crossing']]]);
    expect(placed('The Borean envoy met Arland officials at the Kelvask Pass on Monday.')).toEqual([['talks', ['Kelvask Pass']]]);
    expect(placed('The Borean envoy met Arland officials at the Halvane crossing on Monday, after flying in from the Kelvask Pass.')).toEqual([['talks', ['Halvane crossing']]]);
    // Officials from a place made no journey the sentence tells.
    expect(placed('Officials from the Kelvask Pass met Borean envoys on Monday.')).toEqual([['talks', ['Kelvask Pass']]]);
    // Only a journey's start: troops that withdrew from a place acted there.
    expect(placed('Troops withdrew from the Kelvask Pass on Monday.')).toEqual([['measure', ['Kelvask Pass']]]);
  });

  test('keeps a happening told only as planned or promised a plan, whichever side of the report its day lies on', () => {
    const told = (body: string) => build(body).mentions.map((m) => [m.kind, m.status]);
    // What is promised, as a noun its verb governs, is a plan; the day is the promise's.
    expect(told('Last week the European Union promised Arland reinforcements of several dozen border guards.')).toEqual([['measure', 'scheduled']]);
    // Sent, they are a deployment done.
    expect(told('Last week the European Union sent Arland reinforcements of several dozen border guards.')).toEqual([['measure', 'occurred']]);
  });

  test('takes a government\'s measure a decision taken says "will" be done as done on the day of the decision', () => {
    const closed = (body: string) => build(body).mentions.filter((m) => m.kind === 'diplomacy').map((m) => [m.time.date, m.status]);
    // 3 April 2024 was a Wednesday: the decision's Tuesday is the 2nd.
    expect(closed('The Arland cabinet decided on Tuesday that the Halvane crossing will be shut until May.')).toEqual([['2024-04-02', 'occurred']]);
    // A decision still to be taken decides nothing yet.
    expect(closed('The Arland cabinet will decide on Friday whether the Halvane crossing will be shut.')).toEqual([['2024-04-05', 'scheduled']]);
  });

  test('reads no happening in what a journey or a noun is meant for', () => {
    // "to negotiate" is the envoy's aim: neither talks held nor talks planned.
    expect(build('On Monday Arland sent an envoy to negotiate with Borea.').mentions.filter((m) => m.kind === 'talks')).toEqual([]);
  });

  test('returns the mentions as new values, leaving the analysis as it was', () => {
    const analysis = analyseArticle(article('a.txt', 'Troops clashed on Monday. Ten soldiers were killed.'), invented);
    const before = JSON.stringify(analysis.sentences.map((s) => s.anchors.length));
    const { mentions } = buildMentions(analysis, published);
    expect(mentions[0]!.figures.map((f) => f.text)).toEqual(['Ten']);
    expect(JSON.stringify(analysis.sentences.map((s) => s.anchors.length))).toBe(before);
  });
  test('places a span on the calendar, and a window still open on the day of publication told in the future as scheduled', () => {
    const { mentions } = build('Troops fought from 29 to 31 March near the pass. Envoys are expected to meet in the second or third week of the month.');
    expect(mentions.map((m) => [m.kind, m.time, m.status])).toEqual([
      ['fighting', { date: '2024-03-29', endDate: '2024-03-31', approximate: false }, 'occurred'],
      ['talks', { date: '2024-04-08', endDate: '2024-04-21', approximate: true }, 'scheduled'],
    ]);
  });

  test('counts no happening with a toll that only says where a count stands', () => {
    const figures = (body: string) => build(body).mentions.flatMap((m) => m.figures.map((f) => f.text));
    expect(figures('Troops clashed near the pass on Monday. At least 900 people have been killed, and two truces have failed.')).toEqual([]);
    expect(figures('Troops clashed near the pass on Monday, in fighting that has killed at least 20 guards.')).toEqual(['at least 20']);
  });
  test('bounds a count its article tells as news, with no happening to count, to the week before publication', () => {
    const { looseFigures } = build('The ministry said 22 people were killed in the south.');
    expect(looseFigures.map((f) => [f.figure.text, f.published, f.since])).toEqual([['22', '2024-04-03', '2024-03-27']]);
  });
});
