/**
 * The scroll (reading) view on request. reveal.js switches it off again at its next layout on a
 * wide screen unless its automatic switch is off, so the switch is turned off while a reader has
 * asked for the scroll view, and back on when they leave it. Leaving it rebuilds the slides'
 * DOM, so the place is kept by slide id, and `onRebuilt` lets charts draw again.
 */
import type { RevealApi } from 'reveal.js';
import { goToSlide } from './navigate';
import { SCROLL_VIEW_BELOW } from './reveal-config';

export function setReadingView(reveal: RevealApi, on: boolean, onRebuilt: () => void = () => undefined): void {
  const id = reveal.getCurrentSlide()?.id;
  reveal.configure({ scrollActivationWidth: on ? (null as unknown as number) : SCROLL_VIEW_BELOW, fragments: !on });
  reveal.toggleScrollView(on);
  onRebuilt();
  if (id) goToSlide(reveal, id);
}
