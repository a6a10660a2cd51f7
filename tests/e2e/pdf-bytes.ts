import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/**
 * All bytes of a PDF as text a name could hide in: the file itself plus every Flate stream
 * inflated (content streams, fonts' ToUnicode maps, metadata). Streams that are not Flate stay as they are.
 */
export function pdfBytesAsText(file: string): string {
  const bytes = readFileSync(file);
  const raw = bytes.toString('latin1');
  const parts = [raw];
  const streamStart = /stream\r?\n/g;
  for (let match = streamStart.exec(raw); match; match = streamStart.exec(raw)) {
    const begin = match.index + match[0].length;
    const end = raw.indexOf('endstream', begin);
    if (end < 0) break;
    try {
      parts.push(inflateSync(bytes.subarray(begin, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (or an image): its raw bytes are already in `raw`.
    }
    streamStart.lastIndex = end;
  }
  return parts.join('\n');
}
