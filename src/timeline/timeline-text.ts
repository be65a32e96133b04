/**
 * Text measurement for label layout: widths from one canvas, cached per font and string, and the
 * fonts the stylesheet gives each kind of label, read from hidden probe elements in the chart.
 */
import type { Selection } from 'd3-selection';

/** The fonts the stylesheet gives each kind of text, read from hidden probes. */
export interface Fonts {
  label: string;
  keyLabel: string;
  labelPx: number;
  eraTitle: string;
  inset: string;
  keyInset: string;
  insetPx: number;
}

/** Before the first measurement. */
export const DEFAULT_FONTS: Fonts = { label: '', keyLabel: '', labelPx: 15, eraTitle: '', inset: '', keyInset: '', insetPx: 13 };

// One canvas and one cache for every chart: widths depend only on font and text.
let measureCtx: CanvasRenderingContext2D | null = null;
let measureFont = '';
const widthCache = new Map<string, number>();

function textWidth(text: string, font: string): number {
  const k = `${font}\u0000${text}`;
  let w = widthCache.get(k);
  if (w !== undefined) return w;
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) return text.length * 10;
  // ctx.font reads back normalised, so compare with what was last set, not with ctx.font
  if (measureFont !== font) measureCtx.font = measureFont = font;
  w = measureCtx.measureText(text).width;
  if (widthCache.size > 50_000) widthCache.clear();
  widthCache.set(k, w);
  return w;
}

/** Forget measured widths (web fonts have loaded: the fallback font's widths are wrong now). */
export function clearTextWidths(): void {
  widthCache.clear();
}

/** `text`, cut with an ellipsis to fit `max` px. */
export function fitText(text: string, font: string, max: number): { text: string; width: number } {
  const full = textWidth(text, font);
  if (full <= max) return { text, width: full };
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (textWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, font) <= max) lo = mid;
    else hi = mid - 1;
  }
  const cut = `${chars.slice(0, lo).join('').trimEnd()}…`;
  return { text: cut, width: textWidth(cut, font) };
}

function fontOf(el: Element | null): string {
  if (!el) return '';
  const s = getComputedStyle(el);
  return `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
}

const pxOf = (font: string, fallback: number) => parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '') || fallback;

/** Reads the fonts off the `.tl-probes` texts inside `svg`. */
export function readFonts(svg: Selection<SVGSVGElement, unknown, null, undefined>): Fonts {
  const probe = (sel: string) => fontOf(svg.select(`.tl-probes ${sel}`).node() as Element | null);
  const label = probe('.tl-label:not(.is-key)');
  const inset = probe('.tl-inset-label:not(.is-key)');
  return {
    label,
    keyLabel: probe('.tl-label.is-key'),
    labelPx: pxOf(label, 15),
    eraTitle: probe('.tl-era-title'),
    inset,
    keyInset: probe('.tl-inset-label.is-key'),
    insetPx: pxOf(inset, 13),
  };
}
