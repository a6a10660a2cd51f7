import type { MapDocument } from '../../../shared/domain/map-document';
import { planImport, planToDocument, type ImportPlan } from '../../../shared/io/plan';
import { ImportError } from '../../../shared/io/problems';
import { readSources, combineReads, type SourceRead } from '../../../shared/io/read';
import { InputError } from '../cli-errors';
import type { CliIo } from '../cli-io';
import { append } from '../../../shared/big-arrays';

function readBytes(io: CliIo, path: string): Uint8Array {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'bestaat niet' : code === 'EISDIR' ? 'is een map, geen bestand' : code === 'EACCES' ? 'mag niet gelezen worden' : 'kon niet gelezen worden';
    throw new InputError(`${path}: het bestand ${why}.`);
  }
}

/**
 * Reads input files (e.g. actoren.csv and --relations relaties.csv) with the guessed CSV mapping
 * and plans them as a new map. A file that cannot be read, or that gives a map over the map limits,
 * becomes an InputError (exit 1).
 */
export async function readInputs(io: CliIo, paths: readonly string[], createUnknown: boolean): Promise<{ doc: MapDocument; plan: ImportPlan; title: string }> {
  const reads: SourceRead[] = [];
  for (const path of paths) {
    try {
      append(reads, await readSources({ name: path, bytes: readBytes(io, path) }));
    } catch (error) {
      if (error instanceof ImportError) throw new InputError(error.message);
      throw error;
    }
  }
  const draft = combineReads(reads);
  const plan = planImport(draft, null, { createUnknown });
  // Never write (convert) or pass (validate) a map the store would refuse.
  if (plan.overLimit !== null) throw new InputError(plan.overLimit);
  const now = new Date().toISOString();
  return { doc: planToDocument(plan, 'geimporteerd', draft.title.trim() || 'Kaart', now), plan, title: draft.title };
}
