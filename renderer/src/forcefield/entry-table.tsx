import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createActor } from '../../../shared/domain/factories';
import type { ForceField, ForceFieldEntry } from '../../../shared/domain/force-field';
import type { MapDocument } from '../../../shared/domain/map-document';
import { forceOf } from '../../../shared/forcefield/balance';
import { AdviceCell } from './advice-cell';
import type { MapController } from '../map/use-map-state';
import { StanceSwatch } from './stance-control';

const STANCES = ['-2', '-1', '0', '1', '2', 'unknown'] as const;
const SCALE = [1, 2, 3, 4, 5] as const;

interface Props {
  readonly doc: MapDocument;
  readonly field: ForceField;
  readonly controller: MapController;
}

function NoteCell({ entry, name, onCommit }: { entry: ForceFieldEntry; name: string; onCommit: (note: string) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState(entry.note);
  return (
    <input
      type="text"
      value={note}
      aria-label={t('forcefield.table.noteFor', { name })}
      onChange={(e) => setNote(e.target.value)}
      onBlur={() => {
        if (note !== entry.note) onCommit(note);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && note !== entry.note) onCommit(note);
      }}
    />
  );
}

/** The fast table: pick actors from the map and set stance, influence, interest and a note. */
export function EntryTable({ doc, field, controller }: Props) {
  const { t } = useTranslation();
  const addId = useId();
  const newNameId = useId();
  const newKindId = useId();
  const [newName, setNewName] = useState('');
  const [newKind, setNewKind] = useState<'formeel' | 'informeel'>('formeel');
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  const inField = new Set(field.entries.map((e) => e.actorId));
  const candidates = doc.actors.filter((a) => !inField.has(a.id)).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const [pick, setPick] = useState('');
  const set = (entry: ForceFieldEntry): void => {
    void controller.run({ type: 'forcefield.entry.set', forceFieldId: field.id, entry });
  };
  const add = (actorId: string): void => {
    const actor = doc.actors.find((a) => a.id === actorId);
    if (!actor) return;
    set({ actorId, stance: null, influence: actor.influence, interest: 3, note: '' });
    setPick('');
  };
  const addAll = (): void => {
    const commands = candidates.map((a) => ({
      type: 'forcefield.entry.set' as const,
      forceFieldId: field.id,
      entry: { actorId: a.id, stance: null, influence: a.influence, interest: 3, note: '' },
    }));
    if (commands.length) void controller.run({ type: 'batch', commands });
  };
  const addNew = (): void => {
    const name = newName.trim();
    if (!name) return;
    const actor = createActor({ name, kind: newKind });
    void controller
      .run({
        type: 'batch',
        commands: [
          { type: 'actor.add', actor },
          { type: 'forcefield.entry.set', forceFieldId: field.id, entry: { actorId: actor.id, stance: null, influence: actor.influence, interest: 3, note: '' } },
        ],
      })
      .then((done) => {
        if (done) setNewName('');
      });
  };
  return (
    <div className="ff-table-wrap">
      <div className="ff-add">
        <label htmlFor={addId}>{t('forcefield.table.addActor')}</label>
        <select id={addId} value={pick} onChange={(e) => setPick(e.target.value)} disabled={candidates.length === 0}>
          <option value="">{candidates.length ? t('forcefield.table.pick') : t('forcefield.table.allIn')}</option>
          {candidates.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <button type="button" disabled={!pick} onClick={() => add(pick)}>
          {t('forcefield.table.add')}
        </button>
        <button type="button" className="button-quiet" disabled={candidates.length === 0} onClick={addAll}>
          {t('forcefield.table.addAll')}
        </button>
      </div>
      <form
        className="ff-new-actor"
        onSubmit={(e) => {
          e.preventDefault();
          addNew();
        }}
      >
        <label htmlFor={newNameId}>{t('forcefield.table.newActor')}</label>
        <input id={newNameId} type="text" value={newName} maxLength={200} onChange={(e) => setNewName(e.target.value)} />
        <label htmlFor={newKindId} className="visually-hidden">
          {t('forcefield.table.newKind')}
        </label>
        <select id={newKindId} value={newKind} onChange={(e) => setNewKind(e.target.value === 'informeel' ? 'informeel' : 'formeel')}>
          <option value="formeel">{t('kind.formeel')}</option>
          <option value="informeel">{t('kind.informeel')}</option>
        </select>
        <button type="submit" disabled={newName.trim() === ''}>
          {t('forcefield.table.addNew')}
        </button>
      </form>
      {field.entries.length === 0 ? (
        <p className="ff-empty">{t('forcefield.table.empty')}</p>
      ) : (
        <table className="ff-table">
          <caption className="visually-hidden">{t('forcefield.table.caption', { question: field.question })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('forcefield.table.actor')}</th>
              <th scope="col">{t('forcefield.table.stance')}</th>
              <th scope="col">{t('forcefield.table.influence')}</th>
              <th scope="col">{t('forcefield.table.interest')}</th>
              <th scope="col">{t('forcefield.table.force')}</th>
              <th scope="col">{t('forcefield.table.quadrant')}</th>
              <th scope="col">{t('forcefield.table.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('forcefield.table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {field.entries.map((e) => {
              const name = names.get(e.actorId);
              if (name === undefined) return null;
              return (
                <tr key={e.actorId} data-testid={`ff-row-${name}`}>
                  <th scope="row">{name}</th>
                  <td>
                    <span className="ff-stance-cell">
                      <StanceSwatch stance={e.stance} />
                      <select
                        aria-label={t('forcefield.table.stanceFor', { name })}
                        value={e.stance === null ? 'unknown' : String(e.stance)}
                        onChange={(ev) => set({ ...e, stance: ev.target.value === 'unknown' ? null : Number(ev.target.value) })}
                      >
                        {STANCES.map((s) => (
                          <option key={s} value={s}>
                            {t(`forcefield.stanceShort.${s}`)}
                          </option>
                        ))}
                      </select>
                    </span>
                  </td>
                  <td>
                    <ScaleSelect label={t('forcefield.table.influenceFor', { name })} value={e.influence} onChange={(influence) => set({ ...e, influence })} />
                  </td>
                  <td>
                    <ScaleSelect label={t('forcefield.table.interestFor', { name })} value={e.interest} onChange={(interest) => set({ ...e, interest })} />
                  </td>
                  <td className="ff-num">{forceOf(e)}</td>
                  <td className="ff-advice">
                    <AdviceCell entry={e} />
                  </td>
                  <td>
                    <NoteCell key={e.note} entry={e} name={name} onCommit={(note) => set({ ...e, note })} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button-quiet button-small"
                      aria-label={t('forcefield.table.removeFor', { name })}
                      onClick={() => void controller.run({ type: 'forcefield.entry.remove', forceFieldId: field.id, actorId: e.actorId })}
                    >
                      {t('forcefield.table.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** A 1–5 choice in a table cell (influence, interest), named for the actor it belongs to. */
function ScaleSelect({ label, value, onChange }: { readonly label: string; readonly value: number; readonly onChange: (value: number) => void }) {
  return (
    <select aria-label={label} value={value} onChange={(ev) => onChange(Number(ev.target.value))}>
      {SCALE.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}
