/**
 * The chart's DOM skeleton, built once per container: the SVG's layers in paint order, the
 * footer (zoom buttons, legend, inset panel), the detail box and the screen-reader list. Also the
 * footer's words, which change only with the language, and the size the container gives.
 */
import { select, type Selection } from 'd3-selection';
import { CATEGORIES, type Category, type Lang } from '../model';
import { STRINGS } from './timeline-format';
import { symbolPath } from './timeline-shapes';

/** The chart's outer `div.tl-root`. */
export type RootSelection = Selection<HTMLDivElement, unknown, null, undefined>;
/** The main `svg.tl-svg`, or the inset panel's. */
export type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;

export interface Skeleton {
  root: RootSelection;
  svg: SvgSelection;
  /** The inset panel's own SVG. */
  isvg: SvgSelection;
  controls: Selection<HTMLDivElement, unknown, null, undefined>;
  insetTitle: Selection<HTMLButtonElement, unknown, null, undefined>;
}

/** `uid` keeps ids (the clip path, the detail box) unique on a page with several charts. */
/** The element a chart is called on: an element, or the first node of a d3 selection. */
export function targetElement(target: Element | Selection<any, any, any, any>): HTMLElement | null {
  return (target instanceof Element ? target : (target.node() as Element | null)) as HTMLElement | null;
}

export function buildSkeleton(container: HTMLElement, uid: string): Skeleton {
  const root = select(container).append('div').attr('class', 'tl-root');
  const svg = root.append('svg').attr('class', 'tl-svg');
  const defs = svg.append('defs');
  defs.append('clipPath').attr('id', `tl-clip-${uid}`).append('rect');
  svg.append('g').attr('class', 'tl-eras').attr('aria-hidden', 'true');
  svg.append('g').attr('class', 'tl-axis').attr('aria-hidden', 'true');
  svg.append('g').attr('class', 'tl-inset-bracket').attr('aria-hidden', 'true').append('path');
  // leaders, labels and the marker are only made for marks in view, so they need no clipping;
  // the leaders and the marker's line run behind the marks
  svg.append('g').attr('class', 'tl-leaders').attr('aria-hidden', 'true');
  const here = svg.append('g').attr('class', 'tl-here').attr('aria-hidden', 'true').style('display', 'none');
  here.append('line');
  here.append('path').attr('class', 'tl-here-caret');
  here.append('text').attr('class', 'tl-here-text');
  const plot = svg.append('g').attr('class', 'tl-plot').attr('clip-path', `url(#tl-clip-${uid})`);
  plot.append('g').attr('class', 'tl-ranges').attr('aria-hidden', 'true');
  plot.append('g').attr('class', 'tl-marks').attr('role', 'group');
  svg.append('g').attr('class', 'tl-labels').attr('aria-hidden', 'true');
  // probes give the exact fonts the stylesheet sets, for measuring label widths
  const probes = svg.append('g').attr('class', 'tl-probes').attr('aria-hidden', 'true').style('visibility', 'hidden');
  probes.append('text').attr('class', 'tl-label');
  probes.append('text').attr('class', 'tl-label is-key');
  probes.append('text').attr('class', 'tl-era-title');
  probes.append('text').attr('class', 'tl-inset-label');
  probes.append('text').attr('class', 'tl-inset-label is-key');

  const footer = root.append('div').attr('class', 'tl-footer');
  const controls = footer.append('div').attr('class', 'tl-controls');
  controls.append('button').attr('type', 'button').attr('class', 'tl-btn tl-zoom-in').text('+');
  controls.append('button').attr('type', 'button').attr('class', 'tl-btn tl-zoom-out').text('−');
  // An icon, not a symbol character: the talk's font has no reset arrow.
  controls
    .append('button')
    .attr('type', 'button')
    .attr('class', 'tl-btn tl-zoom-reset')
    .append('svg')
    .attr('viewBox', '0 0 24 24')
    .attr('width', 20)
    .attr('height', 20)
    .attr('aria-hidden', 'true')
    .append('path')
    .attr('d', 'M4 12a8 8 0 1 0 2.3-5.6M4 4v4h4')
    .attr('fill', 'none')
    .attr('stroke', 'currentColor')
    .attr('stroke-width', 2)
    .attr('stroke-linecap', 'round')
    .attr('stroke-linejoin', 'round');
  footer.append('ul').attr('class', 'tl-legend').attr('aria-hidden', 'true');
  const insetBox = footer.append('div').attr('class', 'tl-inset');
  const insetTitle = insetBox.append('button').attr('type', 'button').attr('class', 'tl-inset-title');
  const isvg = insetBox.append('svg').attr('class', 'tl-inset-svg').attr('aria-hidden', 'true');
  isvg.append('rect').attr('class', 'tl-inset-frame');
  isvg.append('g').attr('class', 'tl-axis');
  isvg.append('g').attr('class', 'tl-leaders');
  isvg.append('g').attr('class', 'tl-marks');
  isvg.append('g').attr('class', 'tl-labels');

  root.append('div').attr('class', 'tl-detail').attr('role', 'tooltip').attr('id', `tl-detail-${uid}`).attr('hidden', '');
  root.append('ol').attr('class', 'tl-sr-only');
  return { root, svg, isvg, controls, insetTitle };
}

/**
 * The chart's size in `container`. With no height to fill, the navigator is 60 px tall and the
 * full view 16:9 (at least 320 px).
 */
export function chartSize(container: HTMLElement, full: boolean): [number, number] {
  const w = container.clientWidth;
  let h = container.clientHeight;
  if (!full && h < 40) h = 60;
  if (full && h < 200) h = Math.max(320, Math.round(w * 0.5625));
  return [w, h];
}

/** The zoom buttons' names and the category legend, in `lang`. */
export function labelFooter(footer: Selection<HTMLDivElement, unknown, null, undefined>, lang: Lang): void {
  const s = STRINGS[lang];
  footer.select('.tl-zoom-in').attr('aria-label', s.zoomIn).attr('title', s.zoomIn);
  footer.select('.tl-zoom-out').attr('aria-label', s.zoomOut).attr('title', s.zoomOut);
  footer.select('.tl-zoom-reset').attr('aria-label', s.reset).attr('title', s.reset);
  const li = footer
    .select('.tl-legend')
    .selectAll<HTMLLIElement, Category>('li')
    .data(CATEGORIES, (d) => d)
    .join((enter) => {
      const e = enter.append('li');
      const sw = e.append('svg').attr('width', 16).attr('height', 16).attr('viewBox', '-8 -8 16 16');
      sw.append('path');
      e.append('span');
      return e;
    })
    .attr('class', (d) => `cat-${d}`);
  li.select('path').attr('class', 'tl-swatch').attr('d', (d) => symbolPath(d, 7));
  li.select('span').text((d) => s.categories[d]);
}
