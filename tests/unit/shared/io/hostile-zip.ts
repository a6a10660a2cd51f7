import { deflateSync } from 'fflate';

/** One member of a hand-written zip: its bytes as stored, and the sizes the zip claims. */
export interface ZipMember {
  readonly name: string;
  /** The bytes in the archive (deflated when `method` is 8). */
  readonly data: Uint8Array;
  /** The unpacked size the headers declare (a zip bomb may lie here). */
  readonly size: number;
  readonly method: 0 | 8;
}

/** A member whose content is `size` zero bytes, deflated for real (honest headers). */
export function zeros(name: string, size: number): ZipMember {
  return { name, data: deflateSync(new Uint8Array(size), { level: 9 }), size, method: 8 };
}

/** A member with honest headers from text, deflated. */
export function textMember(name: string, text: string): ZipMember {
  const bytes = new TextEncoder().encode(text);
  return { name, data: deflateSync(bytes), size: bytes.length, method: 8 };
}

/**
 * Writes a zip archive by hand (local headers, central directory, end record; CRCs left 0, which
 * the readers do not check), so tests can build hostile archives in memory: lying sizes,
 * huge ratios, thousands of members.
 */
export function writeZip(members: readonly ZipMember[]): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const m of members) {
    const name = enc.encode(m.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, m.method, true);
    local.setUint32(18, m.data.length, true);
    local.setUint32(22, m.size >>> 0, true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, m.data);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(10, m.method, true);
    entry.setUint32(20, m.data.length, true);
    entry.setUint32(24, m.size >>> 0, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    central.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + m.data.length;
  }
  const centralSize = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, members.length, true);
  end.setUint16(10, members.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The parts every workbook has besides its worksheet, so a reader gets as far as the sheet. */
export function workbookFrame(): ZipMember[] {
  return [
    textMember('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    textMember(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    textMember(
      'xl/workbook.xml',
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Actoren" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
  ];
}
