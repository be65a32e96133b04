/**
 * Zoom and pan of the full view, on d3-zoom: horizontal only, never out past the whole domain,
 * never in past ten days across the chart. Time ranges and zoom transforms convert both ways.
 */
import type { ScaleTime } from 'd3-scale';
import type { Selection } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { DAY, type TimeRange } from './timeline-format';

/** Largest zoom factor: ten days fill the chart. */
function maxScale(domain: TimeRange): number {
  return Math.max(1, (domain[1] - domain[0]) / (10 * DAY));
}

/** `range` ordered, inside `domain`, and at least a day long. */
function clampRange([a, b]: TimeRange, domain: TimeRange): TimeRange {
  const lo = Math.max(domain[0], Math.min(a, b));
  const hi = Math.min(domain[1], Math.max(a, b));
  return hi - lo < DAY ? [lo, lo + DAY] : [lo, hi];
}

export interface PanZoomOptions {
  /** Whether zooming is on (the full view). */
  enabled(): boolean;
  /** The whole time range, epoch ms. */
  domain(): TimeRange;
  /** A zoom or pan by the reader or by `zoomTo`/`zoomBy`, after `view()` has followed it. */
  onZoom(): void;
}

export interface PanZoom {
  /** Attaches wheel, drag and touch zooming to the chart's svg (once per container). */
  attach(svg: SvgSelection): void;
  /** Stops a zoom transition and removes the listeners. */
  detach(): void;
  /**
   * Fits the zoom to a newly drawn frame (`xBase` maps the whole domain onto `left`–`right` px,
   * the plot is `height` tall) and puts back the kept view, or none when `full` is false,
   * without calling `onZoom`.
   */
  frame(xBase: ScaleTime<number, number>, left: number, right: number, height: number, full: boolean): void;
  /** `xBase` as zoomed now. */
  rescale(xBase: ScaleTime<number, number>): ScaleTime<number, number>;
  /** The visible time range when zoomed, kept across redraws; null when showing everything. */
  view(): TimeRange | null;
  resetView(): void;
  /**
   * Shows `range` (null: everything). Before the chart is framed, or outside the full view, it
   * is kept for the next frame. Returns the end of the transition when animated.
   */
  zoomTo(range: TimeRange | null, animate: boolean): Promise<void> | null;
  /** Zooms by factor `k` about the centre, over 300 ms when `animate`. */
  zoomBy(k: number, animate: boolean): void;
}

type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;

export function panZoom(o: PanZoomOptions): PanZoom {
  let svg: SvgSelection | null = null;
  let zoomer: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  let transform: ZoomTransform = zoomIdentity;
  let view: TimeRange | null = null;
  let framed: { xBase: ScaleTime<number, number>; left: number; right: number } | null = null;
  let framing = false;

  const onZoom = (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
    transform = event.transform;
    if (framing || !framed) return;
    const [a, b] = transform.rescaleX(framed.xBase).domain();
    view = transform.k === 1 ? null : [+a!, +b!];
    o.onZoom();
  };
  const transformFor = (range: TimeRange | null): ZoomTransform => {
    if (!range || !framed) return zoomIdentity;
    const { xBase, left, right } = framed;
    const a = xBase(range[0]);
    const b = xBase(range[1]);
    const k = Math.max(1, Math.min(maxScale(o.domain()), (right - left) / Math.max(1e-6, b - a)));
    let tx = left - k * a;
    // keep inside the translate extent
    tx = Math.min(left - k * left, Math.max(right - k * right, tx));
    return zoomIdentity.translate(tx, 0).scale(k);
  };

  return {
    attach(target) {
      svg = target;
      zoomer = d3zoom<SVGSVGElement, unknown>()
        .scaleExtent([1, maxScale(o.domain())])
        // wheel, primary-button drag and touch; not ctrl-drag
        .filter((event: Event) => o.enabled() && (!(event as MouseEvent).button || event.type === 'wheel') && !((event as MouseEvent).ctrlKey && event.type !== 'wheel'))
        .on('zoom', onZoom);
      svg.call(zoomer).on('dblclick.zoom', null);
    },
    detach() {
      if (svg) {
        svg.interrupt('tl-zoom');
        svg.on('.zoom', null);
      }
      svg = null;
      zoomer = null;
      framed = null;
    },
    frame(xBase, left, right, height, full) {
      if (!svg || !zoomer) return;
      framed = { xBase, left, right };
      zoomer
        .scaleExtent([1, maxScale(o.domain())])
        .extent([[left, 0], [right, height]])
        .translateExtent([[left, 0], [right, height]]);
      framing = true;
      svg.call(zoomer.transform, full ? transformFor(view) : zoomIdentity);
      framing = false;
    },
    rescale: (xBase) => transform.rescaleX(xBase),
    view: () => view,
    resetView() {
      view = null;
    },
    zoomTo(range, animate) {
      const domain = o.domain();
      if (!svg || !zoomer || !framed || !o.enabled()) {
        view = range ? clampRange(range, domain) : null;
        return null;
      }
      const t = transformFor(range ? clampRange(range, domain) : null);
      if (!animate) {
        svg.call(zoomer.transform, t);
        return null;
      }
      const tr = svg.transition('tl-zoom').duration(500);
      const end = tr.end();
      tr.call(zoomer.transform, t);
      return end;
    },
    zoomBy(k, animate) {
      if (!svg || !zoomer) return;
      if (animate) svg.transition('tl-zoom').duration(300).call(zoomer.scaleBy, k);
      else svg.call(zoomer.scaleBy, k);
    },
  };
}
