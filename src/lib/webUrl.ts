import { z } from 'zod';
import { CONTROL_CHARACTER } from './controlCharacters.ts';

const MESSAGE = 'expected an absolute http(s) URL such as "https://example.org/story"';
/** No space and no control character: the URL parser would quietly drop or escape them. */
const NO_SPACE_OR_CONTROL = new RegExp(`^[^\\s${CONTROL_CHARACTER.source.slice(1, -1)}]*$`);

/**
 * An absolute http(s) address. Other schemes are refused: a `javascript:` URL in a source's
 * metadata would run script when a reader clicks the link to the original article.
 */
export const WebUrl = z.url({ protocol: /^https?$/, error: MESSAGE }).regex(NO_SPACE_OR_CONTROL, MESSAGE);
