/**
 * The camera: opening it, naming why it could not be opened, and letting it go. The camera
 * facing away from the user is asked for first (a phone or tablet's back camera); a laptop's
 * only camera is used when there is no such camera, as `ideal` allows any.
 */

/** Why the camera could not be used, each with its own message on the page. */
export type CameraProblem =
  /** The user or the browser's settings refused permission. */
  | 'denied'
  /** No camera on this device (or none the browser can see). */
  | 'none'
  /** The camera is in use by another program, or the system would not start it. */
  | 'busy'
  /** The page is not in a secure context (http from another computer), so there is no camera API. */
  | 'insecure'
  | 'other';

export class CameraError extends Error {
  constructor(readonly problem: CameraProblem) {
    super(`The camera could not be used: ${problem}`);
  }
}

/** The DOMException names of getUserMedia's failures, mapped to what the user is told. */
export function cameraProblem(error: unknown): CameraProblem {
  if (error instanceof CameraError) return error.problem;
  const name = (error as { name?: unknown } | null)?.name;
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'none';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    default:
      return 'other';
  }
}

/** Opens a camera; rejects with a `CameraError` naming the problem. */
export async function openCamera(): Promise<MediaStream> {
  const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (!devices?.getUserMedia)
    throw new CameraError(globalThis.isSecureContext === false ? 'insecure' : 'none');
  try {
    return await devices.getUserMedia({
      audio: false,
      video: {
        facingMode: { ideal: 'environment' },
        width: { ideal: 1280 },
        height: { ideal: 720 },
      },
    });
  } catch (error) {
    throw new CameraError(cameraProblem(error));
  }
}

/** Stops every track, which turns the camera (and its light) off. */
export function releaseCamera(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
