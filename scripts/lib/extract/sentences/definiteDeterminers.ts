/**
 * The determiners that name a happening as already known, in lower case: the article, the
 * demonstratives and the possessives ("the truce", "these talks", "its offensive"); never "a" or "some".
 * @example DEFINITE_DETERMINERS.has('their') // true
 */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
