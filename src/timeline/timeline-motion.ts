/**
 * When the timeline animates, and one drawing path for both cases: attribute calls go to a
 * transition when there is one, straight to the selection when there is not (d3-axis' idiom).
 */
import type { BaseType, Selection } from 'd3-selection';
import 'd3-transition';
import type { Transition } from 'd3-transition';

export type AnyTransition = Transition<any, any, any, any>;

/** Media that turn transitions off whatever the chart's option says. */
const STILL_MEDIA = ['(prefers-reduced-motion: reduce)', 'print'];

/** Whether to animate: the chart's option, unless reduced motion or print media say otherwise. */
export function motionAllowed(transitions: boolean): boolean {
  if (!transitions) return false;
  if (typeof matchMedia === 'function') {
    for (const q of STILL_MEDIA) if (matchMedia(q).matches) return false;
  }
  return true;
}

/** Calls `onStill` whenever reduced motion or print media start to match. Returns an unsubscribe. */
export function onStillMedia(onStill: () => void): () => void {
  const media: { query: MediaQueryList; listener: () => void }[] = [];
  for (const q of STILL_MEDIA) {
    if (typeof matchMedia !== 'function') break;
    const query = matchMedia(q);
    const listener = () => {
      if (query.matches) onStill();
    };
    query.addEventListener('change', listener);
    media.push({ query, listener });
  }
  return () => {
    for (const m of media) m.query.removeEventListener('change', m.listener);
  };
}

/**
 * `sel`, or a transition on it that follows `t` (its end is added to `pending`). Only attr()
 * and style() may be called on the result.
 */
export function maybeTransition<G extends BaseType, D>(
  sel: Selection<G, D, any, any>,
  t: AnyTransition | null,
  pending: Promise<unknown>[],
): Selection<G, D, any, any> {
  if (!t || sel.empty()) return sel;
  const tr = sel.transition(t);
  pending.push(tr.end().catch(() => undefined));
  // Only attr() and style() are called on the result; both exist with these signatures on both.
  return tr as unknown as Selection<G, D, any, any>;
}

/** Undo a fade-in that an interrupted transition left half done. */
export function clearFade<G extends SVGElement>(sel: Selection<G, any, any, any>): void {
  sel.filter(function () {
    return this.style.opacity !== '';
  }).style('opacity', null);
}
