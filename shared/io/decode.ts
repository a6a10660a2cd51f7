import { MAX_IMPORT_BYTES } from './limits';
import { refuse } from './problems';

/** The text encodings an imported file may have. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Text read from a file, and how it was encoded. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

const MB = 1024 * 1024;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.1;
}

/** Whether the bytes start like a zip archive (.xlsx, .docx, .zip). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or else
 * Windows-1252 (what Dutch Excel writes for "CSV (gescheiden door lijstscheidingsteken)").
 * Refuses empty, binary and over-large files with a Dutch message naming the file.
 */
export function decodeBytes(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) refuse(file, 'het bestand is leeg.');
  if (bytes.length > MAX_IMPORT_BYTES) {
    refuse(file, `het bestand is te groot (${Math.ceil(bytes.length / MB)} MB); Wijkweb leest bestanden tot ${MAX_IMPORT_BYTES / MB} MB.`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (isZip(bytes)) refuse(file, 'dit is een zip-bestand (bijvoorbeeld .xlsx); sla het in Excel op als CSV (puntkomma) en importeer dat.');
  if (looksBinary(body)) refuse(file, 'dit lijkt geen tekstbestand (binaire inhoud); kies een CSV-, GraphML-, GEXF-, JSON-, GML- of Pajek-bestand.');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}

/** Line number (1-based) of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
