import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { replayJournal } from '../../../../electron/store/edit-journal';
import { emptyMap } from '../../../../shared/domain/map-document';
import { addActor, filesIn, readJson, restartAfterKill, useDataDir } from './store-fixtures';

describe('MapStore: the journal keeps every confirmed change through a crash', () => {
  const data = useDataDir();
  beforeEach(() => {
    // Saves never run: the process "dies" before its timer fires.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const crashAndRestart = (): ReturnType<typeof data.open> => restartAfterKill(data);

  it('gives back edits, undo, redo and a rename that never reached the map file', () => {
    const store = data.open({ saveDelayMs: 250 });
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    store.apply(id, addActor('a2'));
    store.apply(id, addActor('a3'));
    store.undo(id);
    store.redo(id);
    store.undo(id);
    store.rename(id, 'Lindenhof-Oost');
    expect(readJson(path.join(data.dir(), 'maps', `${id}.json`))).toMatchObject({ actors: [] });

    const again = crashAndRestart();
    expect(again.open(id).doc.actors.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(again.list()[0]?.name).toBe('Lindenhof-Oost');
    expect(again.notices()).toEqual([expect.objectContaining({ code: 'recovered-edits', level: 'info' })]);
    expect(again.notices()[0]?.message).toContain('De laatste 7 wijzigingen van de kaart "Lindenhof-Oost" zijn hersteld');
    // Written at once, and the journal emptied.
    expect(readJson(path.join(data.dir(), 'maps', `${id}.json`))).toMatchObject({ name: 'Lindenhof-Oost', actors: [{ id: 'a1' }, { id: 'a2' }] });
    expect(fs.existsSync(path.join(data.dir(), 'maps', `${id}.journal`))).toBe(false);
  });

  it('empties the journal once the map file holds its changes', () => {
    const store = data.open({ saveDelayMs: 250 });
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    expect(fs.existsSync(path.join(data.dir(), 'maps', `${id}.journal`))).toBe(true);
    store.flush();
    expect(fs.existsSync(path.join(data.dir(), 'maps', `${id}.journal`))).toBe(false);
  });

  it('ignores a last line torn by the kill, and keeps the rest', () => {
    const store = data.open({ saveDelayMs: 250 });
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    fs.appendFileSync(path.join(data.dir(), 'maps', `${id}.journal`), '{"at":"2030-01-01T00:00:00.000Z","op":{"type":"comm');
    const again = crashAndRestart();
    expect(again.open(id).doc.actors.map((a) => a.id)).toEqual(['a1']);
    expect(filesIn(path.join(data.dir(), 'beschadigd'))).toEqual([]);
  });

  it('skips a line it cannot read, keeps the lines after it, keeps the journal in beschadigd/ and says so', () => {
    const store = data.open({ saveDelayMs: 250 });
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    const journal = path.join(data.dir(), 'maps', `${id}.journal`);
    fs.appendFileSync(journal, 'dit is geen json\n');
    fs.appendFileSync(journal, `${JSON.stringify({ at: '2031-01-01T00:00:00.000Z', op: { type: 'rename', name: 'Later' } })}\n`);
    const again = crashAndRestart();
    expect(again.open(id).doc.actors.map((a) => a.id)).toEqual(['a1']);
    expect(again.open(id).doc.name).toBe('Later');
    const kept = filesIn(path.join(data.dir(), 'beschadigd'));
    expect(kept).toHaveLength(1);
    const notice = again.notices().find((n) => n.code === 'quarantined');
    expect(notice?.message).toContain('regel 2 van het journaal was onleesbaar en is overgeslagen');
    expect(notice?.message).not.toContain('niets verloren');
    expect(notice?.message).toContain(kept[0]);
  });

  it('reads a good line that a torn fragment was glued onto (a journal of an older Wijkweb)', () => {
    const store = data.open({ saveDelayMs: 250 });
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    const journal = path.join(data.dir(), 'maps', `${id}.journal`);
    const later = JSON.stringify({ at: '2031-01-01T00:00:00.000Z', op: { type: 'rename', name: 'Later' } });
    fs.appendFileSync(journal, `{"at":"2030-01-01T00:00:00.000Z","op":{"type":"comm${later}\n`);
    const again = crashAndRestart();
    expect(again.open(id).doc.actors.map((a) => a.id)).toEqual(['a1']);
    expect(again.open(id).doc.name).toBe('Later');
  });
});

describe('replaying a journal', () => {
  const base = { ...emptyMap('m1', 'Lindenhof', '2026-03-01T09:00:00.000Z'), updatedAt: '2026-03-01T10:00:00.000Z' };

  it('skips the changes the map file already has, so nothing is applied twice', () => {
    const entries = [
      { at: '2026-03-01T09:30:00.000Z', op: { type: 'rename', name: 'Al verwerkt' } },
      { at: '2026-03-01T10:00:00.000Z', op: { type: 'rename', name: 'Ook al verwerkt' } },
      { at: '2026-03-01T10:00:00.001Z', op: { type: 'rename', name: 'Nieuw' } },
    ] as const;
    const replayed = replayJournal(base, entries);
    expect(replayed).toMatchObject({ applied: 1, failed: null, doc: { name: 'Nieuw', updatedAt: '2026-03-01T10:00:00.001Z' } });
  });

  it('stops at a change that does not fit the map, and says which', () => {
    const entries = [{ at: '2026-03-01T11:00:00.000Z', op: { type: 'command', command: { type: 'actor.remove', id: 'bestaat-niet' } } }] as const;
    const replayed = replayJournal(base, entries);
    expect(replayed.applied).toBe(0);
    expect(replayed.failed?.entry).toBe(1);
  });
});
