/** reveal.js set up for meetings; query parameters (`?view=print`) still override it, as reveal intends. */
import type { RevealConfig } from 'reveal.js';
import { panelIsOpen } from './dialog';

/** The slide size: 16:9, the page size of the PDF too. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

/** Below this width the talk opens as the scroll (reading) view. */
export const SCROLL_VIEW_BELOW = 600;

export function revealConfig(options: {
  reducedMotion: boolean;
  width: number;
  height: number;
  /** The scroll (reading) view shows every fragment at once: a reader scrolls, not steps. */
  reading: boolean;
}): RevealConfig {
  return {
    width: options.width,
    height: options.height,
    margin: 0,
    minScale: 0.1,
    maxScale: 3,
    center: false,
    hash: true,
    respondToHashChanges: true,
    // Each slide is a history entry: Back goes to the previous slide, and the URL is written at
    // once (with `history: false` reveal defers it up to a second, racing links clicked meanwhile).
    history: true,
    controls: true,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    keyboard: true,
    // Keys belong to an open panel (help, contents, search), not to the deck behind it.
    keyboardCondition: () => !panelIsOpen(),
    overview: true,
    jumpToSlide: true,
    help: false,
    touch: true,
    fragmentInURL: false,
    fragments: !options.reading,
    // Only the slides next to the current one are laid out: a slide change stays well inside a frame.
    viewDistance: 1,
    mobileViewDistance: 1,
    transition: options.reducedMotion ? 'none' : 'slide',
    backgroundTransition: options.reducedMotion ? 'none' : 'fade',
    scrollActivationWidth: SCROLL_VIEW_BELOW,
    scrollProgress: true,
    // Free scrolling reads better, and snapping would undo goToSlide's one-pixel step (navigate.ts).
    scrollSnap: false,
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: false,
    plugins: [],
  };
}
