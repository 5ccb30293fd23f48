/**
 * Reading the camera's frames: each new frame (or each animation frame where the browser
 * cannot say when a video frame arrives) is drawn, scaled down, on a canvas kept off the page,
 * and handed to the decoder, at most once every `intervalMs` and never while the last frame is
 * still being read, so a slow computer drops frames rather than falling behind.
 */
import type { QrDecoder } from '../../lib/qr-decode/qr-decode';

/** Frames are scaled so that their longer side is at most this (enough for a held-up phone). */
const MAX_SIDE = 800;

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function offscreen(): { canvas: HTMLCanvasElement | OffscreenCanvas; context: Context } | null {
  const canvas =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1)
      : document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true }) as Context | null;
  return context ? { canvas, context } : null;
}

/**
 * Reads `video`'s frames until the returned function is called. `onTexts` gets the texts of
 * the codes in each frame that holds any, with the time the frame was read.
 */
export function readFrames(
  video: HTMLVideoElement,
  decoder: QrDecoder,
  onTexts: (texts: string[], at: number) => void,
  intervalMs = 100,
): () => void {
  const drawing = offscreen();
  let stopped = false;
  let busy = false;
  let last = -Infinity;
  let handle = 0;
  const byVideoFrame = typeof video.requestVideoFrameCallback === 'function';

  async function read(at: number) {
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (!drawing || width === 0 || height === 0) return;
    const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
    const w = Math.round(width * scale);
    const h = Math.round(height * scale);
    const { canvas, context } = drawing;
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    context.drawImage(video, 0, 0, w, h);
    const texts = await decoder.decode(context.getImageData(0, 0, w, h));
    if (!stopped && texts.length > 0) onTexts(texts, at);
  }

  function tick() {
    if (stopped) return;
    const now = performance.now();
    if (!busy && now - last >= intervalMs) {
      busy = true;
      last = now;
      read(now)
        .catch(() => undefined)
        .finally(() => {
          busy = false;
        });
    }
    schedule();
  }

  function schedule() {
    handle = byVideoFrame ? video.requestVideoFrameCallback(tick) : requestAnimationFrame(tick);
  }

  schedule();
  return () => {
    stopped = true;
    if (byVideoFrame) video.cancelVideoFrameCallback(handle);
    else cancelAnimationFrame(handle);
  };
}
