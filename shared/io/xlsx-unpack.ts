import { unzipSync, zipSync, type UnzipFileInfo } from 'fflate';
import { countMatches } from './limit-checks';
import { dutchCount, IMPORT_LIMITS, megabytes } from './limits';
import { ImportError, refuse } from './problems';

/** The workbook parts read-excel-file reads (it ignores images, printer settings, …). */
const isXmlPart = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.xml.rels');
/** A member this small cannot be a bomb, whatever its ratio (an empty sheet packs 30×). */
const RATIO_FLOOR_BYTES = 64 * 1024;

/** Refuses an archive whose listed members break a limit; nothing has been unpacked yet. */
function checkMembers(members: readonly UnzipFileInfo[], file: string): void {
  if (members.length > IMPORT_LIMITS.zipEntries) {
    refuse(file, `de werkmap bevat ${dutchCount(members.length)} delen; Wijkweb leest werkmappen met hoogstens ${dutchCount(IMPORT_LIMITS.zipEntries)} delen.`);
  }
  const parts = members.filter((member) => isXmlPart(member.name));
  let total = 0;
  for (const m of parts) {
    if (m.originalSize > IMPORT_LIMITS.zipUnpackedBytes) {
      refuse(file, `het deel ${m.name} pakt uit tot ${megabytes(m.originalSize)}; Wijkweb pakt hoogstens ${megabytes(IMPORT_LIMITS.zipUnpackedBytes)} uit. Is dit wel een werkmap uit Excel of Wijkweb?`);
    }
    total += m.originalSize;
  }
  if (total > IMPORT_LIMITS.zipUnpackedBytes) {
    refuse(file, `de werkmap pakt uit tot ${megabytes(total)}; Wijkweb pakt hoogstens ${megabytes(IMPORT_LIMITS.zipUnpackedBytes)} uit. Splits de werkmap of sla de bladen op als CSV.`);
  }
  for (const m of parts) {
    if (m.originalSize > RATIO_FLOOR_BYTES && m.originalSize > m.size * IMPORT_LIMITS.zipRatio) {
      const ratio = Math.round(m.originalSize / Math.max(1, m.size));
      refuse(file, `het deel ${m.name} is ${dutchCount(ratio)}× samengeperst; Wijkweb accepteert hoogstens ${IMPORT_LIMITS.zipRatio}× (een gewone werkmap is ongeveer 10×). Is dit wel een werkmap uit Excel of Wijkweb?`);
    }
  }
}

/** Refuses a worksheet with more rows than a map can use, by counting `<row` tags before any cell is read. */
function checkSheetRows(parts: Record<string, Uint8Array>, file: string): void {
  const decoder = new TextDecoder();
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const rows = countMatches(decoder.decode(bytes), /<(?:\w+:)?row[\s/>]/g, IMPORT_LIMITS.sheetRows);
    if (rows > IMPORT_LIMITS.sheetRows) {
      refuse(file, `blad ${name} heeft meer dan ${dutchCount(IMPORT_LIMITS.sheetRows)} rijen; Wijkweb leest hoogstens ${dutchCount(IMPORT_LIMITS.sheetRows)} rijen per blad (${dutchCount(IMPORT_LIMITS.actors)} actoren en ${dutchCount(IMPORT_LIMITS.relations)} relaties per kaart).`);
    }
  }
}

/**
 * Unpacks the XML parts of a workbook within the import limits (members, sizes, ratios and rows are
 * checked before the cells are read) and hands them back as an uncompressed zip for
 * read-excel-file. Two reasons: the limits, and the browser's CSP. read-excel-file unzips with
 * fflate's asynchronous `unzip`, which starts a Web Worker from a `blob:` URL for every large
 * deflated member; the app's CSP (`script-src 'self'`) forbids that worker, and the import hung.
 * Stored members are sliced, never inflated, so no worker is started. Memory stays bounded even
 * when a header lies: each member is inflated into a buffer of its declared (checked) size.
 */
export function unpackWorkbook(bytes: Uint8Array, file: string): Uint8Array {
  const members: UnzipFileInfo[] = [];
  let parts: Record<string, Uint8Array>;
  try {
    unzipSync(bytes, {
      filter: (member) => {
        members.push(member);
        return false;
      },
    });
    checkMembers(members, file);
    parts = unzipSync(bytes, { filter: (member) => isXmlPart(member.name) });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    return refuse(file, `de Excel-werkmap kon niet worden gelezen (${error instanceof Error ? error.message : String(error)}).`);
  }
  checkSheetRows(parts, file);
  return zipSync(parts, { level: 0 });
}
