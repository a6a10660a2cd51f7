import type { Command } from '../../../shared/commands/command';
import { planImport, planToCommand } from '../../../shared/io/plan';
import { readDraft } from '../../../shared/io/read';
// The demo is the Lindenhof fixture itself (the CSVs as Dutch Excel saves them), read by the real
// importer: one source of truth, and every demo exercises the import.
import actorsCsv from '../../../tests/fixtures/lindenhof/actoren.csv?raw';
import relationsCsv from '../../../tests/fixtures/lindenhof/relaties.csv?raw';

/** The name of the demo map on the home screen. */
export const DEMO_MAP_NAME = 'Voorbeeldwijk Lindenhof';

const encoder = new TextEncoder();

/**
 * One batch that fills an empty map with the Lindenhof demo, exactly as importing its two CSV files
 * in the wizard with the automatic category mapping would: 42 actors and 66 relations. The actors
 * have no position yet, so the map gets the network layout the moment it opens (as an import does).
 */
export function demoCommand(): Command {
  const draft = readDraft([
    { name: 'actoren.csv', bytes: encoder.encode(actorsCsv) },
    { name: 'relaties.csv', bytes: encoder.encode(relationsCsv) },
  ]);
  const plan = planImport(draft, null, { createUnknown: false });
  return planToCommand(plan);
}
