/** One parsed CSV row with the 1-based line it starts on. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** Picks the separator of a CSV text from its first line: `;` (Dutch Excel), tab or `,`. */
export function detectSeparator(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string): number => first.split(c).length - 1;
  const candidates = [';', '\t', ','];
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ';');
}

/**
 * Parses CSV text (RFC 4180 quoting, CRLF or LF, a leading BOM is dropped) into rows. Blank
 * lines are skipped. Returns an error message with line and column for an unclosed quote.
 */
export function parseCsv(raw: string, separator = detectSeparator(raw)): { rows: CsvRow[]; error: string | null } {
  const text = raw.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let quoteColumn = 0;
  let column = 0;
  const endRow = (): void => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    column++;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') {
          line++;
          column = 0;
        }
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      quoteColumn = column;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      column = 0;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) return { rows, error: `regel ${quoteLine}, kolom ${quoteColumn}: het aanhalingsteken wordt nergens gesloten` };
  endRow();
  return { rows, error: null };
}
