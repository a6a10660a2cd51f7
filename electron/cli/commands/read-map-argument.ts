import type { MapDocument } from '../../../shared/domain/map-document';
import { jsonErrorPlace, readMapDocument } from '../../../shared/domain/migrations';
import { SNAPSHOT_FORMAT } from '../../../shared/domain/snapshot';
import { SEALED_FORMAT } from '../../store/passphrase-envelope';
import { InputError } from '../cli-errors';
import type { CliIo } from '../cli-io';

/**
 * Reads a map file (`maps/<id>.json`, a `.wijkweb` file) or a snapshot file (`snapshots/<map>/<id>.json`)
 * as a map document. Throws InputError with a Dutch message that names the file and the place.
 */
export function readMapArgument(io: CliIo, file: string): MapDocument {
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(io.readFile(file)).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    throw new InputError(code === 'ENOENT' ? `${file}: bestand niet gevonden.` : `${file}: kan het bestand niet lezen (${code || 'onbekend'}).`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: geen geldige JSON${jsonErrorPlace(text, error)}.`);
  }
  if (typeof raw === 'object' && raw !== null && 'format' in raw && raw.format === SEALED_FORMAT) {
    throw new InputError(
      `${file}: deze kaart is beveiligd met een wachtwoord en kan hier niet worden gelezen. Open haar in Wijkweb met het wachtwoord en exporteer haar daar.`,
    );
  }
  const isSnapshot = typeof raw === 'object' && raw !== null && 'format' in raw && raw.format === SNAPSHOT_FORMAT;
  const mapPart = isSnapshot && 'map' in (raw as object) ? (raw as { map: unknown }).map : raw;
  const doc = readMapDocument(mapPart);
  if (!doc.ok) {
    const places = (doc.error.details ?? []).slice(0, 5).map((d) => `  ${isSnapshot ? 'map.' : ''}${d}`);
    throw new InputError([`${file}: ${doc.error.message}`, ...places].join('\n'));
  }
  return doc.value;
}

