import type { PrintedPage } from '../../../shared/print';
import { pngSize } from './png-size';

/** A data URL for an SVG sheet, usable as an image source (an image never runs script). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Why a PNG could not be made: too large (with the highest resolution that works) or an empty canvas. */
export class PngError extends Error {
  constructor(
    readonly reason: 'too-large' | 'empty',
    readonly width: number,
    readonly height: number,
    readonly maxDpi: number,
  ) {
    super(reason);
    this.name = 'PngError';
  }
}

/** Draws one SVG sheet onto a canvas at `dpi` and returns it as PNG; refuses sizes the browser cannot hold. */
export async function sheetToPng(page: PrintedPage, dpi: number): Promise<Blob> {
  const size = pngSize(page.widthMm, page.heightMm, dpi);
  if (!size.ok) throw new PngError('too-large', size.width, size.height, size.maxDpi);
  const image = new Image();
  image.src = svgDataUrl(page.svg);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new PngError('empty', size.width, size.height, dpi);
  context.fillStyle = '#FFFFFF';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(image, 0, 0, size.width, size.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob || blob.size === 0) throw new PngError('empty', size.width, size.height, dpi);
  return blob;
}

/** Bytes from base64 (the bridge sends PDFs that way). */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** A file name from a title: lower case, letters, digits and dashes only. */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'afdruk';
}
