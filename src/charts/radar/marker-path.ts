/**
 * A point marker as SVG path data, drawn the way chart.js draws its point styles (a marker of
 * radius r centred on cx, cy), so that a swatch in the legend or beside a checkbox shows the
 * same shape as the points on the chart. Used by line-swatch.tsx (SVG) and legend-swatch.ts
 * (canvas, through Path2D).
 */
import type { Marker } from './series-style';

const f = (n: number) => String(Math.round(n * 100) / 100);

/** Whether chart.js fills the marker (the others are drawn as strokes only). */
export function filledMarker(marker: Marker): boolean {
  return marker !== 'cross' && marker !== 'crossRot' && marker !== 'star';
}

export function markerPath(marker: Marker, cx: number, cy: number, r: number): string {
  const s = r * Math.SQRT1_2;
  const cross = `M${f(cx)} ${f(cy - r)}V${f(cy + r)}M${f(cx - r)} ${f(cy)}H${f(cx + r)}`;
  const crossRot = `M${f(cx - s)} ${f(cy - s)}L${f(cx + s)} ${f(cy + s)}M${f(cx + s)} ${f(cy - s)}L${f(cx - s)} ${f(cy + s)}`;
  switch (marker) {
    case 'circle':
      return `M${f(cx - r)} ${f(cy)}A${f(r)} ${f(r)} 0 1 0 ${f(cx + r)} ${f(cy)}A${f(r)} ${f(r)} 0 1 0 ${f(cx - r)} ${f(cy)}Z`;
    case 'rect':
      return `M${f(cx - s)} ${f(cy - s)}H${f(cx + s)}V${f(cy + s)}H${f(cx - s)}Z`;
    case 'triangle': {
      const x = r * Math.sin((2 * Math.PI) / 3);
      return `M${f(cx)} ${f(cy - r)}L${f(cx + x)} ${f(cy + r / 2)}L${f(cx - x)} ${f(cy + r / 2)}Z`;
    }
    case 'rectRot':
      return `M${f(cx)} ${f(cy - r)}L${f(cx + r)} ${f(cy)}L${f(cx)} ${f(cy + r)}L${f(cx - r)} ${f(cy)}Z`;
    case 'cross':
      return cross;
    case 'crossRot':
      return crossRot;
    case 'star':
      return cross + crossRot;
  }
}
