import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import type { MapDocument } from '../domain/map-document';
import type { CsvTable } from './csv';
import { isZip } from './decode';
import { MAX_IMPORT_BYTES } from './limits';
import { refuse } from './problems';
import { unpackWorkbook } from './xlsx-unpack';

type Cell = string | number | boolean | Date | null | undefined;

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nee';
  return String(cell);
}

/**
 * Reads every non-empty sheet of an Excel workbook (.xlsx) as a table whose first row holds the
 * column names; line numbers are Excel's row numbers. Kumu-style workbooks (Elements and
 * Connections sheets) give an actors and a relations table. Refuses a damaged workbook.
 */
export async function readXlsxTables(bytes: Uint8Array, file: string): Promise<CsvTable[]> {
  if (bytes.length === 0) refuse(file, 'het bestand is leeg.');
  if (bytes.length > MAX_IMPORT_BYTES) refuse(file, `het bestand is te groot; Wijkweb leest bestanden tot ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  if (!isZip(bytes)) refuse(file, 'dit is geen Excel-werkmap (.xlsx); sla het in Excel op als "Excel-werkmap" of als CSV.');
  // Checked against the limits and unpacked here; a fresh array, so its .buffer is exactly the workbook.
  const unpacked = unpackWorkbook(bytes, file);
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(unpacked.buffer as ArrayBuffer)) as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    return refuse(file, `de Excel-werkmap kon niet worden gelezen (${error instanceof Error ? error.message : String(error)}).`);
  }
  const tables: CsvTable[] = [];
  for (const sheet of sheets) {
    const rows = sheet.data.map((row) => row.map(cellText));
    const start = rows.findIndex((row) => row.some((c) => c.trim() !== ''));
    if (start === -1) continue;
    const name = sheets.length > 1 ? `${file} (blad ${sheet.sheet})` : file;
    const body: string[][] = [];
    const lines: number[] = [];
    for (let i = start + 1; i < rows.length; i++) {
      const row = rows[i] ?? [];
      if (row.every((c) => c.trim() === '')) continue;
      body.push(row);
      lines.push(i + 1);
    }
    tables.push({ file: name, headers: (rows[start] ?? []).map((h) => h.trim()), rows: body, lines, delimiter: '', encoding: 'utf-8' });
  }
  if (tables.length === 0) refuse(file, 'de Excel-werkmap bevat geen bladen met gegevens.');
  return tables;
}

/** Writes a map as an Excel workbook with two sheets, Actoren and Relaties (the CSV columns). */
export async function exportXlsx(doc: MapDocument): Promise<Uint8Array> {
  const names = new Set(doc.actors.map((a) => a.name.trim().toLowerCase()));
  const byName = names.size === doc.actors.length;
  const ref = new Map(doc.actors.map((a) => [a.id, byName ? a.name : a.id]));
  const actors: (string | number | null)[][] = [['Id', 'Naam', 'Type', 'Categorie', 'Omschrijving', 'Buurt', 'Invloed', 'Labels', 'Persoon', 'Groep', 'X', 'Y']];
  for (const a of doc.actors) {
    actors.push([
      a.id,
      a.name,
      a.kind,
      a.category,
      a.note,
      a.area,
      a.influence,
      a.tags.join(', '),
      a.isPerson ? 'ja' : 'nee',
      a.parentId ? (ref.get(a.parentId) ?? a.parentId) : '',
      a.position ? a.position.x : null,
      a.position ? a.position.y : null,
    ]);
  }
  const relations: (string | number)[][] = [['Id', 'Van', 'Naar', 'Soort relatie', 'Sterkte', 'Gericht', 'Toelichting', 'Sinds']];
  for (const r of doc.relations) relations.push([r.id, ref.get(r.from) ?? r.from, ref.get(r.to) ?? r.to, r.kind, r.strength, r.directed ? 'ja' : 'nee', r.note, r.since]);
  const blob = await writeXlsxFile([
    { sheet: 'Actoren', data: actors },
    { sheet: 'Relaties', data: relations },
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
