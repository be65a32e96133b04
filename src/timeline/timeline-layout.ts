/**
 * Where marks and labels go for the current scale: rows of marks above the axis, then lanes of
 * labels above the marks, both packed by the pure `layoutLabels`. No DOM (widths come from the
 * canvas text measurer). Cheap enough to run on every zoom event.
 */
import type { ScaleTime } from 'd3-scale';
import { layoutLabels, type LabelBox } from './layout-labels';
import type { Item } from './timeline-items';
import { fitText, type Fonts } from './timeline-text';

/** The chart's frame in px, fixed by a draw; a zoom keeps it. */
export interface Geometry {
  width: number;
  height: number;
  svgHeight: number;
  left: number;
  right: number;
  axisY: number;
  marksTop: number;
  /** Top of the "you are here" caret. */
  hereTop: number;
}

export interface LabelDatum {
  id: string;
  item: Item;
  text: string;
  x: number;
  y: number;
  width: number;
  /** Where the leader line leaves the label. */
  leaderTop: number;
}

export interface TimelineLayout {
  /** Height of the era titles' strip at the top. */
  eraTitleH: number;
  /** Top of the highest row of marks. */
  marksTop: number;
  /** Top of the "you are here" caret. */
  hereTop: number;
  /** Marks in view that found no row. */
  hiddenMarks: number;
  labels: LabelDatum[];
}

/** Left and right margin of the plot, px. */
export function plotMargin(width: number, full: boolean): number {
  return full ? (width < 640 ? 22 : 28) : 20;
}

/** The frame of a chart `width` × `height` px whose footer takes `footerHeight` of it. */
export function frameGeometry(width: number, height: number, footerHeight: number, full: boolean): Geometry {
  const left = plotMargin(width, full);
  const svgHeight = Math.max(full ? 160 : 30, height - footerHeight);
  const axisY = full ? svgHeight - 30 : svgHeight - 15;
  return { width, height, svgHeight, left, right: width - left, axisY, marksTop: axisY, hereTop: 1 };
}

/** How much the active mark grows in the full view. */
export const ACTIVE_SCALE = 1.15;

/** The scale as plain arithmetic on epoch ms: the same numbers, without a Date per call. */
function linear(scale: ScaleTime<number, number>): (t: number) => number {
  const [d0, d1] = scale.domain().map(Number) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const k = (r1 - r0) / (d1 - d0 || 1);
  return (t) => r0 + (t - d0) * k;
}

/**
 * Lays out `items` on scale `xView`: writes each item's radius, position and whether it is drawn
 * (`r`, `px`, `py`, `x0`, `x1`, `drawn`), and returns the labels (full view only) and heights.
 */
export function layoutTimeline(
  items: readonly Item[],
  xView: ScaleTime<number, number>,
  g: Geometry,
  full: boolean,
  fonts: Fonts,
): TimelineLayout {
  // 1. mark rows: no two marks overlap; whiskers and bars count as part of their mark
  const rBase = full ? (g.width < 640 ? 6.5 : 8) : 4.2;
  const rKey = full ? rBase * 1.3 : 5;
  const rowGap = full ? 3 : 1;
  // room for the active mark's enlargement (full view only) and its ring
  const rowH = 2 * rKey * (full ? ACTIVE_SCALE : 1) + rowGap + (full ? 2 : 1);
  const labelFont = fonts.label;
  const labelPx = full ? fonts.labelPx : 0;
  const eraTitleH = full ? Math.round(labelPx * 1.6) + 6 : 4;
  const maxRows = Math.max(1, Math.min(full ? 8 : 6, Math.floor((g.axisY - eraTitleH - (full ? labelPx * 3 : 3)) / rowH)));
  const lo = g.left - 10;
  const hi = g.right + 10;
  const markBoxes: LabelBox[] = [];
  const inView: Item[] = [];
  const x = linear(xView);
  for (const d of items) {
    d.r = d.key ? rKey : rBase;
    d.px = x(d.t);
    // A span's bar is part of its mark. In the full view a coarse date's whisker is drawn too,
    // but it may pass behind other marks: were it a solid box, a year-wide whisker would take a
    // row of its own and push marks out of a short chart.
    const wide = d.span || (full && d.ranged);
    const a = wide ? Math.min(x(d.t0), d.px - d.r) : d.px - d.r;
    const b = wide ? Math.max(x(d.t1), d.px + d.r) : d.px + d.r;
    d.x0 = d.span ? x(d.t0) : a;
    d.x1 = d.span ? x(d.t1) : b;
    d.drawn = false;
    if (b < lo || a > hi) continue;
    inView.push(d);
    const [boxA, boxB] = d.span ? [a, b] : [d.px - d.r, d.px + d.r];
    markBoxes.push({ id: d.id, x: (boxA + boxB) / 2, width: boxB - boxA, fixed: true, priority: d.key ? 1 : 0 });
  }
  const rows = layoutLabels(markBoxes, { lanes: maxRows, gap: full ? 3 : 1 });
  const markBase = g.axisY - (full ? 8 : 3);
  rows.labels.forEach((p, i) => {
    const d = inView[i]!;
    if (p.hidden) return;
    d.drawn = true;
    d.py = markBase - rowH * p.lane - rKey;
  });
  const marksTop = markBase - rowH * Math.max(1, rows.lanesUsed);
  const hereTop = full ? marksTop - 6 - Math.round(labelPx * 0.9) + 2 : 1;

  // 2. labels: full view only; key events first so they are always labelled
  const labels: LabelDatum[] = [];
  if (full) {
    const keyFont = fonts.keyLabel;
    const labelTop = eraTitleH + 4;
    const minLaneH = labelPx * 1.45;
    const labelBottom = marksTop - 6 - Math.round(labelPx * 0.9); // the "you are here" strip
    const lanes = Math.max(0, Math.min(14, Math.floor((labelBottom - labelTop) / minLaneH)));
    const maxW = Math.max(110, Math.min(420, g.width * 0.24));
    const boxes: LabelBox[] = [];
    const texts: { text: string; width: number }[] = [];
    const drawn = inView.filter((d) => d.drawn && d.px >= g.left && d.px <= g.right);
    for (const d of drawn) {
      const fit = fitText(d.title, d.key ? keyFont : labelFont, maxW);
      texts.push(fit);
      boxes.push({ id: d.id, x: d.px, width: fit.width + 2, priority: d.key ? 1 : 0 });
    }
    const placed = layoutLabels(boxes, { lanes, gap: 10, extent: [2, g.width - 2], leaderWidth: 1 });
    const laneH = placed.lanesUsed
      ? Math.max(minLaneH, Math.min(labelPx * 2.4, (labelBottom - labelTop) / placed.lanesUsed))
      : minLaneH;
    placed.labels.forEach((p, i) => {
      if (p.hidden) return;
      const d = drawn[i]!;
      const bottom = labelBottom - laneH * p.lane;
      labels.push({
        id: d.id,
        item: d,
        text: texts[i]!.text,
        x: p.x + 1,
        y: bottom - labelPx * 0.28,
        width: p.width,
        leaderTop: bottom + 1,
      });
    });
  }
  return { eraTitleH, marksTop, hereTop, hiddenMarks: rows.hidden.length, labels };
}

/** The drawn item nearest to point (px, py) within `maxDist` px, spans measured to their bar. */
export function nearestItem(items: readonly Item[], px: number, py: number, maxDist: number): Item | null {
  let best: Item | null = null;
  let bestDist = maxDist;
  for (const d of items) {
    if (!d.drawn) continue;
    const dx = d.span ? Math.max(d.x0 - px, 0, px - d.x1) : d.px - px;
    const dist = Math.hypot(dx, d.py - py);
    if (dist < bestDist) {
      bestDist = dist;
      best = d;
    }
  }
  return best;
}
