/**
 * Narrow screens (phones) read the talk in reveal's scroll view, laid out at the screen's own
 * width so text keeps its CSS size (reveal would otherwise shrink a 1280 px slide to fit).
 */
import { SCROLL_VIEW_BELOW, SLIDE_HEIGHT, SLIDE_WIDTH } from './reveal-config';

export interface SlideSize {
  width: number;
  height: number;
  narrow: boolean;
}

export function slideSizeFor(viewportWidth: number, viewportHeight: number, print: boolean): SlideSize {
  if (print || viewportWidth >= SCROLL_VIEW_BELOW) return { width: SLIDE_WIDTH, height: SLIDE_HEIGHT, narrow: false };
  return { width: viewportWidth, height: Math.max(480, Math.round(viewportHeight * 0.9)), narrow: true };
}
