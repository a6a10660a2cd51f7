import { LIMITS } from '../domain/map-document';

/**
 * The one table of import limits. Every limit is checked before the work it guards starts (file
 * size before decoding, zip members before unpacking, element and line counts before parsing, map
 * size before a plan is offered), and refused with a Dutch message that names it. The map limits
 * are the map document's own (`LIMITS` in shared/domain/map-document.ts), so whatever an import or
 * `wijkweb convert` writes, `wijkweb validate` and the store accept.
 */
export const IMPORT_LIMITS = {
  /** Bytes of one picked file (a wijk map is kilobytes; the biggest research graphs a few MB). */
  fileBytes: 50 * 1024 * 1024,
  /** Actors on one map, after the import (existing + new). */
  actors: LIMITS.actors,
  /** Relations on one map, after the import. */
  relations: LIMITS.relations,
  /** Lines of a text file (CSV, GML, Pajek, …): one per actor and per relation, plus a header. */
  textLines: LIMITS.actors + LIMITS.relations + 1,
  /** XML elements in a GraphML/GEXF file (a full map with a dozen attributes per item stays far below). */
  xmlElements: 5_000_000,
  /** Members (files) in a zip archive (.xlsx); Excel writes a few dozen. */
  zipEntries: 1_000,
  /** Unpacked bytes of the workbook parts Wijkweb reads (a full 50 000-actor map is about 70 MB). */
  zipUnpackedBytes: 128 * 1024 * 1024,
  /** Unpacked size ÷ packed size of one zip member; worksheets pack about 10×, zip bombs 1000×. */
  zipRatio: 100,
  /** Rows of one worksheet (actors or relations, plus a header). */
  sheetRows: LIMITS.actors + LIMITS.relations + 1,
  /** Problems kept per import; the rest is summarised. */
  problems: 500,
  /** Nesting depth of groups (compound actors) that is followed; deeper nesting is flattened. */
  groupDepth: 20,
} as const;

/** Files larger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = IMPORT_LIMITS.fileBytes;
/** At most this many problems are kept per file; the rest is summarised. */
export const MAX_PROBLEMS = IMPORT_LIMITS.problems;
/** Nesting depth of groups (compound actors) that is followed; deeper nesting is flattened. */
export const MAX_GROUP_DEPTH = IMPORT_LIMITS.groupDepth;

/** A count in Dutch notation with thin grouping (50 000), for limit messages. */
export function dutchCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** A byte size in whole MB, for limit messages. */
export function megabytes(bytes: number): string {
  return `${dutchCount(Math.round(bytes / 1024 / 1024))} MB`;
}
