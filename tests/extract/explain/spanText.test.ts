import { describe, expect, it } from 'vitest';
import { spanText } from '../../../scripts/lib/extract/explain/spanText.ts';

describe('spanText', () => {
  it('spanText writes a single date as it is', () => {
    expect(spanText({ date: '2024-03' })).toBe('2024-03');
  });
  it('spanText joins the first and last day of a span with an ellipsis', () => {
    expect(spanText({ date: '2024-03-18', endDate: '2024-03-20' })).toBe('2024-03-18…2024-03-20');
  });
});
