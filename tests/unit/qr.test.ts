import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrSvg } from '../../src/lib/qr';

describe('qrSvg', () => {
  it('draws the code for the text as a square SVG with a quiet zone', async () => {
    const url = 'https://balashikha-explainer.example.org/';
    const svg = await qrSvg(url);
    const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // viewBox = modules plus four quiet modules on each side.
    expect(svg).toContain(`viewBox="0 0 ${modules + 8} ${modules + 8}"`);
    expect(svg).toContain('stroke="#000000"');
  });

  it('is the same for the same text, and differs for different text', async () => {
    expect(await qrSvg('https://a.example/')).toBe(await qrSvg('https://a.example/'));
    expect(await qrSvg('https://a.example/')).not.toBe(await qrSvg('https://b.example/'));
  });
});
