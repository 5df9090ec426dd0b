import { expect, test } from 'vitest';
import { pagesWritten, releaseAfterPages } from '../src/loaders/releaseAfterPages.ts';

test('pagesWritten calls each release registered before it, once', () => {
  const released: string[] = [];
  releaseAfterPages(() => released.push('timeline'));
  releaseAfterPages(() => released.push('pieces'));
  pagesWritten();
  pagesWritten();
  expect(released).toEqual(['timeline', 'pieces']);
});
