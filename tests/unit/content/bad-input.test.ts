import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/content-error.ts';
import { loadDeck } from '../../../src/content/load-deck.ts';
import { FIXTURES, fixtureDeck } from '../../fixture-deck.ts';

const cases = readdirSync(join(FIXTURES, 'bad')).sort();

function problemsOf(root: string): string[] {
  try {
    loadDeck(root);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message.split('\n');
  }
  throw new Error('expected the deck to be rejected');
}

describe('bad input stops the build with file:line, what is wrong and the fix', () => {
  it('has the fixtures the issues name', () => {
    expect(cases.length).toBeGreaterThanOrEqual(17);
  });

  it.each(cases)('%s', (name) => {
    const expected = readFileSync(join(FIXTURES, 'bad', name, 'expected.txt'), 'utf8').trim();
    const lines = problemsOf(fixtureDeck(name));
    expect(lines.some((line) => line.startsWith(expected)), `got:\n${lines.join('\n')}`).toBe(true);
    for (const line of lines) expect(line).toMatch(/^slides\/[\w./-]+:\d+: \S/);
  });
});

describe('the valid fixture', () => {
  it('loads without problems', () => {
    const { deck } = loadDeck(fixtureDeck());
    expect(deck.languages.en.slides.map((slide) => slide.id)).toEqual(['title', 'founding', 'stellantis', 'stellantis-detail']);
  });
});
