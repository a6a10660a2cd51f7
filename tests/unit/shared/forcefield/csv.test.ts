import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from '../../../../shared/domain/factories';
import { emptyMap, type MapDocument } from '../../../../shared/domain/map-document';
import { forceFieldFromCsv, forceFieldToCsv } from '../../../../shared/forcefield/csv';
import { LINDENHOF_DIR } from '../../../support/lindenhof-fixture';

const FIXTURE = join(LINDENHOF_DIR, 'krachtenveld-huiskamer.csv');

function lindenhof(): MapDocument {
  const names = ['Gemeente – beleidsadviseur sociaal domein', 'Gemeente – wijkmanager Lindenhof', 'Ria Jansen', 'GGD Regio'];
  return { ...emptyMap('m', 'Lindenhof', '2026-01-01'), actors: names.map((name, i) => createActor({ id: `a${i}`, name, influence: 2 })) };
}

describe('force field from CSV', () => {
  it('reads the Lindenhof file from Dutch Excel (BOM, semicolons, CRLF) and reports names not on the map', () => {
    const text = readFileSync(join(FIXTURE), 'utf8');
    const result = forceFieldFromCsv(lindenhof(), text, 'Huiskamer blijft open na 2027');
    expect(result.problems).toEqual([]);
    expect(result.forceField.entries).toEqual([
      { actorId: 'a0', stance: -1, influence: 5, interest: 3, note: 'Wil bezuinigen, twijfelt over bereik' },
      { actorId: 'a1', stance: 1, influence: 4, interest: 4, note: 'Ziet het belang voor de wijk' },
      { actorId: 'a3', stance: 0, influence: 4, interest: 2, note: 'Let vooral op veiligheid' },
      { actorId: 'a2', stance: 2, influence: 2, interest: 5, note: 'Draagt het project' },
    ]);
    expect(result.unknownNames.map((u) => u.name)).toContain('Jan Smits');
    expect(result.unknownNames.find((u) => u.name === 'Sociaal Wijkteam Lindenhof')?.line).toBe(4);
  });

  it('matches names whatever their case, spacing or kind of dash, and reads "?" as unknown', () => {
    const text = 'Actor,Houding,Invloed,Belang\ngemeente - wijkmanager  lindenhof,?,,\n';
    const [e] = forceFieldFromCsv(lindenhof(), text, 'V').forceField.entries;
    expect(e).toEqual({ actorId: 'a1', stance: null, influence: 2, interest: 3, note: '' });
  });

  it('skips a row with a bad value and says which line and column, keeping the other rows', () => {
    const text = 'Actor;Houding;Invloed;Belang\nRia Jansen;3;2;5\nGGD Regio;0;4;2\nGemeente – wijkmanager Lindenhof;1;veel;2\n';
    const result = forceFieldFromCsv(lindenhof(), text, 'V');
    expect(result.forceField.entries.map((e) => e.actorId)).toEqual(['a3']);
    expect(result.problems).toEqual([
      { line: 2, column: 2, message: 'Houding "3" is geen geheel getal van −2 tot +2' },
      { line: 4, column: 3, message: 'Invloed "veel" is geen geheel getal van 1 tot 5' },
    ]);
  });

  it('refuses a file without an Actor or Houding column, naming the missing column', () => {
    const result = forceFieldFromCsv(lindenhof(), 'Naam;Kleur\nRia Jansen;rood\n', 'V');
    expect(result.problems[0]?.message).toBe('kolom "Houding" ontbreekt in de kopregel');
    expect(result.forceField.entries).toEqual([]);
  });

  it('reports an unclosed quote with its line and column', () => {
    const result = forceFieldFromCsv(lindenhof(), 'Actor;Houding\nRia Jansen;1\n"GGD Regio;0\n', 'V');
    expect(result.problems[0]?.message).toBe('regel 3, kolom 1: het aanhalingsteken wordt nergens gesloten');
  });

  it('exports what it imports, with formulas defused', () => {
    const doc = lindenhof();
    const field = forceFieldFromCsv(doc, readFileSync(FIXTURE, 'utf8'), 'V').forceField;
    const again = forceFieldFromCsv(doc, forceFieldToCsv(doc, field), 'V').forceField;
    expect(again.entries).toEqual(field.entries);
    const evil = { ...field, entries: [{ actorId: 'a2', stance: 1, influence: 2, interest: 2, note: '=HYPERLINK("x")' }] };
    expect(forceFieldToCsv(doc, evil)).toContain(`'=HYPERLINK(""x"")`);
  });
});
