/** The exporter's own failures, each with the exit code the CLI gives it (2, no browser, is NoBrowserError's). */

export class ExportError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** What is still not ready on one slide of the print view, e.g. `chart "timeline"`. */
export interface PendingItem {
  slideId: string;
  what: string;
}

/** The print view did not become ready within the bound: names the slide and what it waits for. */
export class PageNotReadyError extends ExportError {
  constructor(lang: string, timeoutMs: number, reason: string) {
    super(`${lang}: not ready after ${timeoutMs} ms: ${reason}. Nothing was written (raise the bound with --timeout <ms>).`, 3);
  }
}

export class OutputNotWritableError extends ExportError {
  constructor(dir: string, cause: unknown) {
    super(`cannot write to ${dir}: ${cause instanceof Error ? cause.message : String(cause)}`, 4);
  }
}

/** The PDF does not match the print view's pages (a page overflowed), or the browser went away. */
export class PrintError extends ExportError {
  constructor(message: string) {
    super(message, 1);
  }
}

export class UsageError extends ExportError {
  constructor(message: string) {
    super(message, 64);
  }
}
