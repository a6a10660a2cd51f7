import fs from 'node:fs';
import type { MapDocument, MapSummary } from '../../shared/domain/map-document';
import { parseMapDocumentText } from '../../shared/domain/migrations';
import { errorCode } from './file-names';
import { SEALED_FORMAT } from './passphrase-envelope';
import { sealedMapFileSchema, type SealedMapFile } from './sealed-map';

/** What reading one map file found. */
export type MapFileRead =
  | { readonly kind: 'ok'; readonly doc: MapDocument }
  | { readonly kind: 'missing' }
  /** The file exists but the OS would not give its bytes (EACCES, EISDIR, EIO…): left alone. */
  | { readonly kind: 'unreadable'; readonly code: string }
  /** Truncated, not JSON, or not a valid Wijkweb map: to be moved aside. */
  | { readonly kind: 'damaged'; readonly reason: string }
  /** Sealed with a passphrase: readable only with its key; never to be taken for damage. */
  | { readonly kind: 'sealed'; readonly file: SealedMapFile }
  /** A newer format than this build reads: to be left exactly as it is. */
  | { readonly kind: 'future'; readonly message: string; readonly summary: MapSummary };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One line that says why a file was refused: the Dutch message plus the first few places. */
export function refusalReason(message: string, details: readonly string[] | undefined): string {
  const places = details?.slice(0, 3) ?? [];
  return places.length > 0 ? `${message} ${places.join('; ')}` : message;
}

/**
 * What the home screen can show of a map this build cannot read (a newer format): its name and
 * dates when the raw JSON has them, the file's time and the id otherwise.
 */
export function summaryFromRaw(raw: unknown, id: string, fileTime: string): MapSummary {
  const record = isRecord(raw) ? raw : {};
  const text = (key: string): string | undefined => {
    const value = record[key];
    return typeof value === 'string' && value.trim().length > 0 ? value : undefined;
  };
  const count = (key: string): number => {
    const value = record[key];
    return Array.isArray(value) ? value.length : 0;
  };
  return {
    id,
    name: text('name') ?? id,
    createdAt: text('createdAt') ?? fileTime,
    updatedAt: text('updatedAt') ?? fileTime,
    actorCount: count('actors'),
    relationCount: count('relations'),
  };
}

/** Parses map text (a leading byte order mark is skipped, as conf does). Never throws. */
export function parseMapText(text: string): ReturnType<typeof parseMapDocumentText> {
  return parseMapDocumentText(text.replace(/^\uFEFF/, ''));
}

/** Reads one map file and says what it is. Only reads; never moves, writes or throws. */
export function readMapFile(file: string, id: string): MapFileRead {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code };
  }
  const sealed = readSealedText(text);
  if (sealed) return sealed;
  const parsed = parseMapText(text);
  if (parsed.ok) {
    // The file name is the id: a map copied in under another name keeps working.
    const doc = parsed.value.id === id ? parsed.value : { ...parsed.value, id };
    return { kind: 'ok', doc };
  }
  if (parsed.error.code === 'future-version') {
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      raw = undefined;
    }
    let fileTime: string;
    try {
      fileTime = fs.statSync(file).mtime.toISOString();
    } catch {
      fileTime = new Date(0).toISOString();
    }
    return { kind: 'future', message: parsed.error.message, summary: summaryFromRaw(raw, id, fileTime) };
  }
  return { kind: 'damaged', reason: refusalReason(parsed.error.message, parsed.error.details) };
}


const SEALED_START = new RegExp(`^\\uFEFF?\\s*\\{\\s*"format"\\s*:\\s*"${SEALED_FORMAT}"`);

/** Reads map text that starts as a sealed file: `sealed`, or `damaged` when the envelope is broken; null for any other text. */
export function readSealedText(text: string): { kind: 'sealed'; file: SealedMapFile } | { kind: 'damaged'; reason: string } | null {
  if (!SEALED_START.test(text.slice(0, 200))) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { kind: 'damaged', reason: 'Het versleutelde bestand is afgebroken of geen geldige JSON.' };
  }
  const checked = sealedMapFileSchema.safeParse(raw);
  if (!checked.success) return { kind: 'damaged', reason: 'Het versleutelde bestand is onvolledig: de kop of de inhoud ontbreekt.' };
  return { kind: 'sealed', file: checked.data };
}
