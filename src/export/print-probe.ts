/**
 * The in-page half of the readiness wait, installed before the page's own scripts run.
 * Written with object methods and anonymous callbacks only: tsx (esbuild keepNames) wraps named
 * inner functions in a `__name` helper that does not exist in the page.
 */
import type { PendingItem } from './export-errors.ts';

/** One page of reveal's print view: a slide, one of its fragment steps, or its speaker notes. */
export interface PrintPage {
  slideId: string;
  kind: 'slide' | 'step' | 'notes';
  /** Laid-out height in CSS px, to catch a page that would spill onto a second sheet. */
  height: number;
  /** How far visible text reaches past each edge of the page, in px (0 when it fits): cut off in the PDF. */
  textBeyond: Record<'top' | 'right' | 'bottom' | 'left', number>;
}

export interface PrintProbe {
  /** reveal dispatched `pdf-ready`: the print pages are laid out. */
  printReady: boolean;
  errors: string[];
  /** What is not ready yet on the print pages of one slide, or of all of them. */
  pending(slideId?: string): PendingItem[];
  /** Ids of the slides, in print order (each once). */
  slideIds(): string[];
  pages(): PrintPage[];
  textBeyond(sheet: HTMLElement): PrintPage['textBeyond'];
  /** Inside something clipped on purpose (a screen-reader-only list). */
  clippedAway(element: Element, sheet: Element): boolean;
}

declare global {
  interface Window {
    __deckPrint?: PrintProbe;
  }
}

export function installPrintProbe(): void {
  const probe: PrintProbe = {
    printReady: false,
    errors: [],
    pending(slideId?: string): PendingItem[] {
      const found: PendingItem[] = [];
      Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')).forEach((page) => {
        const id = page.querySelector<HTMLElement>('section[data-slide-id]')?.dataset.slideId ?? '';
        if (slideId !== undefined && id !== slideId) return;
        // Every chart container, drawn or not: the page mounts its charts after data-deck-ready.
        page.querySelectorAll<HTMLElement>('[data-chart]').forEach((chart) => {
          if (chart.dataset.chartReady !== 'true') found.push({ slideId: id, what: `chart "${chart.dataset.chart ?? ''}"` });
        });
        page.querySelectorAll('img').forEach((image) => {
          if (!image.complete) found.push({ slideId: id, what: `image ${image.getAttribute('src') ?? ''}` });
        });
      });
      return found;
    },
    slideIds(): string[] {
      const ids = Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page section[data-slide-id]'));
      return [...new Set(ids.map((section) => section.dataset.slideId ?? ''))];
    },
    pages(): PrintPage[] {
      const seen = new Set<string>();
      let last = '';
      const sheets = document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page, .reveal .slides > .speaker-notes-pdf');
      return Array.from(sheets).map((sheet) => {
        const size = { height: sheet.getBoundingClientRect().height, textBeyond: probe.textBeyond(sheet) };
        // reveal puts a slide's notes page right after the slide's own page, without an id.
        if (sheet.classList.contains('speaker-notes-pdf')) return { slideId: last, kind: 'notes', ...size };
        const id = sheet.querySelector<HTMLElement>('section[data-slide-id]')?.dataset.slideId ?? '';
        const kind = seen.has(id) ? 'step' : 'slide';
        seen.add(id);
        last = id;
        return { slideId: id, kind, ...size };
      });
    },
    textBeyond(sheet: HTMLElement): PrintPage['textBeyond'] {
      const box = sheet.getBoundingClientRect();
      const beyond = { top: 0, right: 0, bottom: 0, left: 0 };
      const walker = document.createTreeWalker(sheet, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!node.textContent?.trim() || !parent) continue;
        if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || probe.clippedAway(parent, sheet)) continue;
        range.selectNodeContents(node);
        Array.from(range.getClientRects()).forEach((rect) => {
          // A line box is taller than its glyphs (Noto's ascent and descent): a fifth of it may stick out.
          const slack = rect.height / 5;
          if (rect.width === 0 || rect.height === 0) return;
          beyond.top = Math.max(beyond.top, box.top - rect.top - slack);
          beyond.right = Math.max(beyond.right, rect.right - box.right);
          beyond.bottom = Math.max(beyond.bottom, rect.bottom - box.bottom - slack);
          beyond.left = Math.max(beyond.left, box.left - rect.left);
        });
      }
      return beyond;
    },
    clippedAway(element: Element, sheet: Element): boolean {
      for (let at: Element | null = element; at && at !== sheet; at = at.parentElement) {
        if (getComputedStyle(at).clipPath !== 'none') return true;
      }
      return false;
    },
  };
  window.__deckPrint = probe;
  // reveal dispatches its events on the .reveal element; they bubble up to window.
  window.addEventListener('pdf-ready', () => {
    probe.printReady = true;
  });
  window.addEventListener('error', (event) => probe.errors.push(event.message));
  window.addEventListener('unhandledrejection', (event) => probe.errors.push(String(event.reason)));
}
