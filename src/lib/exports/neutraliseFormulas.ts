// Where a spreadsheet could start a cell: at the start of the field, or after any character that
// some reader splits on (a comma, a semicolon in most European locales, a tab, a line break for
// readers that ignore quotes), past spaces and quotation marks that it trims. A cell starting
// with = + - @ (or their full-width forms, which some spreadsheets read the same) is a formula.
const CELL_START_FORMULA = /(^|[,;\t\r\n])([\s"]*)([=+\-@\uff1d\uff0b\uff0d\uff20])/g;

/**
 * Text in which no cell a spreadsheet could cut from it starts a formula: an apostrophe goes
 * before each trigger, which spreadsheets read as "this is text". A check of the first character
 * only would leave `Talks;=1+1` a formula where a spreadsheet splits on semicolons.
 * @example neutraliseFormulas('Talks;=1+1') // "Talks;'=1+1"
 */
export function neutraliseFormulas(text: string): string {
  return text.replace(CELL_START_FORMULA, "$1$2'$3");
}
