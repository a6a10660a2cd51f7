import { useCallback, useMemo, useState } from 'react';
import type { MapDocument } from '../../../shared/domain/map-document';
import type { ColumnMapping, CsvRole } from '../../../shared/io/csv-columns';
import { guessMapping } from '../../../shared/io/csv-columns';
import type { CategoryChoices } from '../../../shared/io/category-mapping';
import type { ImportDraft } from '../../../shared/io/draft';
import { planImport, type ImportPlan } from '../../../shared/io/plan';
import { ImportError, type ImportProblem } from '../../../shared/io/problems';
import { combineReads, readSources, type SourceRead, type TableChoice } from '../../../shared/io/read';

/** One picked file: what was read (or why it was refused) and, for tables, the chosen role and mapping. */
export interface PickedFile {
  readonly key: string;
  readonly name: string;
  readonly read: SourceRead | null;
  readonly refusal: ImportProblem | null;
}

/** Everything the wizard shows, recomputed from the picked files and the user's choices. */
export interface ImportModel {
  readonly files: readonly PickedFile[];
  readonly reading: boolean;
  readonly draft: ImportDraft | null;
  readonly plan: ImportPlan | null;
  readonly createUnknown: boolean;
  /** The user's choices in the category step (file category → vocabulary id, or null = keep as new). */
  readonly categoryChoices: CategoryChoices;
  setCategoryChoice(source: string, target: string | null): void;
  addFiles(list: readonly File[]): Promise<void>;
  removeFile(key: string): void;
  setRole(key: string, role: CsvRole): void;
  setMapping(key: string, mapping: ColumnMapping): void;
  setCreateUnknown(value: boolean): void;
}

let counter = 0;

/** Reads one browser File with the shared readers (a workbook gives one entry per sheet); a refusal is returned, never thrown. */
async function readPicked(file: File): Promise<PickedFile[]> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const reads = await readSources({ name: file.name, bytes });
    return reads.map((read) => ({ key: `f${++counter}`, name: read.file, read, refusal: null }));
  } catch (error) {
    const problem: ImportProblem =
      error instanceof ImportError ? error.problem : { level: 'error', file: file.name, message: error instanceof Error ? error.message : String(error) };
    return [{ key: `f${++counter}`, name: file.name, read: null, refusal: problem }];
  }
}

/**
 * The state of the import wizard: picked files are read in the page with the same shared code as
 * the command line, and the plan (what would be added, updated, left alone) follows every choice.
 * Nothing is written here.
 */
export function useImportModel(target: MapDocument | null): ImportModel {
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [reading, setReading] = useState(false);
  const [createChoice, setCreateChoice] = useState<boolean | null>(null);
  const [categoryChoices, setCategoryChoices] = useState<CategoryChoices>({});
  const setCategoryChoice = useCallback((source: string, target: string | null) => setCategoryChoices((c) => ({ ...c, [source]: target })), []);

  const addFiles = useCallback(async (list: readonly File[]) => {
    setReading(true);
    const picked = await Promise.all(list.map(readPicked));
    setFiles((current) => [...current, ...picked.flat()]);
    setReading(false);
  }, []);

  const update = useCallback((key: string, change: (read: SourceRead) => SourceRead) => {
    setFiles((current) => current.map((f) => (f.key === key && f.read ? { ...f, read: change(f.read) } : f)));
  }, []);

  const setRole = useCallback(
    (key: string, role: CsvRole) =>
      update(key, (read) => (read.kind === 'table' ? { ...read, role, mapping: guessMapping(read.table.headers, role) } : read)),
    [update],
  );
  const setMapping = useCallback((key: string, mapping: ColumnMapping) => update(key, (read) => (read.kind === 'table' ? { ...read, mapping } : read)), [update]);
  const removeFile = useCallback((key: string) => setFiles((current) => current.filter((f) => f.key !== key)), []);

  const reads = useMemo(() => files.flatMap((f) => (f.read ? [f.read] : [])), [files]);
  const hasActorSource = reads.some((r) => r.kind === 'graph' || r.role === 'actors');
  // An edge list into an empty (or new) map creates its actors; otherwise unknown ends are listed for the user to decide.
  const createUnknown = createChoice ?? (!hasActorSource && (target?.actors.length ?? 0) === 0);
  const draft = useMemo(() => (reads.length > 0 ? combineReads(reads.map((r): SourceRead | TableChoice => r)) : null), [reads]);
  const plan = useMemo(
    () => (draft ? planImport(draft, target, { createUnknown, categories: categoryChoices }) : null),
    [draft, target, createUnknown, categoryChoices],
  );

  return {
    files,
    reading,
    draft,
    plan,
    createUnknown,
    categoryChoices,
    setCategoryChoice,
    addFiles,
    removeFile,
    setRole,
    setMapping,
    setCreateUnknown: setCreateChoice,
  };
}
