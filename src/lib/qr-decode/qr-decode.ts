/**
 * Reading QR codes from camera frames: the only module that uses jsQR.
 *
 * The browser's own `BarcodeDetector` is used where it exists and reads QR codes (Chrome on
 * Android, macOS and ChromeOS; Safari); everywhere else jsQR, a decoder in plain JavaScript,
 * fetched only when the first decoder is made, so that it is a chunk of its own that no page
 * loads until scanning starts (docs/decisions/021-camera-scanning.md).
 */

export type QrDecoder = {
  /** Which decoder reads the frames. */
  kind: 'barcode-detector' | 'jsqr';
  /** The texts of the QR codes in a frame's pixels (none if it holds none); never rejects. */
  decode: (image: ImageData) => Promise<string[]>;
};

type DetectedBarcode = { rawValue: string };
type BarcodeDetectorLike = {
  detect: (source: CanvasImageSource | ImageData) => Promise<DetectedBarcode[]>;
};
type BarcodeDetectorClass = {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats: () => Promise<string[]>;
};

/** The browser's detector, if it has one that reads QR codes. */
async function nativeDetector(): Promise<BarcodeDetectorLike | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    const formats = await Detector.getSupportedFormats();
    if (!formats.includes('qr_code')) return null;
    return new Detector({ formats: ['qr_code'] });
  } catch {
    return null;
  }
}

async function jsqrDecoder(): Promise<QrDecoder> {
  const { default: jsQR } = await import('jsqr');
  return {
    kind: 'jsqr',
    decode: (image) => {
      try {
        // A phone screen shows dark modules on light, so the inverted pass is not needed.
        const found = jsQR(image.data, image.width, image.height, {
          inversionAttempts: 'dontInvert',
        });
        return Promise.resolve(found && found.data !== '' ? [found.data] : []);
      } catch {
        return Promise.resolve([]);
      }
    },
  };
}

/**
 * A decoder: the browser's where it reads QR codes, jsQR otherwise. `prefer: 'jsqr'` skips the
 * browser's (for a benchmark that compares them). Rejects only if jsQR cannot be fetched.
 */
export async function createQrDecoder(prefer?: 'jsqr'): Promise<QrDecoder> {
  const native = prefer === 'jsqr' ? null : await nativeDetector();
  if (!native) return jsqrDecoder();
  return {
    kind: 'barcode-detector',
    decode: async (image) => {
      try {
        const found = await native.detect(image);
        return found.map((code) => code.rawValue).filter((text) => text !== '');
      } catch {
        return [];
      }
    },
  };
}
