/**
 * Mark shapes as SVG path data: one symbol per category, so colour is never the only cue, and a
 * rounded bar for an event that spans a period. Pure; symbols are memoised per category and size.
 */
import type { Category } from '../model';

const shapeCache = new Map<string, string>();

/** The category's symbol, centred on 0,0, inside a circle of radius `r`. */
export function symbolPath(category: Category, r: number): string {
  const k = `${category}:${r}`;
  const hit = shapeCache.get(k);
  if (hit) return hit;
  const n = (v: number) => +v.toFixed(2);
  const poly = (pts: [number, number][]) => `M${pts.map(([x, y]) => `${n(x)},${n(y)}`).join('L')}Z`;
  const ring = (count: number, radius: number, rot: number, inner?: number) =>
    Array.from({ length: inner ? count * 2 : count }, (_, i): [number, number] => {
      const a = rot + (i * Math.PI * 2) / (inner ? count * 2 : count);
      const rr = inner && i % 2 ? inner : radius;
      return [Math.cos(a) * rr, Math.sin(a) * rr];
    });
  // every shape fits inside a circle of radius r, so r alone decides spacing
  let d: string;
  switch (category) {
    case 'company': {
      const c = n(r * 0.84);
      d = `M${c},0A${c},${c} 0 1,1 ${-c},0A${c},${c} 0 1,1 ${c},0Z`;
      break;
    }
    case 'product': {
      const h = n(r * 0.7);
      d = `M${-h},${-h}H${h}V${h}H${-h}Z`;
      break;
    }
    case 'technology':
      d = poly(ring(4, r, -Math.PI / 2));
      break;
    case 'capital':
      d = poly(ring(3, r, -Math.PI / 2).map(([px, py]): [number, number] => [px, py + r * 0.2]));
      break;
    case 'partnership':
      d = poly(ring(3, r, Math.PI / 2).map(([px, py]): [number, number] => [px, py - r * 0.2]));
      break;
    case 'global':
      d = poly(ring(6, r * 0.9, 0));
      break;
    case 'results':
      d = poly(ring(5, r, -Math.PI / 2, r * 0.48));
      break;
  }
  shapeCache.set(k, d);
  return d;
}

/** A bar for a span, from 0 to `w`, `h` tall, centred on y = 0. */
export function barPath(w: number, h: number): string {
  const r = Math.min(h / 2, w / 2);
  const ww = Math.max(w, 0.5);
  return `M${r},${-h / 2}H${ww - r}A${r},${r} 0 0,1 ${ww - r},${h / 2}H${r}A${r},${r} 0 0,1 ${r},${-h / 2}Z`;
}
