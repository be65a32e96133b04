/** `npm run build` itself stops on bad input: non-zero exit, the file:line message on the terminal. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureDeck } from '../../fixture-deck.ts';

function build(contentRoot: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'deck-build-'));
  return spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, DECK_ROOT: contentRoot },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('vite build on bad input', () => {
  it.each(['duplicate-slide-id', 'unknown-key', 'event-invalid-date'])('%s: exits non-zero and prints file:line', (name) => {
    const result = build(fixtureDeck(name));
    const expected = readFileSync(join(FIXTURES, 'bad', name, 'expected.txt'), 'utf8').trim();
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(expected);
  });

  it('builds the valid fixture', () => {
    const result = build(fixtureDeck());
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });
});
