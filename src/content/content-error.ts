import type { ContentProblem } from '../model.ts';

/** Formats a problem the way compilers do, so editors and terminals can jump to it. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** Thrown when the talk's files have problems; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Collects problems while a file or the deck is checked. */
export class ProblemList {
  readonly items: ContentProblem[] = [];

  add(file: string, line: number, message: string): void {
    this.items.push({ file, line, message });
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  throwIfAny(): void {
    if (!this.empty) throw new ContentError(this.items);
  }
}
