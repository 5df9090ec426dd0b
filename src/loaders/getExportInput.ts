import type { ExportInput } from '../lib/exports/exportInput.ts';
import { eventPath, passagePath } from '../lib/urls.ts';
import { getTimeline, type Timeline } from './getTimeline.ts';

/** The timeline's data with absolute links on `site`, for the export endpoints. */
export async function getExportInput(site: URL | undefined): Promise<ExportInput & { timeline: Timeline }> {
  if (!site) throw new Error('astro.config.mjs must set `site`: the exports link back with absolute URLs');
  const timeline = await getTimeline();
  const absolute = (path: string) => new URL(path, site).href;
  return {
    timeline,
    events: timeline.events,
    sources: timeline.sources,
    eventUrl: (id) => absolute(eventPath(id)),
    citationUrl: (citation) => {
      const { start, end } = timeline.passageOf(citation);
      return absolute(passagePath(citation.source, start, end));
    },
  };
}
