import { describe, expect, it } from 'vitest';
import { mapDocumentSchema } from '../../../../shared/domain/map-document';
import { formatProblem } from '../../../../shared/io/problems';
import { fixture, importAsNewMap } from './io-helpers';

/** Nodes / edges as SOURCES.md gives them. */
const EXTERNAL: [file: string, actors: number, relations: number][] = [
  ['cytoscapejs_cose-bilkent-compound.json', 28, 35],
  ['cytoscapejs_genemania-export.cyjs.json', 31, 255],
  ['cytoscapejs_tokyo-railways.cyjs.json', 943, 860],
  ['cytoscapejs_webgl-compound-nodes.json', 6, 2],
  ['graphology_arctic.gexf', 1715, 6676],
  ['graphology_attributes.graphml', 6, 7],
  ['graphology_case.gexf', 10, 20],
  ['graphology_celegans.gexf', 306, 2345],
  ['graphology_data.gexf', 4, 5],
  ['graphology_edge_data.gexf', 4, 5],
  ['graphology_edge_viz.gexf', 2, 1],
  ['graphology_les_miserables.gexf', 77, 254],
  ['graphology_liststring.gexf', 4, 5],
  ['graphology_louvain_1898.gexf', 328, 2189],
  ['graphology_miserables.graphml', 77, 254],
  ['graphology_mixed.gexf', 3, 3],
  ['graphology_mixed_multigraph.graphml', 6, 8],
  ['graphology_multigraph.graphml', 6, 9],
  ['graphology_pedantic.gexf', 0, 0],
  ['graphology_sanitized.gexf', 0, 0],
  ['graphology_v1_3.gexf', 2, 1],
  ['yedextended_yed_created_edges.graphml', 5, 3],
  ['yedextended_yed_created_edges_deeper.graphml', 7, 4],
];

describe('every shared fixture imports with the counts SOURCES.md gives', () => {
  it.each(EXTERNAL)('%s: %i actors, %i relations', (file, actors, relations) => {
    const { doc } = importAsNewMap([fixture(`external/${file}`)]);
    expect(doc.actors).toHaveLength(actors);
    expect(doc.relations).toHaveLength(relations);
  });

  it.each(EXTERNAL)('%s gives a map the document schema accepts (ids unique across actors and relations)', (file) => {
    const { doc } = importAsNewMap([fixture(`external/${file}`)]);
    const parsed = mapDocumentSchema.safeParse(doc);
    expect(parsed.error?.issues.slice(0, 3) ?? []).toEqual([]);
  });

  it('a GraphML file whose nodes and edges are both numbered from 0 (as Gephi saves them): relations get their own ids, every tie stays, and a warning says so', () => {
    const { doc, plan } = importAsNewMap([fixture('external/graphology_miserables.graphml')]);
    const actorIds = new Set(doc.actors.map((a) => a.id));
    expect(doc.relations.filter((r) => actorIds.has(r.id))).toEqual([]);
    expect(doc.relations.every((r) => actorIds.has(r.from) && actorIds.has(r.to))).toBe(true);
    const valjean = doc.actors.find((a) => a.name === 'Valjean');
    expect(doc.relations.filter((r) => r.from === valjean?.id || r.to === valjean?.id)).toHaveLength(36);
    expect(plan.problems.map(formatProblem)).toContain(
      'graphology_miserables.graphml: 77 relaties hadden hetzelfde id als een actor (zo nummert bijvoorbeeld Gephi); die krijgen een eigen id, de verbindingen blijven gelijk.',
    );
  });

  it('the Lindenhof CSVs (Dutch Excel: BOM, semicolons, CRLF) give 42 actors and 66 relations, without problems', () => {
    const { doc, plan } = importAsNewMap([fixture('lindenhof/actoren.csv'), fixture('lindenhof/relaties.csv')]);
    expect(doc.actors).toHaveLength(42);
    expect(doc.relations).toHaveLength(66);
    expect(plan.problems.map(formatProblem)).toEqual([]);
    expect(doc.actors.filter((a) => a.kind === 'formeel')).toHaveLength(22);
    expect(doc.actors.filter((a) => a.isPerson)).toHaveLength(9);
    const kinds = new Set(doc.relations.map((r) => r.kind));
    expect(kinds).toContain('lid-van');
    expect(kinds).toContain('informeel-contact');
    const wijkteam = doc.actors.find((a) => a.name === 'Sociaal Wijkteam Lindenhof');
    expect(wijkteam?.note).toBe('Integraal team zorg en welzijn; verwijst cliënten door');
  });

  it('an edge to itself (cytoscape edge-types) is skipped with a warning', () => {
    const { doc, plan } = importAsNewMap([fixture('external/cytoscapejs_edge-types.json')]);
    expect(doc.actors).toHaveLength(23);
    expect(doc.relations).toHaveLength(17);
    expect(plan.problems.map(formatProblem).join('\n')).toContain('naar zichzelf is overgeslagen');
  });

  it('yEd groups become compound actors, with labels from y:NodeLabel', () => {
    const { doc } = importAsNewMap([fixture('external/yedextended_yed_created_edges_deeper.graphml')]);
    const children = doc.actors.filter((a) => a.parentId);
    expect(children.length).toBeGreaterThan(0);
    for (const child of children) expect(doc.actors.some((a) => a.id === child.parentId)).toBe(true);
    expect(doc.actors.every((a) => a.name !== a.id)).toBe(true);
  });

  it('cytoscape compound parents become groups', () => {
    const { doc } = importAsNewMap([fixture('external/cytoscapejs_cose-bilkent-compound.json')]);
    expect(doc.actors.filter((a) => a.parentId)).toHaveLength(19);
  });
});

describe('malformed fixtures are read leniently, with warnings', () => {
  it('GraphML data without <key> declarations (miserables_broken) is read, with a warning per key', () => {
    const { doc, plan } = importAsNewMap([fixture('external/graphology_miserables_broken.graphml')]);
    expect(doc.actors).toHaveLength(77);
    expect(doc.relations).toHaveLength(254);
    expect(doc.actors.some((a) => a.name === 'Myriel')).toBe(true);
    expect(plan.problems.map(formatProblem)).toContain(
      "graphology_miserables_broken.graphml, kolom label: gegevens met sleutel 'label' zonder <key>-declaratie; gelezen als attribuut 'label'.",
    );
  });

  it('GEXF attvalues without declaration are read, with a warning', () => {
    const { doc, plan } = importAsNewMap([fixture('external/graphology_undeclared_attribute.gexf')]);
    expect(doc.actors).toHaveLength(2);
    expect(plan.problems.some((p) => p.level === 'warning' && p.message.includes('niet gedeclareerd'))).toBe(true);
  });

  it.each([
    ['graphology_missing_nodes.gexf', 4],
    ['graphology_missing_nodes.graphml', 37],
  ])('%s: edges to undeclared nodes are listed with their line, or kept when the user creates those actors', (file, edges) => {
    const skipped = importAsNewMap([fixture(`external/${file}`)]);
    expect(skipped.plan.unknownRefs.length).toBeGreaterThan(0);
    expect(skipped.plan.problems.some((p) => p.level === 'error' && p.line !== undefined && p.message.startsWith('onbekende actor'))).toBe(true);
    const created = importAsNewMap([fixture(`external/${file}`)], true);
    expect(created.doc.relations).toHaveLength(edges);
  });
});
