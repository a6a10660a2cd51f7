import type { MapDocument } from '../../domain/map-document';

/** How a CSV export is written; the defaults open directly in Dutch Excel. */
export interface CsvExportOptions {
  readonly delimiter?: ';' | ',' | '\t';
  /** Start with a UTF-8 byte order mark (Excel needs it to read accents right). */
  readonly bom?: boolean;
}

/** Escapes a cell against CSV/formula injection and quotes it when needed. */
export function csvCell(value: string, delimiter: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v) && !/^-?\d+([.,]\d+)?$/.test(v)) v = `'${v}`;
  return v.includes(delimiter) || /["\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

function number(n: number, delimiter: string): string {
  const s = String(Math.round(n * 100) / 100);
  return delimiter === ';' ? s.replace('.', ',') : s;
}

/**
 * Writes a map as two CSV files: actors (one per row, with id, group and position) and relations
 * (by actor name when names are unique, else by id). UTF-8 with BOM and `;` by default.
 */
export function exportCsv(doc: MapDocument, options: CsvExportOptions = {}): { actors: string; relations: string } {
  const d = options.delimiter ?? ';';
  const bom = options.bom ?? true ? '\uFEFF' : '';
  const line = (cells: string[]): string => cells.map((c) => csvCell(c, d)).join(d);
  const names = new Set(doc.actors.map((a) => a.name.trim().toLowerCase()));
  const byName = names.size === doc.actors.length;
  const ref = new Map(doc.actors.map((a) => [a.id, byName ? a.name : a.id]));
  const actors = [line(['Id', 'Naam', 'Type', 'Categorie', 'Omschrijving', 'Buurt', 'Invloed', 'Labels', 'Persoon', 'Groep', 'X', 'Y'])];
  for (const a of doc.actors) {
    actors.push(
      line([
        a.id,
        a.name,
        a.kind,
        a.category,
        a.note,
        a.area,
        String(a.influence),
        a.tags.join(', '),
        a.isPerson ? 'ja' : 'nee',
        a.parentId ? (ref.get(a.parentId) ?? a.parentId) : '',
        a.position ? number(a.position.x, d) : '',
        a.position ? number(a.position.y, d) : '',
      ]),
    );
  }
  const relations = [line(['Id', 'Van', 'Naar', 'Soort relatie', 'Sterkte', 'Gericht', 'Toelichting', 'Sinds'])];
  for (const r of doc.relations) {
    relations.push(line([r.id, ref.get(r.from) ?? r.from, ref.get(r.to) ?? r.to, r.kind, String(r.strength), r.directed ? 'ja' : 'nee', r.note, r.since]));
  }
  return { actors: `${bom}${actors.join('\r\n')}\r\n`, relations: `${bom}${relations.join('\r\n')}\r\n` };
}
