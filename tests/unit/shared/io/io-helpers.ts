import { readFileSync } from 'node:fs';
import { emptyMap, type MapDocument } from '../../../../shared/domain/map-document';
import { planImport, planToDocument } from '../../../../shared/io/plan';
import { readDraft, type SourceFile } from '../../../../shared/io/read';
import { mapCategories, type CategoryChoices } from '../../../../shared/io/category-mapping';
import type { ImportDraft } from '../../../../shared/io/draft';
import { FIXTURES_DIR } from '../../../support/lindenhof-fixture';

/** Where the test files live (`tests/fixtures` in the repository). */
export const FIXTURES = FIXTURES_DIR;

/** A picked file from the fixtures folder. */
export function fixture(path: string): SourceFile {
  return { name: path.replace(/^.*\//, ''), bytes: readFileSync(`${FIXTURES}/${path}`) };
}

/** A picked file from text (UTF-8). */
export function textFile(name: string, text: string): SourceFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

/** The wizard choice "keep every category of the file as it is" (no mapping onto the vocabulary). */
export function keepCategories(draft: ImportDraft): CategoryChoices {
  return Object.fromEntries(mapCategories(draft.actors, undefined).map((m) => [m.source, null]));
}

/**
 * Imports files as a new map, the way the wizard does with its default choices (or, with
 * `keep`, keeping every category as the file names it, as for a map's own export read back).
 */
export function importAsNewMap(files: SourceFile[], createUnknown = false, keep = false): { doc: MapDocument; plan: ReturnType<typeof planImport> } {
  const draft = readDraft(files);
  const plan = planImport(draft, null, { createUnknown, ...(keep ? { categories: keepCategories(draft) } : {}) });
  return { doc: planToDocument(plan, 'm1', 'Import', '2026-01-01T00:00:00.000Z'), plan };
}

/** A small but complete Lindenhof-like map using every field, including groups and odd text. */
export function richMap(): MapDocument {
  return {
    ...emptyMap('m1', 'Lindenhof', '2026-01-01T00:00:00.000Z'),
    actors: [
      { id: 'a1', name: 'Huiskamer Lindenhof', kind: 'informeel', category: 'bewonersinitiatief', isPerson: false, influence: 3, area: 'Lindenhof-Noord', note: 'Open; elke dinsdag\n"koffie"', tags: ['huiskamer', 'ontmoeting'], position: { x: 120, y: -40.5 } },
      { id: 'a2', name: '=Gemeente – wijkmanager', kind: 'formeel', category: 'gemeente', isPerson: false, influence: 5, area: '', note: '', tags: [], position: null },
      { id: 'a3', name: 'Fatma Yılmaz', kind: 'informeel', category: 'bewoner', isPerson: true, influence: 2, area: 'Centrum', note: '@sleutelfiguur', tags: ['sleutelfiguur'], position: { x: -3, y: 7 }, parentId: 'a1' },
      { id: 'a4', name: 'Stip & Co <steunpunt>', kind: 'formeel', category: 'steunpunt', isPerson: false, influence: 1, area: 'Lindenhof', note: '+31 6 123', tags: [], position: { x: 0, y: 0 } },
    ],
    relations: [
      { id: 'r1', from: 'a1', to: 'a2', kind: 'financiering', strength: 3, directed: true, note: 'subsidie 2025', since: '2024' },
      { id: 'r2', from: 'a3', to: 'a1', kind: 'lid-van', strength: 1, directed: false, note: '', since: '' },
      { id: 'r3', from: 'a4', to: 'a2', kind: 'informeel-contact', strength: 2, directed: false, note: '-', since: '2025-03' },
    ],
  };
}
