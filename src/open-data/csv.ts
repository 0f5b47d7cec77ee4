/**
 * CSV as spreadsheet programs in Vietnam open it: UTF-8 with a byte-order mark (so Excel reads
 * "Nông thôn mới" correctly), CRLF line ends and RFC 4180 quoting. Nested values (lists,
 * objects) are written as JSON text in one cell, so a cell never loses information.
 */

/** The byte-order mark written at the start of every CSV file. */
export const CSV_BOM = '\uFEFF';

/** Text a spreadsheet would run as a formula when it starts a cell (=, +, -, @, tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The text of one cell: strings as they are, numbers and booleans as text, absent as empty,
 * anything else as JSON. A string that a spreadsheet would take for a formula ("=HYPERLINK(…)",
 * "-tổ 1") gets a leading apostrophe, as OWASP advises against CSV injection; `csvTextValue`
 * removes it again.
 */
export function csvCellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The string a text cell holds: the cell without the apostrophe `csvCellText` puts before formula-like text. */
export function csvTextValue(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Quotes a cell when RFC 4180 requires it (comma, quote, CR or LF inside), doubling inner quotes. */
export function quoteCsvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Formats a table (header row plus rows of cell texts) as CSV text with a BOM and CRLF line ends. */
export function formatCsv(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): string {
  const lines = [header, ...rows].map((row) => row.map(quoteCsvCell).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
