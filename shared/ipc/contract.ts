import { z } from 'zod';
import { commandSchema } from '../commands/command';
import { actorSchema, idSchema, LIMITS, mapDocumentSchema, mapSummarySchema, relationSchema, vocabularySchema } from '../domain/map-document';
import { mapPatchSchema } from '../domain/map-patch';
import { snapshotInfoSchema, snapshotMetaSchema } from '../domain/snapshot';
import type { Channel, EventName } from './channels';
import { ORIENTATIONS, PAPER_SIZES } from '../print/paper';

const empty = z.object({}).strict();
const mapName = z
  .string()
  .max(LIMITS.name)
  .refine((s) => s.trim().length > 0, { message: 'geef de kaart een naam' });

const passphrase = z.string().max(1000);
/**
 * The window (Electron) or tab (browser mode) that sends an edit: undo/redo history is kept per
 * client, so Ctrl+Z undoes this window's own edits only. Callers without one (CLI) share a history.
 */
const clientId = idSchema.optional();
const resealed = z.object({ backups: z.number().int().min(0), snapshots: z.number().int().min(0) });

/** A map as the renderer sees it: the document plus what undo/redo can do. */
/** Whether a map's latest edits are on disk: saved, waiting to be written, or failing (retried). */
export const saveStateSchema = z.enum(['saved', 'saving', 'failing']);
export type SaveState = z.infer<typeof saveStateSchema>;

export const mapStateSchema = z.object({
  doc: mapDocumentSchema,
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** Goes up on every change and never goes back while the app runs (also not after lock/unlock), so windows can tell stale from fresh. */
  revision: z.number().int().min(0),
  /** Whether the map is on disk as shown (absent from older builds: treat as saved). */
  save: saveStateSchema.optional(),
});
export type MapState = z.infer<typeof mapStateSchema>;

/**
 * The answer to an edit, undo or redo: what changed since revision `base`, not the whole map (a
 * window holding `base` applies the patch; any other fetches the map with `map.open`).
 */
export const mapChangeSchema = z.object({
  base: z.number().int().min(0),
  revision: z.number().int().min(0),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  save: saveStateSchema.optional(),
  patch: mapPatchSchema,
});
export type MapChange = z.infer<typeof mapChangeSchema>;

/** Something the user must be told that did not come from a click (a damaged file, a failed save). */
export const noticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  code: z.enum(['quarantined', 'restored-backup', 'save-failed', 'save-recovered', 'future-version', 'recovered-edits']),
  message: z.string(),
  files: z.array(z.string()),
});
export type Notice = z.infer<typeof noticeSchema>;

const count = z.number().int().min(0);
/** What forgetting a person will touch: in the map, and the files of its history. */
export const forgetPreviewSchema = z.object({
  name: z.string(),
  relations: count,
  forceFieldEntries: count,
  meetings: count,
  contacts: count,
  snapshots: count,
  backups: count,
  damaged: count,
  journal: z.boolean(),
});
export type ForgetPreview = z.infer<typeof forgetPreviewSchema>;

/** What forgetting a person did. `failed` names files that could not be rewritten. */
export const forgetReportSchema = z.object({
  relations: count,
  forceFieldEntries: count,
  meetings: count,
  contacts: count,
  texts: count,
  filesRewritten: count,
  filesRemoved: count,
  failed: z.array(z.string()),
});
export type ForgetReport = z.infer<typeof forgetReportSchema>;

export const LANGUAGES = ['nl', 'en'] as const;
export const prefsSchema = z.object({ language: z.enum(LANGUAGES) });
export type Prefs = z.infer<typeof prefsSchema>;

/** The one table of the API: channel → input schema → output schema. */
export const contract = {
  'app.info': {
    input: empty,
    output: z.object({ version: z.string(), mode: z.enum(['electron', 'browser']), dataDir: z.string() }),
  },
  'app.notices': { input: empty, output: z.array(noticeSchema) },
  'app.dismissNotice': { input: z.object({ id: z.string() }), output: z.array(noticeSchema) },
  'maps.list': { input: empty, output: z.array(mapSummarySchema) },
  'maps.create': { input: z.object({ name: mapName }), output: mapSummarySchema },
  'maps.rename': { input: z.object({ id: idSchema, name: mapName }), output: mapSummarySchema },
  'maps.duplicate': { input: z.object({ id: idSchema, name: mapName }), output: mapSummarySchema },
  'maps.delete': { input: z.object({ id: idSchema }), output: z.object({ id: idSchema }) },
  /** Creates a new map from imported actors and relations (the import wizard, "as a new map"). */
  'maps.import': {
    input: z.object({
      name: mapName,
      actors: z.array(actorSchema).max(LIMITS.actors),
      relations: z.array(relationSchema).max(LIMITS.relations),
      /** The map's own categories the import brings (see shared/io/import-vocabulary.ts). */
      vocabulary: vocabularySchema.optional(),
    }),
    output: mapSummarySchema,
  },
  'map.open': { input: z.object({ id: idSchema, clientId }), output: mapStateSchema },
  'map.apply': { input: z.object({ id: idSchema, clientId, command: commandSchema }), output: mapChangeSchema },
  'map.undo': { input: z.object({ id: idSchema, clientId }), output: mapChangeSchema },
  'map.redo': { input: z.object({ id: idSchema, clientId }), output: mapChangeSchema },
  /** What "Verwijder persoon" would remove and rewrite (shown in the two confirmations). */
  'map.forgetPreview': { input: z.object({ id: idSchema, actorId: idSchema }), output: forgetPreviewSchema },
  /** Forgets a natural person for good: map, snapshots, backups, journal; clears undo. */
  'map.forgetPerson': {
    input: z.object({ id: idSchema, actorId: idSchema }),
    output: z.object({ state: mapStateSchema, report: forgetReportSchema }),
  },
  /** Seals a map with a passphrase (at least 10 characters); says how many old files were rewritten sealed. */
  'map.setPassphrase': { input: z.object({ id: idSchema, passphrase: passphrase }), output: resealed },
  /** Removes the passphrase of an unlocked map (asked again); everything is written plain again. */
  'map.removePassphrase': { input: z.object({ id: idSchema, passphrase: passphrase }), output: resealed },
  /** Unlocks a sealed map for this session and opens it; a wrong passphrase is `unauthorized`. */
  'map.unlock': { input: z.object({ id: idSchema, passphrase: passphrase }), output: mapStateSchema },
  /** Locks a sealed map again (its key is forgotten). */
  'map.lock': { input: z.object({ id: idSchema }), output: z.object({ id: idSchema }) },
  'snapshots.list': {
    input: z.object({ mapId: idSchema }),
    output: z.object({
      snapshots: z.array(snapshotInfoSchema),
      damaged: z.array(z.object({ file: z.string(), reason: z.string() })),
    }),
  },
  'snapshots.create': { input: snapshotMetaSchema.extend({ mapId: idSchema }), output: snapshotInfoSchema },
  'snapshots.get': {
    input: z.object({ mapId: idSchema, snapshotId: idSchema }),
    output: z.object({ info: snapshotInfoSchema, doc: mapDocumentSchema }),
  },
  'snapshots.restore': { input: z.object({ mapId: idSchema, snapshotId: idSchema }), output: mapStateSchema },
  /** Deletes one snapshot file for good (the map itself is not touched). */
  'snapshots.delete': { input: z.object({ mapId: idSchema, snapshotId: idSchema }), output: z.object({ id: idSchema }) },
  'prefs.get': { input: empty, output: prefsSchema },
  'prefs.set': { input: prefsSchema.partial(), output: prefsSchema },
  /** Prints rendered SVG sheets to a PDF (browser mode: with the Chromium that is present). */
  'print.pdf': {
    input: z.object({
      pages: z.array(z.string().max(8_000_000)).min(1).max(16),
      paper: z.enum(PAPER_SIZES),
      orientation: z.enum(ORIENTATIONS),
      title: z.string().max(400),
    }),
    output: z.object({ pdfBase64: z.string() }),
  },
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

/** The payload schema of each pushed event. */
export const events = {
  'maps.changed': z.object({}),
  'map.changed': z.object({ id: idSchema, revision: z.number().int() }),
  notice: noticeSchema,
  'map.saveState': z.object({ id: idSchema, state: saveStateSchema }),
} as const satisfies Record<EventName, z.ZodType>;

/** The input type of a channel. */
export type In<C extends Channel> = z.input<(typeof contract)[C]['input']>;
/** The input type of a channel after validation (what handlers receive). */
export type Parsed<C extends Channel> = z.output<(typeof contract)[C]['input']>;
/** The output type of a channel. */
export type Out<C extends Channel> = z.output<(typeof contract)[C]['output']>;
/** The payload type of an event. */
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
