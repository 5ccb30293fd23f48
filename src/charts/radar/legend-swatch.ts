/**
 * The legend's key for a series: a short stretch of the line with its dash pattern, width and
 * colour, its marker in the middle, and the fill behind it for a filled series. chart.js draws
 * it in place of its default box (a "point style" image), so the legend matches the lines.
 */
import { filledMarker, markerPath } from './marker-path';
import type { SeriesStyle } from './series-style';

/** A canvas of `height` pixels high and four times as wide, showing `style`. */
export function legendSwatch(style: SeriesStyle, height: number): HTMLCanvasElement {
  const h = Math.max(8, Math.round(height));
  const w = h * 4;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  const scale = h / 14;
  if (style.fill) {
    ctx.fillStyle = style.fill;
    ctx.fillRect(0, h * 0.15, w, h * 0.7);
  }
  ctx.strokeStyle = style.colour;
  ctx.lineWidth = Math.max(1, style.width * scale);
  ctx.setLineDash(style.dash.map((d) => d * scale));
  ctx.beginPath();
  ctx.moveTo(0, h / 2);
  ctx.lineTo(w, h / 2);
  ctx.stroke();
  if (style.point > 0) {
    ctx.setLineDash([]);
    ctx.lineWidth = Math.max(1, 1.5 * scale);
    const path = new Path2D(markerPath(style.marker, w / 2, h / 2, style.point * scale * 1.2));
    if (filledMarker(style.marker)) {
      ctx.fillStyle = style.colour;
      ctx.fill(path);
    }
    ctx.stroke(path);
  }
  return canvas;
}
