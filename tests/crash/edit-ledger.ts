/** One edit the crash test sent, and when main acknowledged it (ms, performance.now()). */
export interface AckedEdit {
  readonly mapId: string;
  readonly actorId: string;
  /** 0 for the add; 1, 2, … for each later note update of that actor. */
  readonly version: number;
  readonly ackedAt: number;
}

/** What one map holds on disk after a restart, per actor: the version in its note. */
export type LoadedVersions = ReadonlyMap<string, number>;

/** The note text that carries an edit's version, so a reload tells which edits survived. */
export function noteFor(version: number): string {
  return `versie ${version}`;
}

/** Reads the version back from a note, or null when the note is not one the test wrote. */
export function versionOf(note: string): number | null {
  const match = /^versie (\d+)$/.exec(note);
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * The edits that were acknowledged before `cutoff` and are missing from what was loaded: an actor
 * that is absent, or whose note is older than the newest version acknowledged before `cutoff`.
 */
export function lostEdits(edits: readonly AckedEdit[], loaded: ReadonlyMap<string, LoadedVersions>, cutoff: number): AckedEdit[] {
  const newest = new Map<string, AckedEdit>();
  for (const edit of edits) {
    if (edit.ackedAt > cutoff) continue;
    const key = `${edit.mapId}/${edit.actorId}`;
    const known = newest.get(key);
    if (!known || edit.version > known.version) newest.set(key, edit);
  }
  return [...newest.values()].filter((edit) => {
    const version = loaded.get(edit.mapId)?.get(edit.actorId);
    return version === undefined || version < edit.version;
  });
}
