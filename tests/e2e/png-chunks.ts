import { inflateSync } from 'node:zlib';

/** Every chunk of a PNG file as type and data (no CRC check: the browser wrote it). */
export function pngChunks(png: Buffer): { type: string; data: Buffer }[] {
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return chunks;
}

/**
 * All text a PNG carries besides its pixels: tEXt, zTXt (inflated), iTXt and eXIf chunks, as one
 * string, so a test can check that no name hides in the metadata.
 */
export function pngMetadataText(png: Buffer): string {
  return pngChunks(png)
    .filter((c) => ['tEXt', 'zTXt', 'iTXt', 'eXIf'].includes(c.type))
    .map((c) => {
      if (c.type !== 'zTXt') return c.data.toString('utf8');
      const keyEnd = c.data.indexOf(0);
      return `${c.data.subarray(0, keyEnd).toString('latin1')} ${inflateSync(c.data.subarray(keyEnd + 2)).toString('latin1')}`;
    })
    .join('\n');
}
