/**
 * Offers data as a file download: a local blob URL clicked in the page (no network), in the
 * browser and in Electron alike. The URL is released once the download has had time to start.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers text (or bytes) of the given type as a file download. */
export function downloadText(fileName: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
  downloadBlob(fileName, new Blob([content], { type }));
}
