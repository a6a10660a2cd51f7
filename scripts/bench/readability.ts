// `npm run bench:readability` — how readable each layout is, as a person sees it at 1440 × 900:
// labels drawn and their size at the fitted view, label/label and label/node overlaps, actors in
// the part kept free for panels, relation crossings; and the same for the printed page (A4
// landscape). On Lindenhof (tests/fixtures) and a generated 150-actor map, with Graphviz `neato` as
// the reference when it is installed (Debian's `graphviz`). Prints a Markdown table.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fallbackPosition } from '../../renderer/src/graph/elements';
import { byInfluence, byKind, clusters, rings, type LayoutActor } from '../../renderer/src/layouts/arrangements';
import type { Actor, MapDocument, Position, Relation } from '../../shared/domain/map-document';
import { emptyMap } from '../../shared/domain/map-document';
import { forceFieldFromCsv } from '../../shared/forcefield/csv';
import { forceFieldLayout } from '../../shared/forcefield/layout';
import type { FitView } from '../../shared/layout/fit';
import { networkLayout } from '../../shared/layout/network-layout';
import { readability, type Readability } from '../../shared/layout/readability-report';
import { fitNetwork, printFontPx } from '../../shared/print/network-svg';
import { INFLUENCE_SIZE } from '../../shared/visual/encoding';
import { LINDENHOF_DIR, lindenhof } from '../../tests/support/lindenhof-fixture';
import { generateClusteredMap } from './generate-map';

/**
 * The map view at 1440 × 900 as the app has it (E2E screenshot): the canvas between the docked left
 * panel and the side panel, 781 × 696 px, nothing over it; fit padding and zoom limits as `ZOOM` in
 * renderer/src/graph/cy-setup.ts.
 */
const VIEW: FitView = { width: 781, height: 696, left: 0, bottom: 0, top: 0, padding: 64, min: 0.1, max: 1.25 };
/** The network box on an A4 landscape page (mm), as the print renderer lays it out without legend. */
const PAGE_BOX = { x: 10, y: 10, width: 277, height: 190 };

type Layouts = Record<string, Map<string, Position> | null>;

function sizeOf(a: Actor): number {
  return INFLUENCE_SIZE[a.influence] ?? 40;
}

function layoutActors(actors: readonly Actor[]): LayoutActor[] {
  return actors.map((a) => ({ id: a.id, kind: a.kind, influence: a.influence, category: a.category, area: a.area, name: a.name, size: sizeOf(a) }));
}

/** Graphviz neato's positions (plain output, inches → points), or null when neato is not installed. */
function neato(actors: readonly Actor[], relations: readonly Relation[]): Map<string, Position> | null {
  const dot = `graph G {\n${actors.map((a) => `"${a.id}";`).join('\n')}\n${relations.map((r) => `"${r.from}" -- "${r.to}";`).join('\n')}\n}\n`;
  const run = spawnSync('neato', ['-Tplain'], { input: dot, encoding: 'utf8' });
  if (run.error || run.status !== 0) return null;
  const out = new Map<string, Position>();
  for (const line of run.stdout.split('\n')) {
    const [kind, id, x, y] = line.split(' ');
    if (kind === 'node' && id) out.set(id.replace(/"/g, ''), { x: Number(x) * 72 * 1.5, y: -Number(y) * 72 * 1.5 });
  }
  return out;
}

function layoutsFor(doc: MapDocument, field: MapDocument['forceFields'][number] | undefined): Layouts {
  const actors = layoutActors(doc.actors);
  const centre = { x: 0, y: 0 };
  const network = networkLayout({
    actors: doc.actors.map((a) => ({ id: a.id, name: a.name, size: sizeOf(a), position: null })),
    relations: doc.relations.map((r) => ({ source: r.from, target: r.to })),
  });
  return {
    'Geopend zonder posities (raster, vóór)': new Map(doc.actors.map((a, i) => [a.id, fallbackPosition(i, doc.actors.length)])),
    'Geopend zonder posities (nu: Netwerk)': network,
    Netwerk: network,
    'Ringen: formeel/informeel': rings(actors, byKind, centre),
    'Ringen: invloed': rings(actors, byInfluence, centre),
    'Groepen per categorie': clusters(actors, (a) => a.category, centre).positions,
    'Groepen per buurt': clusters(actors, (a) => a.area, centre).positions,
    'Krachtenveld-indeling': field ? new Map(forceFieldLayout(doc, field).flatMap((m) => (m.position ? [[m.id, m.position] as const] : []))) : null,
    'Graphviz neato (referentie)': neato(doc.actors, doc.relations),
  };
}

function row(map: string, layout: string, doc: MapDocument, positions: Map<string, Position> | null): string {
  if (!positions) return `| ${map} | ${layout} | — | — | — | — | — | — | — | — | overgeslagen (${layout.includes('neato') ? 'neato niet geïnstalleerd' : 'geen krachtenveld'}) |`;
  const nodes = doc.actors.map((a) => ({ id: a.id, name: a.name, size: sizeOf(a) }));
  const segments = doc.relations.map((r) => ({ source: r.from, target: r.to }));
  const screen: Readability = readability(nodes, segments, positions, VIEW);
  const placed = doc.actors.map((a) => ({ ...a, position: positions.get(a.id) ?? null }));
  const fit = fitNetwork(placed, positions, PAGE_BOX);
  const fontPx = printFontPx(fit.scale);
  const print = readability(nodes, segments, positions, VIEW, fontPx);
  const printPt = Math.round(fontPx * fit.scale * (72 / 25.4) * 10) / 10;
  return (
    `| ${map} | ${layout} | ${screen.labelsDrawn}/${screen.actors} | ${screen.labelPx} | ${screen.labelLabelOverlaps} / ${screen.labelNodeOverlaps} | ` +
    `${screen.shortened} | ${screen.underPanels} | ${screen.crossings} | ${printPt} pt | ${print.labelLabelOverlaps} / ${print.labelNodeOverlaps} | |`
  );
}

function lindenhofDoc(): { doc: MapDocument; field: MapDocument['forceFields'][number] | undefined } {
  const { actors, relations } = lindenhof();
  const doc: MapDocument = { ...emptyMap('lindenhof', 'Lindenhof', new Date(0).toISOString()), actors, relations };
  const csv = readFileSync(join(LINDENHOF_DIR, 'krachtenveld-huiskamer.csv'), 'utf8');
  return { doc, field: forceFieldFromCsv(doc, csv, 'De huiskamer Lindenhof blijft open na 2027').forceField };
}

/** A generated 150-actor wijk with realistic (Lindenhof) names instead of "Actor 12". */
function generatedDoc(): MapDocument {
  const names = lindenhof().actors.map((a) => a.name);
  const doc = generateClusteredMap(150, 1.6, 7);
  return { ...doc, actors: doc.actors.map((a, i) => ({ ...a, name: `${names[i % names.length] ?? 'Actor'}${i >= names.length ? ` ${Math.floor(i / names.length) + 1}` : ''}`, position: null })) };
}

const header =
  '| Kaart | Indeling | Labels getekend | Labelgrootte bij passend (px) | Overlap label/label / label/actor | Ingekort | Onder panelen | Kruisingen | Print: labelgrootte | Print: overlap | Opmerking |\n' +
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';
const lines = [header];
const { doc, field } = lindenhofDoc();
for (const [layout, positions] of Object.entries(layoutsFor(doc, field))) lines.push(row('Lindenhof (42)', layout, doc, positions));
const big = generatedDoc();
for (const [layout, positions] of Object.entries(layoutsFor(big, undefined))) lines.push(row('Gegenereerd (150)', layout, big, positions));
process.stdout.write(`${lines.join('\n')}\n`);
