/** Copies the valid fixture deck into a temporary folder, optionally overlaid with a bad fixture. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixtureDeck(overlay?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'deck-fixture-'));
  cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
  if (overlay) {
    cpSync(join(FIXTURES, 'bad', overlay, 'slides'), join(root, 'slides'), { recursive: true });
  }
  return root;
}
