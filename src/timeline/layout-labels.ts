/**
 * Lane layout for timeline labels and marks: a pure function over plain numbers (pixels), no DOM.
 *
 * Every box is an interval on the time axis anchored at `x`. Boxes are put into at most `lanes`
 * lanes (lane 0 is the one nearest the marks) so that, within a lane, boxes are at least `gap`
 * apart. A box that fits in no lane is reported hidden instead of being allowed to overlap.
 *
 * Greedy, highest priority first, then left to right: a key event's label is placed before any
 * other label can take its room. Lane-major: the nearest lane that has room wins. Each lane is a sorted array of intervals, so a placement costs
 * two binary searches; 10,000 boxes lay out in a few milliseconds.
 */

export interface LabelBox {
  id: string;
  /** Anchor on the axis, in px: the mark the box belongs to. */
  x: number;
  /** Width of the box along the axis, in px. */
  width: number;
  /** Higher is placed first (key events: 1, others: 0). Default 0. */
  priority?: number;
  /**
   * A fixed box stays centred on `x` (marks). A movable one (labels, the default) may also
   * start or end at the anchor, and is kept inside `extent`.
   */
  fixed?: boolean;
}

export interface LabelLayoutOptions {
  /** Number of lanes available (the bound). */
  lanes: number;
  /** Minimum free space between two boxes in one lane, px. Default 4. */
  gap?: number;
  /**
   * Visible range [left, right] in px. Movable boxes are kept inside it; a box whose anchor
   * lies outside it is hidden. Default: unbounded.
   */
  extent?: readonly [number, number];
  /** How far past its anchor a start- or end-aligned box reaches, px. Default 6. */
  overhang?: number;
  /**
   * When set, a box in lane k > 0 has a leader line of this width running from its anchor down
   * through lanes 0..k-1. Leaders then avoid boxes where any lane allows it; when none does, the
   * box is still placed (a leader may cross a box, two boxes never overlap).
   */
  leaderWidth?: number;
}

export interface PlacedLabel {
  id: string;
  /** Lane index, or -1 when hidden. */
  lane: number;
  /** Left edge of the box, px (for a hidden box, where it would have been centred). */
  x: number;
  width: number;
  hidden: boolean;
}

export interface LabelLayout {
  /** One entry per input box, in input order. */
  labels: PlacedLabel[];
  /** Ids of the hidden boxes, in input order. */
  hidden: string[];
  /** Number of lanes actually used (highest lane index + 1). */
  lanesUsed: number;
}

/** One lane: non-overlapping intervals kept sorted by left edge (so right edges are sorted too). */
interface Lane {
  left: number[];
  right: number[];
}

/** Index of the first interval whose left edge is >= value. */
function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where [l, r] would go in the lane, or -1 if it comes within `gap` of a neighbour. */
function slot(lane: Lane, l: number, r: number, gap: number): number {
  const i = lowerBound(lane.left, l);
  if (i > 0 && lane.right[i - 1]! + gap > l) return -1;
  if (i < lane.left.length && lane.left[i]! < r + gap) return -1;
  return i;
}

/**
 * Left edges to try, best first, written into `out` (no allocation per box): centred on the
 * anchor, then starting or ending at it. Returns how many.
 */
function candidates(box: LabelBox, w: number, overhang: number, extent: readonly [number, number] | undefined, out: Float64Array): number {
  const centred = box.x - w / 2;
  if (box.fixed) {
    out[0] = centred;
    return 1;
  }
  let n = 0;
  for (const raw of [centred, box.x - overhang, box.x - w + overhang]) {
    const l = extent ? Math.max(extent[0], Math.min(extent[1] - w, raw)) : raw;
    let seen = false;
    for (let i = 0; i < n; i++) if (out[i] === l) seen = true;
    if (!seen) out[n++] = l;
  }
  return n;
}

export function layoutLabels(boxes: readonly LabelBox[], options: LabelLayoutOptions): LabelLayout {
  const laneCount = Math.max(0, Math.floor(options.lanes));
  const gap = options.gap ?? 4;
  const overhang = options.overhang ?? 6;
  const extent = options.extent;
  const leaderWidth = options.leaderWidth;
  const lanes: Lane[] = Array.from({ length: laneCount }, () => ({ left: [], right: [] }));

  // sort keys pulled out once: the comparator runs n log n times
  const n = boxes.length;
  const pr = new Float64Array(n);
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    pr[i] = boxes[i]!.priority ?? 0;
    xs[i] = boxes[i]!.x;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => {
    const byPriority = pr[b]! - pr[a]!;
    if (byPriority) return byPriority;
    const byX = xs[a]! - xs[b]!;
    if (byX) return byX;
    const A = boxes[a]!.id;
    const B = boxes[b]!.id;
    return A < B ? -1 : A > B ? 1 : 0;
  });
  const lefts = new Float64Array(3);

  const labels: PlacedLabel[] = new Array(boxes.length);
  let lanesUsed = 0;
  for (const index of order) {
    const box = boxes[index]!;
    const w = Math.max(0, box.width);
    const placed: PlacedLabel = { id: box.id, lane: -1, x: box.x - w / 2, width: w, hidden: true };
    const outside = extent !== undefined && (box.x < extent[0] || box.x > extent[1]);
    if (!outside && Number.isFinite(box.x)) {
      const count = candidates(box, w, overhang, extent, lefts);
      let fallback: { lane: number; l: number } | null = null;
      let found: { lane: number; l: number } | null = null;
      // whether a leader from the anchor up to the current lane crosses no box below it
      let leaderClear = true;
      const a = box.x - (leaderWidth ?? 0) / 2;
      search: for (let lane = 0; lane < laneCount; lane++) {
        const L = lanes[lane]!;
        for (let c = 0; c < count; c++) {
          const l = lefts[c]!;
          if (slot(L, l, l + w, gap) < 0) continue;
          if (leaderClear) {
            found = { lane, l };
            break search;
          }
          fallback ??= { lane, l };
          break;
        }
        if (leaderWidth !== undefined) leaderClear &&= slot(L, a, a + leaderWidth, gap) >= 0;
        if (!leaderClear && fallback) break;
      }
      found ??= fallback;
      if (found) {
        const L = lanes[found.lane]!;
        const at = slot(L, found.l, found.l + w, gap);
        L.left.splice(at, 0, found.l);
        L.right.splice(at, 0, found.l + w);
        if (leaderWidth !== undefined) {
          // the leader becomes an obstacle in the lanes it crosses (where it does not cross a box)
          for (let k = 0; k < found.lane; k++) {
            const K = lanes[k]!;
            const i = slot(K, a, a + leaderWidth, 0);
            if (i >= 0) {
              K.left.splice(i, 0, a);
              K.right.splice(i, 0, a + leaderWidth);
            }
          }
        }
        placed.lane = found.lane;
        placed.x = found.l;
        placed.hidden = false;
        if (found.lane + 1 > lanesUsed) lanesUsed = found.lane + 1;
      }
    }
    labels[index] = placed;
  }

  const hidden: string[] = [];
  for (const p of labels) if (p.hidden) hidden.push(p.id);
  return { labels, hidden, lanesUsed };
}
