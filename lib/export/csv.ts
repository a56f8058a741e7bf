/**
 * CSV per RFC 4180 (CRLF line ends, fields quoted when they hold a comma,
 * quote, CR or LF; quotes doubled), with spreadsheet formula injection
 * neutralised: a cell that starts with = + - @ TAB or CR is prefixed with an
 * apostrophe so spreadsheet programs show it as text instead of running it.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  // Numbers the program itself produced are data, not formulas: leave "-3" alone.
  const text = typeof value === "string" ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
