import { describe, expect, test } from 'vitest';
import { officesOfPeople } from '../../../scripts/lib/extract/mentions/officesOfPeople.ts';
import type { Voice } from '../../../scripts/lib/extract/sentences/voiceOf.ts';

const of = (...voices: (Voice | undefined)[]) => officesOfPeople(voices.map((voice) => (voice ? { voice } : {}))).map((m) => m.voice);

describe('officesOfPeople: a person named by surname alone has the office the article names them with', () => {
  test('"Ruiz said" after "President Ana Ruiz said" is the president\'s voice', () => {
    expect(of({ office: 'head', person: 'Ruiz' }, { person: 'Ruiz' }, undefined)).toEqual([{ office: 'head', person: 'Ruiz' }, { office: 'head', person: 'Ruiz' }, undefined]);
  });

  test('a person named with two offices, or with none, keeps none', () => {
    expect(of({ office: 'head', person: 'Ruiz' }, { office: 'military', person: 'Ruiz' }, { person: 'Ruiz' })[2]).toEqual({ person: 'Ruiz' });
    expect(of({ office: 'head', person: 'Marr' }, { person: 'Ruiz' })[1]).toEqual({ person: 'Ruiz' });
  });
});
