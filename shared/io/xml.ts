import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { checkXmlCounts } from './limit-checks';
import { refuse } from './problems';

/** A parsed XML element: attributes as `@_name`, text as `#text`, children by local name. */
export type XmlNode = { readonly [key: string]: unknown };

const ARRAY_TAGS = new Set(['graph', 'node', 'edge', 'key', 'data', 'attribute', 'attributes', 'attvalue', 'nodes', 'edges', 'NodeLabel', 'EdgeLabel', 'parent']);

/**
 * Parses XML text safely: no external entity or DTD is ever fetched or resolved, internal
 * entities are not expanded (so no "billion laughs"), namespaces prefixes are dropped. A file
 * that is not well-formed is refused with its line and column; one with more elements, nodes or
 * edges than a map can hold is refused before it is parsed.
 */
export function parseXml(text: string, file: string): XmlNode {
  if (/<!ENTITY[^>]*\b(SYSTEM|PUBLIC)\b/i.test(text)) {
    refuse(file, 'het bestand verwijst naar externe entiteiten (DTD); die leest Wijkweb om veiligheidsredenen niet.');
  }
  checkXmlCounts(text, file);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    refuse(file, `geen geldige XML: ${valid.err.msg}`, valid.err.line, `${valid.err.col}`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: { enabled: true, maxTotalExpansions: 1000, maxExpandedLength: 100_000, maxEntityCount: 50 },
    htmlEntities: true,
    isArray: (name) => ARRAY_TAGS.has(name),
  });
  try {
    return parser.parse(text) as XmlNode;
  } catch (error) {
    return refuse(file, `geen leesbare XML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The child elements with this local name (always an array). */
export function children(node: unknown, name: string): XmlNode[] {
  if (typeof node !== 'object' || node === null) return [];
  const value = (node as XmlNode)[name];
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => (typeof v === 'object' && v !== null ? (v as XmlNode) : ({ '#text': String(v) } as XmlNode)));
}

/** The first child element with this name, if any. */
export function child(node: unknown, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** An attribute's value as a string, if present. */
export function attr(node: unknown, name: string): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const value = (node as XmlNode)[`@_${name}`];
  return value === undefined || value === null ? undefined : String(value);
}

/** The text content of an element (its own text only). */
export function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (typeof node !== 'object' || node === null) return '';
  const value = (node as XmlNode)['#text'];
  return value === undefined || value === null ? '' : String(value);
}

/** Depth-first search for the first element with this local name. */
export function findDeep(node: unknown, name: string, depth = 0): XmlNode | undefined {
  if (typeof node !== 'object' || node === null || depth > 30) return undefined;
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || key === '#text') continue;
    if (key === name) return children(node, name)[0];
    for (const item of Array.isArray(value) ? value : [value]) {
      const found = findDeep(item, name, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** 1-based line of the first occurrence of `needle` in the text, for problem messages. */
export function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  if (at === -1) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
