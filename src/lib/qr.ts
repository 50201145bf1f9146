/**
 * QR codes for the print edition, drawn at build time by the `qrcode` package as an SVG string
 * that is inlined in the page: no script, no image request, sharp at any print resolution.
 */
import QRCode from 'qrcode';

/** An SVG QR code for `text`, black on white with the standard four-module quiet zone. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000ff', light: '#ffffffff' },
  });
}
