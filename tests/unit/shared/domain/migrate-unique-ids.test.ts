import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../../../shared/domain/map-document';
import { readMapDocument } from '../../../../shared/domain/migrations';

/** A format-1 map as Wijkweb saved it after importing a Gephi file: nodes and edges both numbered from 0. */
function gephiStyleV1(): Record<string, unknown> {
  const actor = (id: string, name: string) => ({ id, name, kind: 'informeel', category: 'bewoners', isPerson: false, influence: 3, area: '', note: '', tags: [], position: null });
  const relation = (id: string, from: string, to: string) => ({ id, from, to, kind: 'samenwerking', strength: 2, directed: false, note: '', since: '' });
  return {
    format: 'wijkweb',
    version: 1,
    id: 'm1',
    name: 'Les Misérables',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    actors: [actor('0', 'Myriel'), actor('1', 'Napoleon'), actor('2', 'Mlle Baptistine'), { ...actor('relatie-0', 'Lastig'), parentId: '0' }],
    relations: [relation('0', '1', '0'), relation('1', '2', '0'), relation('r9', '2', '1')],
    meetings: [{ id: '2', title: 'Overleg', date: '', place: '', goal: '', participants: ['0', '1'], forceFieldId: '1', notes: '' }],
    contacts: [],
    forceFields: [{ id: '1', question: 'Wie helpt?', date: '', role: null, position: null, entries: [{ actorId: '2', stance: 1, influence: 3, interest: 3, note: '' }] }],
  };
}

describe('opening a map saved before ids were unique across the whole map (format 1 → 2)', () => {
  it('gives relations that shared an actor\'s id their own id, and keeps every reference', () => {
    const read = readMapDocument(gephiStyleV1());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const doc = read.value;
    expect(doc.version).toBe(FORMAT_VERSION);
    expect(doc.actors.map((a) => a.id)).toEqual(['0', '1', '2', 'relatie-0']);
    // "relatie-0" is taken by an actor, so the relation "0" becomes "relatie-0-2".
    expect(doc.relations.map((r) => [r.id, r.from, r.to])).toEqual([
      ['relatie-0-2', '1', '0'],
      ['relatie-1', '2', '0'],
      ['r9', '2', '1'],
    ]);
    expect(doc.actors[3]?.parentId).toBe('0');
  });

  it('renames a meeting or force field that shared an id, and the meeting follows its force field', () => {
    const read = readMapDocument(gephiStyleV1());
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.meetings[0]?.id).toBe('overleg-2');
    expect(read.value.forceFields[0]?.id).toBe('krachtenveld-1');
    expect(read.value.meetings[0]?.forceFieldId).toBe('krachtenveld-1');
    expect(read.value.meetings[0]?.participants).toEqual(['0', '1']);
  });

  it('gives the same ids every time, so a map and its snapshots still match', () => {
    const first = readMapDocument(gephiStyleV1());
    const second = readMapDocument(gephiStyleV1());
    expect(first).toEqual(second);
  });

  it('still refuses two actors with one id (which one a relation meant cannot be known)', () => {
    const doc = gephiStyleV1();
    const actors = doc.actors as Record<string, unknown>[];
    doc.actors = [...actors, { ...actors[0], name: 'Tweede' }];
    const read = readMapDocument(doc);
    expect(!read.ok && read.error.details).toContain('actors[4].id: dubbel id "0"');
  });
});
