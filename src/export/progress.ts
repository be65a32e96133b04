/** Progress of an export: a bar on a terminal, plain lines in logs and CI. */
import type { Lang } from '../model.ts';

export type ProgressEvent =
  | { stage: 'build'; message: string }
  | { stage: 'open'; lang: Lang }
  | { stage: 'slide'; lang: Lang; n: number; total: number }
  | { stage: 'print'; lang: Lang; pages: number }
  | { stage: 'warning'; lang: Lang; message: string }
  | { stage: 'written'; lang: Lang; path: string; bytes: number };

const BAR_WIDTH = 24;

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): (event: ProgressEvent) => void {
  const tty = stream.isTTY === true;
  let open = false;
  const endBar = (): void => {
    if (open) stream.write('\n');
    open = false;
  };
  return (event) => {
    if (event.stage === 'slide' && tty) {
      const filled = Math.round((event.n / event.total) * BAR_WIDTH);
      stream.write(`\r${event.lang.padEnd(8)}[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] slide ${event.n} of ${event.total}\x1b[K`);
      open = true;
      return;
    }
    if (event.stage === 'slide') {
      if (event.n === event.total) stream.write(`${event.lang}: slide ${event.n} of ${event.total} ready\n`);
      return;
    }
    endBar();
    if (event.stage === 'build') stream.write(`${event.message}\n`);
    else if (event.stage === 'open') stream.write(`${event.lang}: opening the print view…\n`);
    else if (event.stage === 'warning') stream.write(`warning: ${event.message}\n`);
    else if (event.stage === 'print') stream.write(`${event.lang}: printing ${event.pages} pages…\n`);
    else if (event.stage === 'written') stream.write(`${event.lang}: wrote ${event.path} (${formatBytes(event.bytes)})\n`);
  };
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
