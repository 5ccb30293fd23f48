/**
 * The radar on screen. The canvas is hidden from assistive technology: the data table beside
 * it carries the same numbers in an accessible form. Loaded lazily with the results page's
 * chart chunk, so chart.js never weighs on the first load.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { isPrinting } from '../../ui/printing';
import { Chart } from '../register-chartjs';
import { buildRadarConfig } from './build-radar-config';
import type { RadarData } from './radar-types';

export function RadarChart({ data, caption }: { data: RadarData; caption: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // A fixed-size picture of the chart for printing: a live canvas can be cut off or resized
  // badly by the browser's print layout.
  const [printImage, setPrintImage] = useState<string | null>(null);
  useEffect(() => {
    if (!canvas.current) return;
    // Drawn once, without animation: the figures matter, not the motion, and each animation
    // frame is work on a phone's main thread while the page is still loading.
    const chart = new Chart(canvas.current, buildRadarConfig(data, { animate: false }));
    // The print picture is a second drawing, as long as the first: made only when the user
    // prints (the browser announces it with `beforeprint` and waits for the handler), never
    // while the page loads, when it would hold up a phone's main thread for nothing.
    let made = false;
    const make = () => {
      if (made) return;
      made = true;
      // Synchronously, so that the print that has just started includes the picture.
      flushSync(() => setPrintImage(renderRadarPng(data, 900)));
    };
    window.addEventListener('beforeprint', make);
    // Drawn because a print is being prepared (src/ui/near-view.tsx): this print's
    // announcement has gone by.
    if (isPrinting()) make();
    return () => {
      window.removeEventListener('beforeprint', make);
      chart.destroy();
    };
  }, [data]);
  return (
    <figure className="app-radar">
      <div className="app-radar__canvas">
        <canvas ref={canvas} aria-hidden="true" role="presentation" />
      </div>
      {printImage && <img className="app-radar__print" src={printImage} alt="" />}
      <figcaption className="govuk-body-s">{caption}</figcaption>
    </figure>
  );
}

/**
 * Draws the radar off screen at a fixed size and returns it as a PNG data URL, for the PDF.
 * Rendered at twice the printed size so it stays sharp.
 */
export function renderRadarPng(data: RadarData, size = 1200, type: 'png' | 'jpeg' = 'png'): string {
  const el = document.createElement('canvas');
  el.width = size;
  el.height = size;
  const config = buildRadarConfig(data, { animate: false, fontSize: Math.round(size / 40) });
  config.options = { ...config.options, responsive: false, devicePixelRatio: 1 };
  const chart = new Chart(el, config);
  // White background: a transparent PNG prints grey in some viewers.
  const out = document.createElement('canvas');
  out.width = size;
  out.height = size;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size, size);
  ctx.drawImage(el, 0, 0);
  chart.destroy();
  return type === 'jpeg' ? out.toDataURL('image/jpeg', 0.92) : out.toDataURL('image/png');
}
