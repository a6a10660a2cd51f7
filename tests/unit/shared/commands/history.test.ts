import { describe, expect, it } from 'vitest';
import { emptyHistory, execute, redo, undo, type Versioned } from '../../../../shared/commands/history';
import { createActor } from '../../../../shared/domain/factories';
import { emptyMap } from '../../../../shared/domain/map-document';
import { unwrap } from '../../../../shared/result';

const start: Versioned = { doc: emptyMap('m', 'Lindenhof', '2026-01-01T00:00:00.000Z'), history: emptyHistory };
const add = (name: string) => ({ type: 'actor.add' as const, actor: createActor({ id: name, name }) });

describe('undo and redo', () => {
  it('undoes and redoes edits in order', () => {
    let s = unwrap(execute(start, add('a')));
    s = unwrap(execute(s, add('b')));
    s = unwrap(undo(s));
    expect(s.doc.actors.map((a) => a.id)).toEqual(['a']);
    s = unwrap(undo(s));
    expect(s.doc.actors).toEqual([]);
    s = unwrap(redo(s));
    s = unwrap(redo(s));
    expect(s.doc.actors.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('a new edit after undo clears what could be redone', () => {
    let s = unwrap(execute(start, add('a')));
    s = unwrap(undo(s));
    s = unwrap(execute(s, add('c')));
    expect(s.history.future).toEqual([]);
    expect(redo(s).ok).toBe(false);
  });

  it('says there is nothing to undo on a fresh map', () => {
    const result = undo(start);
    expect(!result.ok && result.error.code).toBe('nothing-to-undo');
  });

  it('forgets the oldest steps beyond the limit', () => {
    let s = start;
    for (const name of ['a', 'b', 'c', 'd']) s = unwrap(execute(s, add(name), 2));
    expect(s.history.past).toHaveLength(2);
  });

  it('a failed edit changes neither the map nor the history', () => {
    const s = unwrap(execute(start, add('a')));
    expect(execute(s, { type: 'actor.remove', id: 'zzz' }).ok).toBe(false);
  });
});
