import { existsSync, readFileSync } from 'node:fs';
import type { ProblemList } from './content-error.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as strict UTF-8; a file that is not UTF-8 is reported at the line of its first bad byte. */
export function readTextFile(path: string, file: string, problems: ProblemList): string | undefined {
  if (!existsSync(path)) {
    problems.add(file, 1, `missing file: create ${file} (the README shows its format)`);
    return undefined;
  }
  const bytes = readFileSync(path);
  try {
    return decoder.decode(bytes);
  } catch {
    const bad = firstInvalidByte(bytes);
    const line = bytes.subarray(0, bad).filter((byte) => byte === 0x0a).length + 1;
    problems.add(file, line, `not UTF-8 (invalid byte 0x${(bytes[bad] ?? 0).toString(16)} at offset ${bad}): save the file as UTF-8`);
    return undefined;
  }
}

function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The shortest invalid prefix: binary search on "this prefix decodes" (allowing a cut sequence at its end).
  const probe = new TextDecoder('utf-8', { fatal: true });
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      probe.decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}
