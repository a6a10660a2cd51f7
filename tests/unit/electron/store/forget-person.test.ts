import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../shared/commands/command';
import { isSealed, keyFor, sealedFileSchema, unseal } from '../../../../electron/store/passphrase-envelope';
import { readMapDocument } from '../../../../shared/domain/migrations';
import type { ForgetPreview, ForgetReport, MapState } from '../../../../shared/ipc/contract';
import { lindenhofCommands } from '../../../support/lindenhof-fixture';
import { storeCaller, tickingClock, useDataDir } from './store-fixtures';

/** Every file under a folder, recursively. */
function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? allFiles(full) : [full];
  });
}

/** The files whose bytes contain the text (any letter case). */
function filesMentioning(dir: string, text: string): string[] {
  const needle = text.toLowerCase();
  return allFiles(dir).filter((f) => fs.readFileSync(f, 'utf8').toLowerCase().includes(needle));
}

describe('Verwijder persoon: a resident who asks to be forgotten leaves no trace in the data folder', () => {
  const data = useDataDir();

  function setup() {
    const store = data.open({ now: tickingClock() });
    return { store, call: storeCaller(store, data.dir()) };
  }

  async function lindenhofWithHistory() {
    const { store, call } = setup();
    const { id } = await call<{ id: string }>('maps.create', { name: 'Lindenhof' });
    await call('map.apply', { id, command: { type: 'batch', commands: lindenhofCommands() } satisfies Command });
    const state = await call<MapState>('map.open', { id });
    const henk = state.doc.actors.find((a) => a.name === 'Henk de Vries');
    const fatima = state.doc.actors.find((a) => a.name === 'Fatima El Amrani');
    if (!henk || !fatima) throw new Error('fixture lacks Henk or Fatima');
    store.flush();
    await call('snapshots.create', { mapId: id, name: 'Start met Henk de Vries', date: '2026-01-10', note: 'Henk de Vries was er bij' });
    const edits: Command[] = [
      { type: 'actor.update', id: fatima.id, patch: { note: 'Werkt samen met Henk de Vries aan de buurtapp' } },
      {
        type: 'meeting.add',
        meeting: { id: 'm1', title: 'Overleg met Henk de Vries', date: '2026-02-01', place: 'De Schakel', goal: 'Plein', participants: [henk.id, fatima.id], forceFieldId: null, notes: 'henk de vries wil een bankje' },
      },
      { type: 'contact.add', contact: { id: 'c1', actorId: henk.id, date: '2026-02-02', kind: 'telefoon', text: 'Belde over zijn buurman', followUp: 'terugbellen', dueDate: '', done: false } },
      { type: 'contact.add', contact: { id: 'c2', actorId: fatima.id, date: '2026-02-03', kind: 'bezoek', text: 'Sprak over Henk de Vries', followUp: '', dueDate: '', done: false } },
      { type: 'forcefield.add', forceField: { id: 'f1', question: 'Komt er een speeltuin?', date: '2026-02-04', role: null, position: null, entries: [] } },
      { type: 'forcefield.entry.set', forceFieldId: 'f1', entry: { actorId: henk.id, stance: 1, influence: 3, interest: 4, note: 'wil graag' } },
    ];
    for (const command of edits) {
      await call('map.apply', { id, command });
      store.flush();
    }
    await call('snapshots.create', { mapId: id, name: 'Februari', date: '2026-02-10', note: '' });
    // Renamed later: the older spelling stays in backups and snapshots and must go too.
    await call('map.apply', { id, command: { type: 'actor.update', id: henk.id, patch: { name: 'H. de Vries' } } });
    store.flush();
    // An edit that is only in the journal (the save has not run yet).
    await call('map.apply', { id, command: { type: 'actor.update', id: henk.id, patch: { note: 'Voorzitter bewonerscommissie, oud-buschauffeur, belt vaak' } } });
    // A damaged copy that was moved aside earlier.
    fs.mkdirSync(path.join(data.dir(), 'beschadigd'), { recursive: true });
    fs.writeFileSync(path.join(data.dir(), 'beschadigd', `${id}-2026-01-01T00-00-00.000Z.json`), '{"actors":[{"name":"Henk de Vries"');
    return { store, call, id, henk, fatima };
  }

  it('lists what will be removed and rewritten before anything happens', async () => {
    const { call, id, henk } = await lindenhofWithHistory();
    const preview = await call<ForgetPreview>('map.forgetPreview', { id, actorId: henk.id });
    expect(preview).toMatchObject({ name: 'H. de Vries', forceFieldEntries: 1, meetings: 1, contacts: 1, snapshots: 2, damaged: 1, journal: true });
    expect(preview.relations).toBeGreaterThan(0);
    expect(preview.backups).toBeGreaterThan(3);
    expect(filesMentioning(data.dir(), 'Henk de Vries').length).toBeGreaterThan(3);
  });

  it('removes name and notes from the map, force fields, meetings, contacts, snapshots, backups and journal', async () => {
    const { store, call, id, henk, fatima } = await lindenhofWithHistory();
    const { state, report } = await call<{ state: MapState; report: ForgetReport }>('map.forgetPerson', { id, actorId: henk.id });
    expect(report).toMatchObject({ forceFieldEntries: 1, meetings: 1, contacts: 1, failed: [] });
    expect(report.filesRewritten).toBeGreaterThan(3);
    expect(state.canUndo).toBe(false);
    expect(state.doc.actors.some((a) => a.id === henk.id)).toBe(false);
    expect(state.doc.actors.find((a) => a.id === fatima.id)?.note).toBe('Werkt samen met [verwijderd] aan de buurtapp');
    expect(state.doc.meetings[0]?.participants).toEqual([fatima.id]);
    expect(state.doc.contacts.map((c) => c.id)).toEqual(['c2']);
    await expect(call('map.undo', { id })).rejects.toMatchObject({ code: 'nothing-to-undo' });
    store.close();

    for (const text of ['Henk de Vries', 'H. de Vries', 'oud-buschauffeur', 'Belde over zijn buurman']) {
      expect(filesMentioning(data.dir(), text), text).toEqual([]);
    }
    // The other residents are still there, in the map and in every snapshot.
    expect(filesMentioning(data.dir(), 'Fatima El Amrani').length).toBeGreaterThan(3);
    const reopened = setup();
    const doc = (await reopened.call<MapState>('map.open', { id })).doc;
    expect(doc.actors).toHaveLength(state.doc.actors.length);
    const { snapshots, damaged } = await reopened.call<{ snapshots: { id: string; name: string }[]; damaged: unknown[] }>('snapshots.list', { mapId: id });
    expect(damaged).toEqual([]);
    expect(snapshots.map((s) => s.name)).toEqual(['Start met [verwijderd]', 'Februari']);
    for (const file of allFiles(path.join(data.dir(), 'backups', id))) {
      expect(readMapDocument(JSON.parse(fs.readFileSync(file, 'utf8'))).ok, file).toBe(true);
    }
  });

  it('also removes his phone, e-mail, website and address from the map, every snapshot, backup and damaged copy', async () => {
    const { store, call, id, henk, fatima } = await lindenhofWithHistory();
    const contact = { phone: '06-48271953', email: 'henk.devries@voorbeeld.nl', website: 'henkfietst.nl', streetAddress: 'Lindenlaan 17', postcode: '3524 KX', town: 'Oud-Lindenhof' };
    await call('map.apply', { id, command: { type: 'actor.update', id: henk.id, patch: contact } });
    store.flush();
    await call('map.apply', { id, command: { type: 'actor.update', id: fatima.id, patch: { note: 'Henk is bereikbaar op 06-48271953, Lindenlaan 17' } } });
    store.flush();
    await call('snapshots.create', { mapId: id, name: 'Met adressen', date: '2026-03-01', note: '' });
    fs.writeFileSync(path.join(data.dir(), 'beschadigd', `${id}-2026-03-02T00-00-00.000Z.json`), '{"actors":[{"email":"henk.devries@voorbeeld.nl"');
    for (const text of Object.values(contact)) expect(filesMentioning(data.dir(), text).length, text).toBeGreaterThan(0);
    const { state } = await call<{ state: MapState }>('map.forgetPerson', { id, actorId: henk.id });
    store.close();
    expect(state.doc.actors.find((a) => a.id === fatima.id)?.note).toBe('Henk is bereikbaar op [verwijderd], [verwijderd]');
    for (const text of ['06-48271953', 'henk.devries@voorbeeld.nl', 'henkfietst.nl', 'Lindenlaan 17', '3524 KX', 'Oud-Lindenhof']) {
      expect(filesMentioning(data.dir(), text), text).toEqual([]);
    }
  });

  it('refuses an actor that is not a natural person, and changes nothing', async () => {
    const { call, id } = await lindenhofWithHistory();
    const before = await call<MapState>('map.open', { id });
    const organisation = before.doc.actors.find((a) => !a.isPerson);
    await expect(call('map.forgetPerson', { id, actorId: organisation?.id })).rejects.toThrow(/geen natuurlijk persoon/);
    expect((await call<MapState>('map.open', { id })).revision).toBe(before.revision);
  });

  it('also forgets a person in a map protected with a passphrase, and keeps every file sealed', async () => {
    const { store, call, id, henk } = await lindenhofWithHistory();
    const passphrase = 'lindenhof blijft open';
    await call('map.setPassphrase', { id, passphrase });
    store.flush();
    await call('map.forgetPerson', { id, actorId: henk.id });
    store.close();

    /** Every file's text as the owner of the passphrase can read it. */
    const readable = (file: string): string => {
      const text = fs.readFileSync(file, 'utf8');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return text;
      }
      if (!isSealed(value)) return text;
      const sealed = sealedFileSchema.parse(value);
      return unseal(sealed, keyFor(sealed, passphrase));
    };
    const mapFile = path.join(data.dir(), 'maps', `${id}.json`);
    expect(isSealed(JSON.parse(fs.readFileSync(mapFile, 'utf8')))).toBe(true);
    for (const file of [...allFiles(path.join(data.dir(), 'backups', id)), ...allFiles(path.join(data.dir(), 'snapshots', id))]) {
      expect(isSealed(JSON.parse(fs.readFileSync(file, 'utf8'))), file).toBe(true);
    }
    for (const file of allFiles(data.dir())) {
      const text = readable(file).toLowerCase();
      for (const name of ['henk de vries', 'h. de vries', 'oud-buschauffeur']) expect(text.includes(name), `${name} in ${file}`).toBe(false);
    }
    expect(readable(mapFile)).toContain('Fatima El Amrani');
  });
});
