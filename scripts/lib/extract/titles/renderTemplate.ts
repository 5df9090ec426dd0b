// The lexicon's one template renderer, which the site's Thai and Khmer editions use too; it lives
// in src/lib so that the site need not import the extractor.
export { renderTemplate } from '../../../../src/lib/renderTemplate.ts';
