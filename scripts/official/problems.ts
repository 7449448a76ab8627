// Problems found while importing. Every stage collects them and the import fails once,
// listing them all, so a broken release shows every issue in a single run.

/** The error the importer throws: one line per problem, no stack trace needed to read it. */
export class ImportError extends Error {
  override readonly name = "ImportError" as const;
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join("\n"));
    this.problems = [...problems];
  }
}

/** Where a problem sits: a file (relative to the input folder), a 1-based line, a column. */
export interface Place {
  file: string;
  row?: number;
  column?: string;
}

/** Formats a problem as `file, row N, column "X": message`. */
export function describe(place: Place, message: string): string {
  const parts = [place.file];
  if (place.row !== undefined) parts.push(`row ${place.row}`);
  if (place.column !== undefined) parts.push(`column "${place.column}"`);
  return `${parts.join(", ")}: ${message}`;
}

/** A list of problems that throws once at the end of a stage. */
export class Problems {
  readonly list: string[] = [];

  add(place: Place, message: string): void {
    this.list.push(describe(place, message));
  }

  /** Throws an ImportError listing every problem collected so far, if there are any. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new ImportError(this.list);
  }
}
