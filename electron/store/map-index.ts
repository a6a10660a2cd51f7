import fs from 'node:fs';
import { z } from 'zod';
import { mapSummarySchema, type MapSummary } from '../../shared/domain/map-document';
import { formatIssues } from '../../shared/domain/zod-issues';
import { isSafeId } from './data-layout';
import { errorCode } from './file-names';
import { refusalReason } from './map-file';

/** The `format` field of `maps-index.json`. */
export const INDEX_FORMAT = 'wijkweb-index';
/** The version of `maps-index.json` this build writes. */
export const INDEX_VERSION = 1;

/** `maps-index.json`: a cache of the summaries of all maps (the map files are the truth). */
export const indexFileSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  version: z.literal(INDEX_VERSION),
  maps: z.array(mapSummarySchema),
});
/** The parsed content of `maps-index.json`. */
export type IndexFile = z.infer<typeof indexFileSchema>;

/** What reading the index found. */
export type IndexRead =
  | { readonly kind: 'ok'; readonly maps: ReadonlyMap<string, MapSummary>; readonly mtimeMs: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly code: string }
  | { readonly kind: 'damaged'; readonly reason: string };

/** Builds the index document from the summaries, newest first. */
export function indexDocument(summaries: Iterable<MapSummary>): IndexFile {
  return { format: INDEX_FORMAT, version: INDEX_VERSION, maps: sortNewestFirst([...summaries]) };
}

/** Sorts summaries by `updatedAt`, newest first (ties by name, then id, so the order is stable). */
export function sortNewestFirst(summaries: MapSummary[]): MapSummary[] {
  return summaries.sort(
    (a, b) =>
      (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0) ||
      a.name.localeCompare(b.name, 'nl') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Reads and validates the index. Entries with unusable ids are dropped. Never throws. */
export function readIndexFile(file: string): IndexRead {
  let text: string;
  let mtimeMs: number;
  try {
    text = fs.readFileSync(file, 'utf8');
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch (error) {
    const code = errorCode(error);
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { kind: 'damaged', reason: 'Het bestand is geen geldige JSON.' };
  }
  const parsed = indexFileSchema.safeParse(raw);
  if (!parsed.success) {
    return { kind: 'damaged', reason: refusalReason('De lijst klopt niet met het verwachte formaat.', formatIssues(parsed.error)) };
  }
  const maps = new Map<string, MapSummary>();
  for (const summary of parsed.data.maps) if (isSafeId(summary.id)) maps.set(summary.id, summary);
  return { kind: 'ok', maps, mtimeMs };
}
