import { z } from 'zod';

/**
 * An absolute http(s) address. Other schemes are refused: a `javascript:` URL in a source's
 * metadata would run script when a reader clicks the link to the original article.
 */
export const WebUrl = z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as "https://example.org/story"' });
