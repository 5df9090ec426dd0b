// Every internal link is built here, so the site can live under a sub-path (Astro `base`).
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A path inside the site. @example sitePath('figures/') // '/figures/' */
export const sitePath = (path = '') => `${base}${path.replace(/^\//, '')}`;

/** @example eventPath('2025-12-24-talks') // '/events/2025-12-24-talks/' */
export const eventPath = (id: string) => sitePath(`events/${encodeURIComponent(id)}/`);

/**
 * One path segment, escaped as little as a URL allows: the characters RFC 3986 permits in a
 * segment (`: @ $ & + , ; =`, and `! ' ( ) *`, which encodeURIComponent already keeps) stay as
 * they are. Static servers such as sirv decode request paths with decodeURI, which leaves `%3A`
 * and its kind undecoded, so a page whose address escaped them would not be found.
 * @example pathSegment('a: b.txt') // 'a:%20b.txt'
 */
export const pathSegment = (text: string) =>
  encodeURIComponent(text).replace(/%(?:3A|40|24|26|2B|2C|3B|3D)/g, (escape) => String.fromCharCode(parseInt(escape.slice(1), 16)));

/** @example sourcePath('000_a.txt') // '/sources/000_a.txt/' */
export const sourcePath = (file: string) => sitePath(`sources/${pathSegment(file)}/`);

/** The anchor of a passage on its source page. @example passageAnchor(12, 40) // 'p-12-40' */
export const passageAnchor = (start: number, end: number) => `p-${start}-${end}`;

/** @example passagePath('000_a.txt', 12, 40) // '/sources/000_a.txt/#p-12-40' */
export const passagePath = (file: string, start: number, end: number) => `${sourcePath(file)}#${passageAnchor(start, end)}`;
