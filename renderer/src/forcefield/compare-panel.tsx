import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForceField } from '../../../shared/domain/force-field';
import type { MapDocument } from '../../../shared/domain/map-document';
import { compareForceFields } from '../../../shared/forcefield/compare';

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** Compares the chosen force field with another one (e.g. an earlier moment): who moved, how the balance changed. */
export function ComparePanel({ doc, field }: { readonly doc: MapDocument; readonly field: ForceField }) {
  const { t } = useTranslation();
  const selectId = useId();
  const others = doc.forceFields.filter((f) => f.id !== field.id);
  const [otherId, setOtherId] = useState(others[0]?.id ?? '');
  const other = others.find((f) => f.id === otherId) ?? others[0];
  const cmp = other ? compareForceFields(doc, other, field) : null;
  if (!other || !cmp) return <p className="ff-empty">{t('forcefield.compare.needTwo')}</p>;
  const stance = (s: number | null | undefined): string => (s === null || s === undefined ? '?' : signed(s));
  return (
    <div className="ff-compare">
      <div className="field">
        <label htmlFor={selectId}>{t('forcefield.compare.with')}</label>
        <select id={selectId} value={other.id} onChange={(e) => setOtherId(e.target.value)}>
          {others.map((f) => (
            <option key={f.id} value={f.id}>
              {f.date ? `${f.question} (${f.date})` : f.question}
            </option>
          ))}
        </select>
      </div>
      <p className="ff-compare-balance" data-testid="compare-balance">
        {t('forcefield.compare.balance', {
          beforeFor: cmp.before.totalFor,
          beforeAgainst: cmp.before.totalAgainst,
          afterFor: cmp.after.totalFor,
          afterAgainst: cmp.after.totalAgainst,
          change: signed(cmp.netChange),
        })}
      </p>
      {cmp.changes.length === 0 ? (
        <p>{t('forcefield.compare.noChanges')}</p>
      ) : (
        <table className="ff-table">
          <caption className="visually-hidden">{t('forcefield.compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('forcefield.table.actor')}</th>
              <th scope="col">{t('forcefield.compare.change')}</th>
              <th scope="col">{t('forcefield.compare.stance')}</th>
              <th scope="col">{t('forcefield.compare.influence')}</th>
              <th scope="col">{t('forcefield.compare.force')}</th>
            </tr>
          </thead>
          <tbody>
            {cmp.changes.map((c) => (
              <tr key={c.actorId} data-testid={`compare-row-${c.name}`}>
                <th scope="row">{c.name}</th>
                <td>{t(`forcefield.compare.kinds.${c.change}`)}</td>
                <td>{`${stance(c.before?.stance)} → ${stance(c.after?.stance)}`}</td>
                <td>{`${c.before?.influence ?? '–'} → ${c.after?.influence ?? '–'}`}</td>
                <td>{`${c.before ? signed(Math.sign(c.before.stance ?? 0) * c.before.force) : '–'} → ${c.after ? signed(Math.sign(c.after.stance ?? 0) * c.after.force) : '–'}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
