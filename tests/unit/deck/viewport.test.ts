import { describe, expect, it } from 'vitest';
import { SCROLL_VIEW_BELOW } from '../../../src/deck/reveal-config.ts';
import { slideSizeFor } from '../../../src/deck/viewport.ts';

describe('slideSizeFor', () => {
  it('keeps the 16:9 slide on laptops and projectors', () => {
    expect(slideSizeFor(1920, 1080, false)).toEqual({ width: 1280, height: 720, narrow: false });
    expect(slideSizeFor(1280, 720, false)).toEqual({ width: 1280, height: 720, narrow: false });
  });

  it('lays a phone out at its own width, so text keeps its CSS size', () => {
    expect(slideSizeFor(390, 844, false)).toEqual({ width: 390, height: 760, narrow: true });
    expect(slideSizeFor(SCROLL_VIEW_BELOW - 1, 400, false).narrow).toBe(true);
  });

  it('always prints at the slide size', () => {
    expect(slideSizeFor(390, 844, true)).toEqual({ width: 1280, height: 720, narrow: false });
  });
});
