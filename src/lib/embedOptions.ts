import { LOCALES, type Locale } from '../i18n/locales.ts';

/** How an embed looks; what it shows (range, kinds, event…) is the timeline's own view state. */
export interface EmbedLook {
  theme: 'light' | 'dark' | 'auto';
  /**
   * `auto`: the timeline runs across a wide column and down a narrow one (under 600 px);
   * `timeline` always across, `vertical` always down, each event opening in place; `list` is
   * the plain filtered list; `map` the map of where events happened above that list, a place
   * showing only its events.
   */
  view: 'auto' | 'timeline' | 'vertical' | 'list' | 'map';
  /** Fixed height in CSS pixels; without it the embed asks its host to fit its content. */
  height?: number;
  /** The edition to show (`lang=th`); without it, the page's own. */
  lang?: Locale;
}

/** Every option an embed URL may carry; the view-state ones are checked by the timeline itself. */
export const EMBED_OPTIONS = ['from', 'to', 'kinds', 'actors', 'sources', 'places', 'q', 'event', 'theme', 'view', 'height', 'lang'] as const;

/** The height a new embed starts at, before the loader fits it to its content. */
export const DEFAULT_HEIGHT = 520;
export const MIN_HEIGHT = 160;
export const MAX_HEIGHT = 4000;

const THEMES = ['light', 'dark', 'auto'] as const;
const VIEWS = ['auto', 'timeline', 'vertical', 'list', 'map'] as const;

const oneOf = <T extends string>(values: readonly T[], raw: string): raw is T => (values as readonly string[]).includes(raw);
const shown = (raw: string) => JSON.stringify(raw.slice(0, 40));

/**
 * Reads an embed's look from its query and names everything it ignores, so nothing a host
 * writes into the URL reaches the page as markup.
 * @example parseEmbedLook(new URLSearchParams('theme=dark&height=50')).warnings // ['invalid height: "50" (expected a whole number of pixels from 160 to 4000)']
 */
export function parseEmbedLook(params: URLSearchParams): { look: EmbedLook; warnings: string[] } {
  const warnings: string[] = [];
  const look: EmbedLook = { theme: 'auto', view: 'auto' };
  for (const name of new Set(params.keys())) {
    if (!oneOf(EMBED_OPTIONS, name)) warnings.push(`unknown option: ${shown(name)} (expected one of ${EMBED_OPTIONS.join(', ')})`);
  }
  const theme = params.get('theme');
  if (theme !== null) {
    if (oneOf(THEMES, theme)) look.theme = theme;
    else warnings.push(`invalid theme: ${shown(theme)} (expected one of ${THEMES.join(', ')})`);
  }
  const view = params.get('view');
  if (view !== null) {
    if (oneOf(VIEWS, view)) look.view = view;
    else warnings.push(`invalid view: ${shown(view)} (expected one of ${VIEWS.join(', ')})`);
  }
  const height = params.get('height');
  if (height !== null) {
    const px = /^\d{1,5}$/.test(height) ? Number(height) : NaN;
    if (px >= MIN_HEIGHT && px <= MAX_HEIGHT) look.height = px;
    else warnings.push(`invalid height: ${shown(height)} (expected a whole number of pixels from ${MIN_HEIGHT} to ${MAX_HEIGHT})`);
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (oneOf(LOCALES, lang)) look.lang = lang;
    else warnings.push(`invalid lang: ${shown(lang)} (expected one of ${LOCALES.join(', ')})`);
  }
  return { look, warnings };
}
