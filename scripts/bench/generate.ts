/** Generators of big import files for the benchmark: a wijk of N actors and M relations. */

const KINDS = ['samenwerking', 'overleg', 'informeel contact', 'verwijzing', 'financiering', 'ondersteuning', 'lid', 'advies'];
const CATEGORIES = ['gemeente', 'welzijn', 'zorg', 'onderwijs', 'bewoner', 'sport-cultuur', 'ondernemer', 'religie'];

/** A deterministic pseudo-random generator (mulberry32), so every run uses the same files. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pairs of distinct actor indexes, M of them. */
function pairs(n: number, m: number): [number, number][] {
  const rnd = random(42);
  const out: [number, number][] = [];
  while (out.length < m) {
    const a = Math.floor(rnd() * n);
    const b = Math.floor(rnd() * n);
    if (a !== b) out.push([a, b]);
  }
  return out;
}

/** Dutch-Excel style CSVs (BOM, `;`, CRLF): actors and relations by name. */
export function generateCsv(n: number, m: number): { actors: string; relations: string } {
  const a = ['\uFEFFNaam;Type;Categorie;Omschrijving;Buurt;Invloed;Labels;Persoon'];
  for (let i = 0; i < n; i++) {
    a.push(`Actor ${i};${i % 3 ? 'formeel' : 'informeel'};${CATEGORIES[i % CATEGORIES.length]};"Omschrijving; met puntkomma ${i}";Buurt ${i % 12};${(i % 5) + 1};tag${i % 7};${i % 9 ? 'nee' : 'ja'}`);
  }
  const r = ['\uFEFFVan;Naar;Soort relatie;Sterkte;Toelichting'];
  pairs(n, m).forEach(([x, y], i) => r.push(`Actor ${x};Actor ${y};${KINDS[i % KINDS.length]};${(i % 3) + 1};Relatie ${i}`));
  return { actors: `${a.join('\r\n')}\r\n`, relations: `${r.join('\r\n')}\r\n` };
}

/** A GEXF 1.3 file with attributes, viz positions and weights. */
export function generateGexf(n: number, m: number): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '<graph defaultedgetype="undirected">',
    '<attributes class="node"><attribute id="0" title="categorie" type="string"/><attribute id="1" title="invloed" type="integer"/></attributes>',
    '<nodes>',
  ];
  for (let i = 0; i < n; i++) {
    out.push(`<node id="n${i}" label="Actor ${i}"><attvalues><attvalue for="0" value="${CATEGORIES[i % CATEGORIES.length]}"/><attvalue for="1" value="${(i % 5) + 1}"/></attvalues><viz:position x="${i % 100}" y="${Math.floor(i / 100)}"/></node>`);
  }
  out.push('</nodes>', '<edges>');
  pairs(n, m).forEach(([x, y], i) => out.push(`<edge id="e${i}" source="n${x}" target="n${y}" weight="${(i % 3) + 1}"/>`));
  out.push('</edges>', '</graph>', '</gexf>');
  return out.join('\n');
}
