import { describe, expect, it } from 'vitest';
import { createActor } from '../../../../shared/domain/factories';
import { documentIssues, type DocumentItems } from '../../../../shared/domain/invariants';

/** A map of actors given as [id, parentId] pairs. */
function groups(pairs: [string, string | null][]): DocumentItems {
  return { actors: pairs.map(([id, parentId]) => createActor({ id, name: `Actor ${id}`, parentId })), relations: [], meetings: [], contacts: [], forceFields: [] };
}

describe('the rules across a map\'s items', () => {
  it('accepts nested groups (a team in an organisation in a network)', () => {
    expect(documentIssues(groups([['netwerk', null], ['org', 'netwerk'], ['team', 'org'], ['lid', 'team']]))).toEqual([]);
  });

  it('flags every actor in a loop of groups and every actor that hangs under the loop', () => {
    const issues = documentIssues(groups([['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'a'], ['e', null]]));
    expect(issues.map((i) => i.path.join('.'))).toEqual(['actors.0.parentId', 'actors.1.parentId', 'actors.2.parentId', 'actors.3.parentId']);
  });

  it('calls a missing group missing, not a loop, also for the actors under it', () => {
    const issues = documentIssues(groups([['a', 'b'], ['b', 'weg']]));
    expect(issues).toEqual([{ path: ['actors', 1, 'parentId'], message: 'onbekende groep "weg": die actor staat niet op de kaart' }]);
  });

  it('keeps one id space for actors, relations, meetings, contacts and force fields', () => {
    const doc: DocumentItems = {
      ...groups([['x', null], ['y', null]]),
      relations: [{ id: 'r', from: 'x', to: 'y' }],
      meetings: [{ id: 'r' }],
      contacts: [{ id: 'c' }, { id: 'c' }],
      forceFields: [{ id: 'x', entries: [] }],
    };
    expect(documentIssues(doc).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'meetings.0.id: id "r" is al het id van een relatie; ids zijn uniek in de hele kaart',
      'contacts.1.id: dubbel id "c"',
      'forceFields.0.id: id "x" is al het id van een actor; ids zijn uniek in de hele kaart',
    ]);
  });
});
