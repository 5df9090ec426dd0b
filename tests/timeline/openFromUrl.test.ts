import { afterEach, describe, expect, test, vi } from 'vitest';
import { openFromUrl } from '../../src/client/timeline/openFromUrl.ts';
import type { TimelineData } from '../../src/client/timeline/TimelineData.ts';
import type { ViewState } from '../../src/client/timeline/viewState.ts';

/** What openFromUrl reads of a timeline's data: the values a link may name, and pieces to fetch an event from. */
function data(ids: string[], piece?: { holds: string }): TimelineData {
  const known = { kinds: new Set(['talks']), actors: new Set<string>(), sources: new Set<string>(), ids: new Set(ids) };
  const pieces = piece && {
    loadEvent: async (id: string) => {
      if (id !== piece.holds) return false;
      known.ids.add(id);
      return true;
    },
  };
  return { known, pieces } as unknown as TimelineData;
}

afterEach(() => vi.restoreAllMocks());

describe('openFromUrl', () => {
  test('shows the view the address asks for, and warns of what it gets wrong on the first view only', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const shown: ViewState[] = [];
    const url = () => new URL('https://x/?kinds=talks,nonsense&event=a');
    openFromUrl(url, data(['a']), (state) => shown.push(state), true);
    openFromUrl(url, data(['a']), (state) => shown.push(state), false);
    expect(shown.map((s) => [[...s.filters.kinds], s.event])).toEqual([[['talks'], 'a'], [['talks'], 'a']]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('nonsense');
  });

  test('shows the rest at once when the event is in a piece not loaded, and the event once its piece has come', async () => {
    const shown: (string | undefined)[] = [];
    openFromUrl(() => new URL('https://x/?event=later'), data(['a'], { holds: 'later' }), (state) => shown.push(state.event), true);
    expect(shown).toEqual([undefined]);
    await vi.waitFor(() => expect(shown).toEqual([undefined, 'later']));
  });

  test('warns that an event is unknown only once no piece holds it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    openFromUrl(() => new URL('https://x/?event=gone'), data(['a'], { holds: 'later' }), () => {}, true);
    expect(warn).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(String(warn.mock.calls[0]![0])).toContain('gone');
  });
});
