/**
 * Keyboard and screen-reader access: a roving tabindex (one tab stop per chart, arrows move
 * between events), the keys a focused mark answers to, and the visually hidden list that reads
 * every event in time order.
 */
import type { Lang } from '../model';
import type { RootSelection } from './timeline-dom';
import { STRINGS } from './timeline-format';
import { itemAria, type Item } from './timeline-items';
import { eventIdOf } from './timeline-marks';

/** Longest screen-reader list joined synchronously; longer ones are built in idle time. */
const LIST_SYNC = 400;
const idle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 200 }) : setTimeout(fn, 1);

/** What roving focus needs from the chart, read when a key or focus event arrives. */
export interface FocusContext {
  svg: SVGSVGElement | null;
  /** In time order. */
  items: readonly Item[];
  byId: ReadonlyMap<string, Item>;
  markNodes: ReadonlyMap<string, SVGPathElement>;
  activeId: string | null;
  full: boolean;
}

export interface FocusActions {
  select(id: string): void;
  zoomBy(k: number): void;
  /** Brings the item into view so that it is drawn and has a mark to focus. */
  reveal(d: Item): void;
  showDetail(id: string): void;
  hideDetail(): void;
}

export interface RovingFocus {
  /** The event whose mark has focus, if any. */
  focused(): string | null;
  /** Puts the tab stop on the focused mark, else the active one, else the first drawn. */
  updateTabStop(): void;
  onKeyDown(event: KeyboardEvent): void;
  onFocusIn(event: FocusEvent): void;
  onFocusOut(event: FocusEvent): void;
}

/** Roving tabindex: one tab stop per chart; arrows move inside. */
export function rovingFocus(context: () => FocusContext, act: FocusActions): RovingFocus {
  let focusId: string | null = null;
  const updateTabStop = () => {
    const { items, byId, markNodes, activeId } = context();
    const want =
      (focusId && byId.get(focusId)?.drawn ? focusId : null) ??
      (activeId && byId.get(activeId)?.drawn ? activeId : null) ??
      items.find((d) => d.drawn)?.id ??
      null;
    for (const [id, node] of markNodes) {
      const ti = id === want ? '0' : '-1';
      if (node.getAttribute('tabindex') !== ti) node.setAttribute('tabindex', ti);
    }
  };
  const focus = (d: Item) => {
    act.reveal(d);
    focusId = d.id;
    updateTabStop();
    context().markNodes.get(d.id)?.focus({ preventScroll: true });
  };
  return {
    focused: () => focusId,
    updateTabStop,
    onKeyDown(event) {
      const { items, byId, full } = context();
      const id = eventIdOf(event.target);
      const d = id ? byId.get(id) : undefined;
      if (d) handleMarkKey(event, d, items, full, act, focus);
    },
    onFocusIn(event) {
      const id = eventIdOf(event.target);
      if (!id) return;
      focusId = id;
      updateTabStop();
      act.showDetail(id);
    },
    onFocusOut(event) {
      const next = event.relatedTarget instanceof Element ? event.relatedTarget : null;
      if (!next || !context().svg?.contains(next)) {
        focusId = null;
        act.hideDetail();
      }
    },
  };
}

/**
 * A key pressed on the mark of `d`: arrows, Home and End move between events in time order,
 * Enter and Space select, + and − zoom (full view), Escape closes the detail box.
 */
function handleMarkKey(event: KeyboardEvent, d: Item, items: readonly Item[], full: boolean, act: FocusActions, focus: (d: Item) => void): void {
  let next: Item | undefined;
  switch (event.key) {
    case 'ArrowRight':
      next = items[Math.min(items.length - 1, d.index + 1)];
      break;
    case 'ArrowLeft':
      next = items[Math.max(0, d.index - 1)];
      break;
    case 'Home':
      next = items[0];
      break;
    case 'End':
      next = items[items.length - 1];
      break;
    case 'Enter':
    case ' ':
      event.preventDefault();
      event.stopPropagation();
      act.select(d.id);
      return;
    case '+':
    case '=':
      if (!full) return;
      act.zoomBy(1.6);
      break;
    case '-':
      if (!full) return;
      act.zoomBy(1 / 1.6);
      break;
    case 'Escape':
      act.hideDetail();
      return;
    default:
      return;
  }
  // the deck must not also turn the slide
  event.preventDefault();
  event.stopPropagation();
  if (next) focus(next);
}

export interface ScreenReaderList {
  /** (Re)joins the list for `items`; a chunked build from an earlier call stops. */
  join(root: RootSelection, items: readonly Item[], lang: Lang, activeId: () => string | null): void;
  /** Resolves when the list being built is complete; null when it is. */
  pending(): Promise<void> | null;
  /** Marks the list item of `id` as the current step, or not. */
  setCurrent(id: string, on: boolean): void;
  /** The list's DOM is gone: forget its items and stop building. */
  reset(): void;
}

/**
 * The screen-reader list. Up to LIST_SYNC events it is joined at once; a longer one (only
 * synthetic data gets there) is built in idle-time chunks after the chart is drawn, since laying
 * out thousands of list items would cost more than drawing the chart.
 */
export function screenReaderList(): ScreenReaderList {
  let job = 0;
  let nodes = new Map<string, HTMLLIElement>();
  let done: Promise<void> | null = null;
  return {
    join(root, items, lang, activeId) {
      const mine = ++job;
      nodes = new Map();
      const d = joinList(root, items, lang, nodes, () => mine === job, activeId);
      done = d;
      void d.then(() => {
        if (done === d) done = null;
      });
    },
    pending: () => done,
    setCurrent(id, on) {
      const li = nodes.get(id);
      if (on) li?.setAttribute('aria-current', 'step');
      else li?.removeAttribute('aria-current');
    },
    reset() {
      job++;
      nodes = new Map();
    },
  };
}

/** Fills `nodes` as it makes items; a chunked build stops when `current()` turns false. */
function joinList(
  root: RootSelection,
  items: readonly Item[],
  lang: Lang,
  nodes: Map<string, HTMLLIElement>,
  current: () => boolean,
  activeId: () => string | null,
): Promise<void> {
  const s = STRINGS[lang];
  const ol = root.select<HTMLOListElement>('ol.tl-sr-only').attr('aria-label', s.list);
  const text = (d: Item) => `${itemAria(d, lang)}${d.key ? ` (${s.key})` : ''}. ${d.event.summary[lang]} (${s.categories[d.event.category]})`;
  const finish = () => {
    const id = activeId();
    const a = id ? nodes.get(id) : undefined;
    a?.setAttribute('aria-current', 'step');
  };
  if (items.length <= LIST_SYNC) {
    const li = ol
      .selectAll<HTMLLIElement, Item>('li')
      .data(items, (d) => d.id)
      .join('li')
      .attr('data-list-event-id', (d) => d.id)
      .attr('aria-current', null)
      .text(text)
      .order();
    li.each(function (d) {
      nodes.set(d.id, this);
    });
    finish();
    return Promise.resolve();
  }
  ol.selectAll('li').remove();
  return new Promise<void>((resolve) => {
    let i = 0;
    const step = () => {
      if (!current()) return resolve();
      const frag = document.createDocumentFragment();
      for (const end = Math.min(items.length, i + 500); i < end; i++) {
        const d = items[i]!;
        const li = document.createElement('li');
        li.setAttribute('data-list-event-id', d.id);
        li.textContent = text(d);
        nodes.set(d.id, li);
        frag.append(li);
      }
      ol.node()!.append(frag);
      if (i < items.length) idle(step);
      else {
        finish();
        resolve();
      }
    };
    idle(step);
  });
}
