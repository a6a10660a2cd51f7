import { dutchCount, IMPORT_LIMITS } from './limits';
import { refuse } from './problems';

/** How often a pattern (global flag) occurs in a text; stops counting just past `stopAt`. */
export function countMatches(text: string, pattern: RegExp, stopAt = Number.POSITIVE_INFINITY): number {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let n = 0;
  while (re.exec(text) !== null && n <= stopAt) n++;
  return n;
}

/** Number of lines of a text (a final line break ends the last line), counted without splitting it. */
export function countLines(text: string): number {
  let n = text.endsWith('\n') ? 0 : 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Refuses a line-based text file (CSV, Pajek) with more lines than a map can hold, before it is parsed. */
export function checkTextLines(text: string, file: string): void {
  const lines = countLines(text);
  if (lines > IMPORT_LIMITS.textLines) {
    refuse(file, `het bestand heeft ${dutchCount(lines)} regels; Wijkweb leest er hoogstens ${dutchCount(IMPORT_LIMITS.textLines)} (${dutchCount(IMPORT_LIMITS.actors)} actoren en ${dutchCount(IMPORT_LIMITS.relations)} relaties per kaart). Splits het bestand.`);
  }
}

/** Refuses a graph file with more nodes or edges than one map can hold; `what` names them as the format does. */
export function checkGraphCounts(nodes: number, edges: number, file: string, what: { nodes: string; edges: string } = { nodes: 'knopen', edges: 'verbindingen' }): void {
  if (nodes > IMPORT_LIMITS.actors) {
    refuse(file, `het bestand bevat meer dan ${dutchCount(IMPORT_LIMITS.actors)} ${what.nodes}; een kaart heeft hoogstens ${dutchCount(IMPORT_LIMITS.actors)} actoren. Splits het bestand.`);
  }
  if (edges > IMPORT_LIMITS.relations) {
    refuse(file, `het bestand bevat meer dan ${dutchCount(IMPORT_LIMITS.relations)} ${what.edges}; een kaart heeft hoogstens ${dutchCount(IMPORT_LIMITS.relations)} relaties. Splits het bestand.`);
  }
}

/**
 * Refuses XML (GraphML, GEXF) with more elements, nodes or edges than a map can use, by counting
 * start tags before anything is parsed (the parser recurses and would run out of stack first).
 */
export function checkXmlCounts(text: string, file: string): void {
  const elements = countMatches(text, /<[A-Za-z_]/g, IMPORT_LIMITS.xmlElements);
  if (elements > IMPORT_LIMITS.xmlElements) {
    refuse(file, `het bestand bevat meer dan ${dutchCount(IMPORT_LIMITS.xmlElements)} XML-elementen; zoveel leest Wijkweb niet. Splits het bestand.`);
  }
  const nodes = countMatches(text, /<(?:[\w.-]+:)?node[\s/>]/g, IMPORT_LIMITS.actors);
  const edges = countMatches(text, /<(?:[\w.-]+:)?edge[\s/>]/g, IMPORT_LIMITS.relations);
  checkGraphCounts(nodes, edges, file, { nodes: '<node>-elementen', edges: '<edge>-elementen' });
}
