import { describe, expect, test } from 'vitest';
import { deniedTriggers } from '../../../scripts/lib/extract/mentions/deniedTriggers.ts';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

/** What an article's denials deny, as `trigger@sentence`, each with the sentences denying it. */
const denied = (body: string) => {
  const analysis = analyseArticle(article('a.txt', body), invented);
  const all = new Map(analysis.sentences.flatMap((s) => s.triggers.map((t) => [t, s.index] as const)));
  return [...deniedTriggers(analysis, all)].map(([t, by]) => `${t.text}@${all.get(t)}<-${by.join(',')}`);
};

describe('deniedTriggers: what the denials of an article deny', () => {
  test('the happening the denial names, told of the place it names', () => {
    expect(denied('Borea said Arlandese jets bombed Ondria. They also shelled a checkpoint. Arland denied bombing Ondria.')).toEqual(['bombed@0<-2']);
  });

  test('what was last told, when the denial names no happening', () => {
    expect(denied('Arland said Borean troops had fired on a checkpoint. Borea denied it.')).toEqual(['fired on@0<-1']);
  });

  test('nothing told before, when the denial names something else it denies', () => {
    expect(denied('Officials said the army had pulled its envoy out of the capital on Friday. The neighbour denies arming the militia.')).toEqual([]);
    expect(denied('The army said it had shot down three drones. The other side denied losing any aircraft.')).toEqual([]);
    expect(denied('The army said it had shot down three drones. The other side flatly denied the claim.')).toEqual(['shot down@0<-1']);
  });

  test('nothing, when what is denied is who started what was told', () => {
    expect(denied('The two armies had fought at the pass. The ministry rejected accusations that its soldiers had provoked the fight.')).toEqual([]);
    expect(denied('Officials said the two armies had fought at the pass. The ministry rejected accusations that its soldiers had provoked the fight.')).toEqual([]);
    expect(denied('Officials said the two armies had fought at the pass. The ministry denied it.')).toEqual(['fought@0<-1']);
  });

  test('nothing told before, when a "that" clause names what is denied', () => {
    expect(denied('On Sunday the Arlandese army took the hill at Kelvask Pass, a Borean military source said. On Monday, Velmora rejected the charge that its troops had executed two Arlandese guards.')).toEqual([]);
    expect(denied('Arland said Borean troops had fired on a checkpoint. Velmora denied that.')).toEqual(['fired on@0<-1']);
  });

  test('a violation, not the truce, when breaking the truce is denied', () => {
    expect(denied('Arland said Borean troops fired on its soldiers after the truce. Borea denies breaking the truce.')).toEqual(['fired on@0<-1']);
  });

  test('what was told just before a sentence saying it could not be confirmed', () => {
    expect(denied('Borea said its men had fired on a Arlandese patrol. Nobody could confirm that account.')).toEqual(['fired on@0<-1']);
  });

  test('nothing, when only the count of what was told could not be confirmed', () => {
    expect(denied('Rebels said they had shelled a garrison town, killing nine soldiers. The wire service could not verify the figures.')).toEqual([]);
    expect(denied('Rebels said they had shelled a garrison town, killing nine soldiers, figures the army has not confirmed.')).toEqual([]);
    expect(denied('Rebels said they had shelled a garrison town, killing nine soldiers. The wire service could not verify the claims or the figures.')).toEqual(['shelled@0<-1']);
  });

  test('nothing, when the denial is of who fired first', () => {
    expect(denied('The ministry said northern troops had opened fire first on Sunday, an accusation the north denied.')).toEqual([]);
    expect(denied('The ministry said northern troops had opened fire on Sunday, an accusation the north denied.')).toEqual(['opened fire@0<-0']);
  });

  test('for "which … denied", what its own sentence told, not a claim told before it', () => {
    expect(denied('Officials said the two armies had fought at the pass. Troops shelled a village on Monday, which the ministry denied.')).toEqual(['shelled@1<-1']);
  });
});
