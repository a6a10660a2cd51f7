/** One thing wrong with an imported file: where (file, line, column or field) and what, in Dutch. */
export interface ImportProblem {
  /** `error`: that row or element was skipped; `warning`: it was read, with a guess or a default. */
  readonly level: 'error' | 'warning';
  readonly file: string;
  /** 1-based line (regel) in the file, when known. */
  readonly line?: number | undefined;
  /** Column header, attribute or field name, when known. */
  readonly column?: string | undefined;
  readonly message: string;
}

/** Formats a problem the way the wizard and the CLI show it: `actoren.csv, regel 14, kolom Sterkte: …`. */
export function formatProblem(problem: ImportProblem): string {
  const place = [problem.file];
  if (problem.line !== undefined) place.push(`regel ${problem.line}`);
  if (problem.column !== undefined) place.push(`kolom ${problem.column}`);
  return `${place.join(', ')}: ${problem.message}`;
}

/** A file that cannot be imported at all (empty, binary, too big, not well-formed, unknown format). */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(readonly problem: ImportProblem) {
    super(formatProblem(problem));
  }
}

/** Throws an ImportError for this file with a message and an optional place. */
export function refuse(file: string, message: string, line?: number, column?: string): never {
  throw new ImportError({ level: 'error', file, line, column, message });
}

/** Collects problems of one file while it is read. */
export class ProblemList {
  readonly items: ImportProblem[] = [];
  constructor(readonly file: string) {}

  /** Adds a warning (the value was read with a guess or a default). */
  warn(message: string, line?: number, column?: string): void {
    this.items.push({ level: 'warning', file: this.file, line, column, message });
  }

  /** Adds an error (the row or element was skipped). */
  error(message: string, line?: number, column?: string): void {
    this.items.push({ level: 'error', file: this.file, line, column, message });
  }
}
