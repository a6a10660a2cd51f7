import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../../shared/domain/map-document';
import { readMapDocument } from '../../../../shared/domain/migrations';
import { exportFormatFor, OUTPUT_EXTENSIONS, writeOutput } from '../../../../shared/io/export/index';
import { xml } from '../../../../shared/io/export/xml-text';
import { anonymiseDocument, DUTCH_PRINT_LABELS, renderPrint } from '../../../../shared/print';
import { lindenhofWithDistinctIds, richPrivateMap } from '../../../support/rich-private-map';

/** What a person's data and the free text tied to them must never show in anonymised output. */
interface Secret {
  readonly what: string;
  readonly text: string;
}

const text = (value: unknown): string[] => (typeof value === 'string' && value.trim() !== '' ? [value] : []);

/**
 * Everything of a map that is personal or tied to a person, listed by hand (not from the field
 * table, so a field marked wrongly there still fails here). Words that also occur in what may stay
 * (an organisation's tags, the map name, a pseudonym such as "Sleutelfiguur") are left out of the
 * search for notes, tags, areas and places; names, ids, phones, e-mails and addresses never are.
 */
function secretsOf(doc: MapDocument): Secret[] {
  const persons = doc.actors.filter((a) => a.isPerson);
  const isPerson = new Set(persons.map((a) => a.id));
  const organisations = doc.actors.filter((a) => !a.isPerson);
  const names = persons.map((a) => a.name.toLowerCase());
  const stays = [
    doc.name,
    'bewoner sleutelfiguur',
    ...organisations.flatMap((a) => [a.name, a.kind, a.category, a.note, a.area, a.town ?? '', ...a.tags]),
    ...doc.relations.filter((r) => !isPerson.has(r.from) && !isPerson.has(r.to)).flatMap((r) => [r.kind, r.note, r.since]),
    ...doc.actors.map((a) => a.category),
  ]
    .join('\n')
    .toLowerCase();
  const always: Secret[] = [
    ...persons.flatMap((a) => [
      { what: 'name', text: a.name },
      ...[a.phone, a.email, a.website, a.streetAddress, a.postcode].flatMap(text).map((t) => ({ what: 'contact/address', text: t })),
    ]),
    ...doc.actors.map((a) => ({ what: 'original actor id', text: a.id })),
    ...doc.relations.map((r) => ({ what: 'original relation id', text: r.id })),
  ];
  const tied: Secret[] = [
    ...persons.flatMap((a) => [
      ...text(a.note).map((t) => ({ what: 'person note', text: t })),
      ...text(a.area).map((t) => ({ what: 'person area', text: t })),
      ...text(a.town).map((t) => ({ what: 'person town', text: t })),
      ...a.tags.map((t) => ({ what: 'person tag', text: t })),
    ]),
    ...doc.relations
      .filter((r) => isPerson.has(r.from) || isPerson.has(r.to))
      .flatMap((r) => [...text(r.note), ...text(r.since)].map((t) => ({ what: 'relation note of a person', text: t }))),
    ...doc.meetings
      .filter((m) => m.participants.some((p) => isPerson.has(p)))
      .flatMap((m) => [m.place, m.goal, m.notes].flatMap(text).map((t) => ({ what: 'meeting text', text: t }))),
    ...doc.contacts.filter((c) => isPerson.has(c.actorId)).flatMap((c) => [c.text, c.followUp].flatMap(text).map((t) => ({ what: 'contact log text', text: t }))),
    ...doc.forceFields.flatMap((f) => f.entries.filter((e) => isPerson.has(e.actorId)).flatMap((e) => text(e.note).map((t) => ({ what: 'force field note', text: t })))),
  ].filter((s) => !stays.includes(s.text.toLowerCase()) && !names.some((n) => s.text.toLowerCase() === n));
  return [...always, ...tied];
}

/** The secrets found in `output`, as written raw, XML-escaped, JSON-escaped or CSV-quoted. */
function leaks(output: string, secrets: readonly Secret[]): string[] {
  const lower = output.toLowerCase();
  const forms = (s: string): string[] => [s, xml(s), JSON.stringify(s).slice(1, -1), s.replace(/"/g, '""')].map((f) => f.toLowerCase());
  return secrets.filter((s) => forms(s.text).some((f) => lower.includes(f))).map((s) => `${s.what}: ${s.text}`);
}

/** Every byte of one export as searchable text; an Excel workbook unzipped, each XML part included. */
async function outputText(doc: MapDocument, extension: string): Promise<string> {
  const format = exportFormatFor(`kaart.${extension}`);
  if (!format) throw new Error(`no format for .${extension}`);
  const files = await writeOutput(doc, format, { contactDetails: true, ...(extension === 'tsv' ? { delimiter: '\t' } : {}) });
  return files
    .map((f) => {
      if (typeof f.data === 'string') return f.data;
      const parts = Object.values(unzipSync(f.data)).map((p) => strFromU8(p));
      return [Buffer.from(f.data).toString('latin1'), ...parts].join('\n');
    })
    .join('\n');
}

const MAPS: readonly [string, () => MapDocument][] = [
  ['Lindenhof (tests/fixtures)', lindenhofWithDistinctIds],
  ['a map with contact details, addresses, meetings and a contact log', richPrivateMap],
];

describe.each(MAPS)('anonymised output of %s holds nothing of a person', (_, makeMap) => {
  const source = makeMap();
  const secrets = secretsOf(source);

  it('searches for enough (names, ids, notes, tags, relation notes, addresses), and finds them without anonymising', async () => {
    expect(secrets.length).toBeGreaterThan(source.actors.length + source.relations.length);
    expect(leaks(await outputText(source, 'wijkweb'), secrets)).toHaveLength(secrets.length);
  });

  for (const extension of OUTPUT_EXTENSIONS) {
    it(`.${extension}: no name, note, tag, relation note, contact detail, address or original id — and pseudonyms instead`, async () => {
      const output = await outputText(anonymiseDocument(source), extension);
      expect(leaks(output, secrets)).toEqual([]);
      expect(output).toMatch(/Bewoner 1|Sleutelfiguur 1|actor-1/);
    });
  }

  it('the print (SVG) of the anonymised map: none of it either', () => {
    const pages = renderPrint(source, {
      paper: 'A3',
      orientation: 'landscape',
      marginMm: 12,
      title: `Netwerk ${source.name}`,
      subtitle: '',
      date: '1 december 2026',
      author: '',
      note: '',
      anonymise: true,
      visibleIds: null,
      poster: null,
      labels: DUTCH_PRINT_LABELS,
    });
    const svg = pages.map((p) => p.svg).join('\n');
    expect(leaks(svg, secrets)).toEqual([]);
    expect(svg).toMatch(/Bewoner 1|Sleutelfiguur 1/);
  });

  it('gives every actor and relation a fresh id and keeps every reference intact (a valid map)', () => {
    const anonymous = anonymiseDocument(source);
    const before = new Set([...source.actors.map((a) => a.id), ...source.relations.map((r) => r.id)]);
    expect([...anonymous.actors.map((a) => a.id), ...anonymous.relations.map((r) => r.id)].filter((id) => before.has(id))).toEqual([]);
    expect(readMapDocument(JSON.parse(JSON.stringify(anonymous))).ok).toBe(true);
    expect(anonymous.relations.map((r) => [r.kind, r.strength])).toEqual(source.relations.map((r) => [r.kind, r.strength]));
  });
});
