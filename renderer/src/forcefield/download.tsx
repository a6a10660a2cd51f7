import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob, downloadText as downloadTyped } from '../ui/download';

/** Offers UTF-8 text as a file download. */
export function downloadText(name: string, text: string, type: string): void {
  downloadTyped(name, text, `${type};charset=utf-8`);
}

/** Serialises an SVG element as a standalone SVG file (white background, inline styles kept). */
export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** Downloads an SVG element as .svg. */
export function downloadSvg(svg: SVGSVGElement, stem: string): void {
  downloadText(`${stem}.svg`, svgText(svg), 'image/svg+xml');
}

/** Downloads an SVG element as a PNG at twice its size (sharp on slides). */
export async function downloadPng(svg: SVGSVGElement, stem: string): Promise<void> {
  const width = svg.viewBox.baseVal.width || svg.clientWidth;
  const height = svg.viewBox.baseVal.height || svg.clientHeight;
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('svg'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) downloadBlob(`${stem}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The "SVG opslaan" and "PNG opslaan" buttons for a diagram, saved as `<stem>.svg` / `.png`. */
export function DiagramExportButtons({ svg, stem }: { readonly svg: RefObject<SVGSVGElement | null>; readonly stem: string }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" onClick={() => svg.current && downloadSvg(svg.current, stem)}>
        {t('forcefield.exportSvg')}
      </button>
      <button type="button" onClick={() => svg.current && void downloadPng(svg.current, stem)}>
        {t('forcefield.exportPng')}
      </button>
    </>
  );
}
