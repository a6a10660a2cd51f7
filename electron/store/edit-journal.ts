import fs from 'node:fs';
import { z } from 'zod';
import { applyCommand } from '../../shared/commands/apply';
import { commandSchema, type Command } from '../../shared/commands/command';
import type { MapDocument } from '../../shared/domain/map-document';
import { appendWholeLine, type AppendIo } from './journal-append';
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

/** What reading a journal found: its good entries, and the lines it had to skip. */
export interface JournalRead {
  readonly entries: JournalEntry[];
  /** 1-based lines that could not be read and were skipped (not counting a torn last line from a kill). */
  readonly skipped: readonly number[];
}

/** How a journal line starts: a plain entry or a sealed one (see sealLine). */
const LINE_STARTS = ['{"at":', '{"format":'];

/** One journal line as an entry, or null. A line whose head was torn off by a failed write is read from its own start marker on. */
function parseLine(line: string, key: SealKey | null): JournalEntry | null {
  const starts = [0, ...LINE_STARTS.map((m) => line.lastIndexOf(m)).filter((i) => i > 0)];
  for (const start of starts) {
    try {
      let parsed: unknown = JSON.parse(line.slice(start));
      const inner = openSealed(parsed, key);
      if (inner !== null) parsed = JSON.parse(inner);
      const checked = entrySchema.safeParse(parsed);
      if (checked.success) return checked.data as JournalEntry;
    } catch {
      // Try the next start, if any.
    }
  }
  return null;
}

/**
 * The write-ahead journal of one map (`maps/<id>.journal`): every change is appended, synchronously,
 * before the app confirms it; the journal is emptied once the map file holds those changes. After a
 * crash or a kill, replaying it on the map file gives back every confirmed change.
 */
export class EditJournal {
  constructor(
    readonly file: string,
    private readonly io?: AppendIo,
  ) {}

  /**
   * Appends one change, whole or not at all (see journal-append.ts). With a key (a map sealed with
   * a passphrase) the line is sealed on its own, so a kill mid-write tears at most the last line, as
   * with plain lines. Throws the OS error (ENOSPC, EROFS, …) when the disk refuses: the change must
   * then not be confirmed.
   */
  append(entry: JournalEntry, key: SealKey | null = null): void {
    appendWholeLine(this.file, sealLine(JSON.stringify(entry), key), this.io);
  }

  /** Forgets every entry: the map file now holds them. */
  clear(): void {
    fs.rmSync(this.file, { force: true });
  }

  /** Whether there is anything to replay. */
  exists(): boolean {
    return fs.existsSync(this.file);
  }

  /**
   * Reads the entries (sealed lines need the key). A last line without its newline (torn by a kill
   * mid-write) is ignored; any other line that cannot be read is skipped, and reading goes on with
   * the lines after it (a write torn by a full disk must not cost the edits made after it).
   */
  read(key: SealKey | null = null): JournalRead {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      return { entries: [], skipped: [] };
    }
    const lines = text.split('\n');
    lines.pop(); // after the final newline: empty, or a torn line
    const entries: JournalEntry[] = [];
    const skipped: number[] = [];
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue;
      const entry = parseLine(line, key);
      if (entry) entries.push(entry);
      else skipped.push(index + 1);
    }
    return { entries, skipped };
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
