import QRCode from 'qrcode';

/**
 * The QR code on a document's last page, as PNG bytes: error correction M (a stamp or a fold may cover part of it),
 * a quiet zone of two modules, four pixels a module. qrcode writes the PNG with fixed settings and no timestamp, so
 * the same link always gives the same bytes — which the document's hash needs.
 */
export function qrPng(link: string): Promise<Buffer> {
  return QRCode.toBuffer(link, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 4 });
}
