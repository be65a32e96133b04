/**
 * Where the talk stands, as one subscription. reveal.js is the source of truth; in its scroll
 * view it fires no `slidechanged` and leaves the URL alone, so scrolling is watched here and the
 * hash kept on the current slide (deep links and the language switch rely on it).
 */
import type { RevealApi } from 'reveal.js';

export type SlideListener = (slide: HTMLElement) => void;

export function onSlideChange(reveal: RevealApi, listener: SlideListener): () => void {
  let last: HTMLElement | undefined;
  let frame = 0;
  const check = (): void => {
    frame = 0;
    const slide = reveal.getCurrentSlide();
    if (!slide || slide === last) return;
    last = slide;
    if (reveal.isScrollView() && slide.id) {
      window.history.replaceState(window.history.state, '', `#/${slide.id}`);
    }
    listener(slide);
  };
  const onScroll = (): void => {
    if (!frame) frame = requestAnimationFrame(check);
  };
  const viewport = reveal.getViewportElement();
  reveal.on('ready', check);
  reveal.on('slidechanged', check);
  viewport?.addEventListener('scroll', onScroll, { passive: true });
  if (reveal.isReady()) check();
  return () => {
    reveal.off('ready', check);
    reveal.off('slidechanged', check);
    viewport?.removeEventListener('scroll', onScroll);
    if (frame) cancelAnimationFrame(frame);
  };
}
