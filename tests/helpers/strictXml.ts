import { SaxesParser } from 'saxes';

/**
 * The well-formedness errors a strict XML 1.0 parser (saxes) finds in a document, as
 * `line:column: message`; empty when a strict feed reader would accept it. Lenient feed parsers
 * skip what saxes reports, which is how a broken feed once passed the tests.
 */
export function strictXmlErrors(xml: string): string[] {
  const parser = new SaxesParser();
  const errors: string[] = [];
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}
