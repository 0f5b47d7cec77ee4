/**
 * The one CSV writer of the site: every CSV the build publishes (the open data in `dist/data/`,
 * the numbers behind each chart in `dist/bieu-do/`) goes through `formatCsv`. CSV as spreadsheet
 * programs in Vietnam open it: UTF-8 with a byte-order mark (so Excel reads "Nông thôn mới"
 * correctly), CRLF line ends and RFC 4180 quoting. Nested values (lists, objects) are written as
 * JSON text in one cell, so a cell never loses information; text a spreadsheet would run as a
 * formula is defused (see `csvCellText`).
 */

/** The byte-order mark written at the start of every CSV file. */
export const CSV_BOM = '\uFEFF';

/** Text a spreadsheet would run as a formula when it starts a cell (=, +, -, @, tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** What a cell may hold: text, a number, a boolean, nothing, or a list or object (written as JSON). */
export type CsvValue = unknown;

/**
 * The text of one cell: strings as they are, numbers and booleans as text, absent as empty,
 * anything else as JSON. A string that a spreadsheet would take for a formula ("=HYPERLINK(…)",
 * "-tổ 1") gets a leading apostrophe, as OWASP advises against CSV injection; `csvTextValue`
 * removes it again. Numbers are never guarded: -5 is a number, not a formula.
 */
export function csvCellText(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The string a text cell holds: the cell without the apostrophe `csvCellText` puts before formula-like text. */
export function csvTextValue(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * Quotes a cell when RFC 4180 requires it (comma, quote, CR or LF inside), doubling inner
 * quotes; also when it starts or ends with a space, which some spreadsheets would trim.
 */
export function quoteCsvCell(text: string): string {
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document from a header row and data rows: every cell, header included, through
 * `csvCellText` (so a record's name can never become a formula, wherever it lands), quoted as
 * RFC 4180 requires, with a BOM first and CRLF line ends. Numbers are written with a dot for
 * decimals.
 */
export function formatCsv(
  header: ReadonlyArray<CsvValue>,
  rows: ReadonlyArray<ReadonlyArray<CsvValue>>,
): string {
  const lines = [header, ...rows].map((row) =>
    row.map((value) => quoteCsvCell(csvCellText(value))).join(','),
  );
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * Parses RFC 4180 CSV text (as written by `formatCsv`, or by a spreadsheet) into rows of cells.
 * A leading BOM is dropped; quoted cells may hold commas, quotes ("") and line breaks.
 * Throws on a quote in the middle of an unquoted cell or an unterminated quoted cell.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  let cellStarted = false;
  while (i < source.length) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        if (i < source.length && !/[,\r\n]/.test(source[i]!))
          throw new Error(`CSV: text after a closing quote at character ${i}`);
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (cellStarted) throw new Error(`CSV: a quote inside an unquoted cell at character ${i}`);
      quoted = true;
      cellStarted = true;
      i += 1;
      continue;
    }
    if (ch === ',') {
      row.push(cell);
      cell = '';
      cellStarted = false;
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      cellStarted = false;
      i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += ch;
    cellStarted = true;
    i += 1;
  }
  if (quoted) throw new Error('CSV: a quoted cell is not closed');
  if (cellStarted || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
