/**
 * The determiners that name a happening as already known, in lower case: the article, the
 * demonstratives, "both" and the possessives ("the truce", "these talks", "both sessions", "its offensive"); never "a" or "some".
 * @example DEFINITE_DETERMINERS.has('their') // true
 */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'both', 'its', 'their', 'his', 'her', 'our']);
