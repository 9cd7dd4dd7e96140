import { nextMacrotask } from '../domain/export/steps.ts';

/**
 * SVG text → PNG, in the browser: the SVG is loaded as an image from a blob
 * URL (same origin, allowed by the page's CSP) and drawn on a canvas at
 * `scale` times its size. Chromium cannot do this in a worker, so each step
 * hands the main thread back to the page first.
 */
export type RasteriseOptions = {
  /** CSS pixel size of the SVG (its width/height attributes). */
  width: number;
  height: number;
  /** Device pixels per CSS pixel; at least 2 so that the PNG is sharp in print and on HiDPI screens. */
  scale?: number;
  background?: string;
};

export const MIN_SCALE = 2;

export async function rasteriseSvg(svgText: string, options: RasteriseOptions): Promise<Blob> {
  const scale = Math.max(MIN_SCALE, options.scale ?? MIN_SCALE);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    await nextMacrotask();

    const canvas = document.createElement('canvas');
    canvas.width = Math.round(options.width * scale);
    canvas.height = Math.round(options.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images (no 2D canvas).');
    context.fillStyle = options.background ?? '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    await nextMacrotask();

    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded as PNG.'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
