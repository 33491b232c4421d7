// A cell whose text starts with one of these may be read as a formula by a spreadsheet (OWASP,
// "CSV Injection"): "=HYPERLINK(...)" in a name typed or imported by anyone would run when the
// officer opens the export. A leading apostrophe makes it plain text that shows what was typed.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text to write in a spreadsheet cell: as is, or behind a ' when it could start a formula. */
export function safeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
