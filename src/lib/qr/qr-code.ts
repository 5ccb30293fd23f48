/** QR codes: the only module that uses the qrcode library. Drawn locally, as a PNG data URL. */
import QRCode from 'qrcode';

export function qrDataUrl(text: string, width = 320): Promise<string> {
  return QRCode.toDataURL(text, {
    errorCorrectionLevel: 'M',
    margin: 2,
    width,
    color: { dark: '#0b0c0c', light: '#ffffff' },
  });
}
