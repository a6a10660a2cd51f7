import { parseArgs } from './cli-args';
import type { ForceField } from '../../../shared/domain/force-field';
import type { MapDocument } from '../../../shared/domain/map-document';
import { parseMapDocumentText } from '../../../shared/domain/migrations';
import { analyseForceField } from '../../../shared/forcefield/analysis';
import { nameKey } from '../../../shared/forcefield/csv';
import { quadrantOf } from '../../../shared/forcefield/quadrants';
import { InputError, UsageError } from '../cli-errors';
import type { CliIo } from '../cli-io';
import type { CliCommand } from '../command';
import { krachtenveldJson, krachtenveldText } from './krachtenveld-output';

const USAGE = `Gebruik: wijkweb krachtenveld KAART.wijkweb [--vraag TEKST] [--van ACTOR]… [--naar ACTOR] [--json]

Toont het krachtenveld van een kaart: de krachten voor en tegen (invloed × houding), het kwadrant
van elke actor, routes ‘via wie’ van --van naar --naar (zonder --naar: naar elke invloedrijke
twijfelaar of tegenstander) met hun score, wie niet bereikbaar is, en een coalitievoorstel.

  --vraag TEKST   kies het krachtenveld met deze vraag (of een deel ervan); standaard het eerste
  --van ACTOR     ‘wij’: naam of id van de eigen organisatie; mag vaker
  --naar ACTOR    doel van de routes: naam of id
  --json          stabiele JSON-uitvoer (zie docs/krachtenveld.md)`;

function readMap(io: CliIo, path: string): MapDocument {
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(io.readFile(path)).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(`Kan ${path} niet lezen: bestaat het bestand?`);
  }
  const parsed = parseMapDocumentText(text);
  if (!parsed.ok) throw new InputError(`${path}: ${parsed.error.message}${parsed.error.details?.length ? `\n  ${parsed.error.details.join('\n  ')}` : ''}`);
  return parsed.value;
}

function pickField(doc: MapDocument, path: string, question: string | undefined): ForceField {
  if (doc.forceFields.length === 0) throw new InputError(`${path}: deze kaart heeft nog geen krachtenveld.`);
  if (question === undefined) return doc.forceFields[0] as ForceField;
  const key = nameKey(question);
  const field = doc.forceFields.find((f) => nameKey(f.question) === key) ?? doc.forceFields.find((f) => nameKey(f.question).includes(key));
  if (!field) {
    const list = doc.forceFields.map((f) => `  - ${f.question}`).join('\n');
    throw new InputError(`${path}: geen krachtenveld met de vraag ‘${question}’. Wel op deze kaart:\n${list}`);
  }
  return field;
}

function actorId(doc: MapDocument, path: string, ref: string, option: string): string {
  const byId = doc.actors.find((a) => a.id === ref);
  if (byId) return byId.id;
  const key = nameKey(ref);
  const byName = doc.actors.find((a) => nameKey(a.name) === key);
  if (byName) return byName.id;
  throw new InputError(`${path}: ${option} ‘${ref}’ staat niet op de kaart (geef een naam of id van een actor).`);
}

/** `wijkweb krachtenveld`: balance, quadrants, alliance routes and coalition of a map's force field. */
export const krachtenveldCommand: CliCommand = {
  name: 'krachtenveld',
  summary: 'Krachtenveld van een kaart: krachten voor en tegen, kwadranten, routes via wie, coalitie',
  usage: USAGE,
  run(args, io) {
    const parsed = parseArgs(args, ['vraag', 'van', 'naar'], ['json']);
    const [path, ...extra] = parsed.positional;
    if (path === undefined) throw new UsageError('Geef het kaartbestand op.');
    if (extra.length > 0) throw new UsageError(`Onverwacht argument ‘${extra[0] ?? ''}’.`);
    const doc = readMap(io, path);
    const field = pickField(doc, path, parsed.text('vraag'));
    const us = parsed.values('van').map((ref) => actorId(doc, path, ref, '--van'));
    const naar = parsed.text('naar');
    const target = naar === undefined ? undefined : [actorId(doc, path, naar, '--naar')];
    const analysis = analyseForceField(doc, field, us, us.length ? target : []);
    const data = krachtenveldJson(doc, field, us, analysis, quadrantOf);
    io.out(parsed.options.has('json') ? `${JSON.stringify(data, null, 2)}\n` : krachtenveldText(data));
    return 0;
  },
};
