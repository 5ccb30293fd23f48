import { useEffect, useState } from 'react';
import { qrDataUrl } from './qr-code';

/** A QR code image. The text it encodes is always shown beside it, so nobody needs a camera. */
export function QrImage({ text, alt, width = 320 }: { text: string; alt: string; width?: number }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    qrDataUrl(text, width).then(
      (url) => live && setSrc(url),
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [text, width]);
  return src ? <img src={src} alt={alt} width={width} height={width} className="app-qr" /> : null;
}
