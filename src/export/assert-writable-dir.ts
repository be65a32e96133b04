/** Proves a file can be made in the output folder (creating it), before any slow work is done. */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { OutputNotWritableError } from './export-errors.ts';

export function assertWritableDir(dir: string): void {
  // A real write, not access(): root passes access() on a read-only mount.
  const probe = join(dir, `.write-probe.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    closeSync(openSync(probe, 'wx'));
    unlinkSync(probe);
  } catch (error) {
    throw new OutputNotWritableError(dir, error);
  }
}
