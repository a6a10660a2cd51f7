import fs from 'node:fs';
import { z } from 'zod';
import { applyCommand } from '../../shared/commands/apply';
import { commandSchema, type Command } from '../../shared/commands/command';
import type { MapDocument } from '../../shared/domain/map-document';
import type { SealKey } from './passphrase-envelope';
import { openSealed, sealLine } from './sealed-map';

/** One change of a map, as the journal keeps it until the map file has it too. */
export type JournalOp = { readonly type: 'command'; readonly command: Command } | { readonly type: 'rename'; readonly name: string };

/** A journal line: the change, and the map's `updatedAt` after it (unique and rising per map). */
export interface JournalEntry {
  readonly at: string;
  readonly op: JournalOp;
}

const entrySchema = z.object({
  at: z.string().min(1),
  op: z.discriminatedUnion('type', [
    z.object({ type: z.literal('command'), command: commandSchema }),
    z.object({ type: z.literal('rename'), name: z.string().min(1).max(200) }),
  ]),
});

/** What reading a journal found: its good entries, and where it stopped if a line was bad. */
export interface JournalRead {
  readonly entries: JournalEntry[];
  /** 1-based line that could not be read (not counting a torn last line from a kill). */
  readonly badLine: number | null;
}

/**
 * The write-ahead journal of one map (`maps/<id>.journal`): every change is appended, synchronously,
 * before the app confirms it; the journal is emptied once the map file holds those changes. After a
 * crash or a kill, replaying it on the map file gives back every confirmed change.
 */
export class EditJournal {
  constructor(readonly file: string) {}

  /**
   * Appends one change. With a key (a map sealed with a passphrase) the line is sealed on its own,
   * so a kill mid-write tears at most the last line, as with plain lines. Throws when the disk refuses.
   */
  append(entry: JournalEntry, key: SealKey | null = null): void {
    fs.appendFileSync(this.file, `${sealLine(JSON.stringify(entry), key)}\n`);
  }

  /** Forgets every entry: the map file now holds them. */
  clear(): void {
    fs.rmSync(this.file, { force: true });
  }

  /** Whether there is anything to replay. */
  exists(): boolean {
    return fs.existsSync(this.file);
  }

  /** Reads the entries (sealed lines need the key); a last line without its newline (torn by a kill mid-write) is ignored. */
  read(key: SealKey | null = null): JournalRead {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      return { entries: [], badLine: null };
    }
    const lines = text.split('\n');
    lines.pop(); // after the final newline: empty, or a torn line
    const entries: JournalEntry[] = [];
    for (const [index, line] of lines.entries()) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
        const inner = openSealed(parsed, key);
        if (inner !== null) parsed = JSON.parse(inner);
      } catch {
        return { entries, badLine: index + 1 };
      }
      const checked = entrySchema.safeParse(parsed);
      if (!checked.success) return { entries, badLine: index + 1 };
      entries.push(checked.data as JournalEntry);
    }
    return { entries, badLine: null };
  }
}

/** What replaying a journal on a map file did. */
export interface Replayed {
  readonly doc: MapDocument;
  /** Entries applied (those newer than the map file). */
  readonly applied: number;
  /** The entry (1-based) that could not be applied, with the reason; replay stopped there. */
  readonly failed: { readonly entry: number; readonly message: string } | null;
}

/**
 * Applies, in order, the journal entries the map file does not have yet (their `at` is later than
 * the file's `updatedAt`). Pure. Entries the file already holds are skipped, so replaying after a
 * crash between "map file written" and "journal emptied" applies nothing twice.
 */
export function replayJournal(doc: MapDocument, entries: readonly JournalEntry[]): Replayed {
  let current = doc;
  let applied = 0;
  for (const [index, entry] of entries.entries()) {
    if (Date.parse(entry.at) <= Date.parse(current.updatedAt)) continue;
    if (entry.op.type === 'rename') {
      current = { ...current, name: entry.op.name, updatedAt: entry.at };
    } else {
      const result = applyCommand(current, entry.op.command);
      if (!result.ok) return { doc: current, applied, failed: { entry: index + 1, message: result.error.message } };
      current = { ...result.value.doc, updatedAt: entry.at };
    }
    applied += 1;
  }
  return { doc: current, applied, failed: null };
}
