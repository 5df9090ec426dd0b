import { expect, test } from 'vitest';
import { oneAtATime } from '../src/loaders/oneAtATime.ts';

test('oneAtATime starts each work only once the one before has settled, failed ones included', async () => {
  const log: string[] = [];
  const work = (name: string, fail = false) => async () => {
    log.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    log.push(`end ${name}`);
    if (fail) throw new Error(name);
    return name;
  };
  const results = await Promise.allSettled([oneAtATime(work('a')), oneAtATime(work('b', true)), oneAtATime(work('c'))]);
  expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(['a', 'b', 'c']);
});
