import type { Handlers } from '../../shared/ipc/dispatch';
import { WijkwebError } from '../../shared/result';
import type { PdfRequest } from '../print/chromium-pdf';
import { editAsChange } from './map-change';
import type { MapStore } from './map-store';
import type { PrefsStore } from './prefs-store';
import { restoreCommand } from '../../shared/commands/restore';
import { SnapshotStore } from './snapshot-store';

/** What the handlers need: the store, the preferences and the facts `app.info` reports. */
export interface HandlerDeps {
  readonly store: MapStore;
  readonly prefs: PrefsStore;
  readonly info: { version: string; mode: 'electron' | 'browser'; dataDir: string };
  /** Makes a PDF of printed sheets; absent where nothing can (the handler then says so). */
  readonly makePdf?: ((request: PdfRequest) => Promise<Uint8Array>) | undefined;
}

/** Said when this build has no way to make a PDF. */
export const NO_PDF_MESSAGE = 'PDF maken kan hier niet. Kies Afdrukken en dan "Opslaan als PDF", of sla SVG op.';

/**
 * One handler per channel of the contract, served identically over Electron IPC and the HTTP
 * bridge. Input has already been validated by `dispatch`; errors are thrown as WijkwebError.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { store, prefs, info, makePdf } = deps;
  const snapshots = new SnapshotStore(store.dataDir, undefined, (mapId) => store.sealKey(mapId));
  return {
    'app.info': () => ({ ...info }),
    'app.notices': () => store.notices(),
    'app.dismissNotice': ({ id }) => store.dismissNotice(id),
    'maps.list': () => store.list(),
    'maps.create': ({ name }) => store.create(name),
    'maps.rename': ({ id, name }) => store.rename(id, name),
    'maps.duplicate': ({ id, name }) => store.duplicate(id, name),
    'maps.delete': ({ id }) => {
      store.delete(id);
      return { id };
    },
    'maps.import': ({ name, actors, relations, vocabulary }) => store.importMap(name, actors, relations, vocabulary),
    'map.open': ({ id, clientId }) => store.open(id, clientId),
    'map.apply': ({ id, clientId, command }) => editAsChange(store, id, () => store.apply(id, command, clientId)),
    'map.undo': ({ id, clientId }) => editAsChange(store, id, () => store.undo(id, clientId)),
    'map.redo': ({ id, clientId }) => editAsChange(store, id, () => store.redo(id, clientId)),
    'map.forgetPreview': ({ id, actorId }) => store.forgetPreview(id, actorId),
    'map.forgetPerson': ({ id, actorId }) => store.forgetPerson(id, actorId),
    'map.setPassphrase': ({ id, passphrase }) => store.setPassphrase(id, passphrase),
    'map.removePassphrase': ({ id, passphrase }) => store.removePassphrase(id, passphrase),
    'map.unlock': ({ id, passphrase }) => store.unlock(id, passphrase),
    'map.lock': ({ id }) => {
      store.lock(id);
      return { id };
    },
    'snapshots.list': ({ mapId }) => {
      store.open(mapId);
      return snapshots.list(mapId);
    },
    'snapshots.create': ({ mapId, ...meta }) => snapshots.create(store.open(mapId).doc, meta),
    'snapshots.get': ({ mapId, snapshotId }) => snapshots.get(mapId, snapshotId),
    'snapshots.delete': ({ mapId, snapshotId }) => {
      store.open(mapId);
      snapshots.delete(mapId, snapshotId);
      return { id: snapshotId };
    },
    'snapshots.restore': ({ mapId, snapshotId }) => store.apply(mapId, restoreCommand(snapshots.get(mapId, snapshotId).doc)),
    'prefs.get': () => prefs.get(),
    'prefs.set': (patch) => prefs.set(patch),
    'print.pdf': async (request) => {
      if (!makePdf) throw new WijkwebError('io-error', NO_PDF_MESSAGE);
      try {
        return { pdfBase64: Buffer.from(await makePdf(request)).toString('base64') };
      } catch (error) {
        throw new WijkwebError('io-error', error instanceof Error ? error.message : String(error));
      }
    },
  };
}
