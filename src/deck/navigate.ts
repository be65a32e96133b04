/**
 * Going to a slide by id, in the slide view and in reveal's scroll view alike. reveal's scroll
 * view scrolls to where it starts counting a page as current, which can leave half of the page
 * before on screen: a reader following a link wants the slide's own top at the top.
 */
import type { RevealApi } from 'reveal.js';

export function goToSlide(reveal: RevealApi, id: string): boolean {
  const target = document.getElementById(id);
  if (!target || !target.matches('section[data-slide-id]')) return false;
  const { h, v } = reveal.getIndices(target);
  reveal.slide(h, v);
  const page = target.closest<HTMLElement>('.scroll-page');
  const viewport = reveal.getViewportElement();
  if (reveal.isScrollView() && page && viewport) viewport.scrollTop = page.offsetTop;
  return true;
}

export function slideIdFromHash(hash: string = window.location.hash): string {
  return decodeURIComponent(hash.replace(/^#\/?/, '').split('/')[0] ?? '');
}

/** In the scroll view, in-page links (`#/id`) go through goToSlide; returns an unsubscribe. */
export function followHashInScrollView(reveal: RevealApi): () => void {
  const onHashChange = (): void => {
    if (reveal.isScrollView()) goToSlide(reveal, slideIdFromHash());
  };
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}
