import { useTranslation } from 'react-i18next';
import type { BalanceFigures, ForceFieldDiff } from '../../../shared/analysis/force-field-diff';

const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** Per force field in both moments: who moved (stance from → to) and the balance before and after. */
export function StanceChanges({ fields }: { readonly fields: readonly ForceFieldDiff[] }) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  const stance = (s: number | null) => t(`forcefield.stance.${s === null ? 'unknown' : String(s)}`);
  const balance = (b: BalanceFigures) => t('snapshots.stances.balance', { for: b.for, against: b.against, net: signed(b.net) });
  return (
    <section className="impact-stances" aria-labelledby="impact-stances-heading">
      <h4 id="impact-stances-heading">{t('snapshots.stances.heading')}</h4>
      {fields.map((f) => (
        <div key={f.id} className="impact-stance-field" data-testid="impact-force-field">
          <h5>{f.question}</h5>
          <p data-testid="impact-balance">
            <strong>{t('snapshots.stances.balanceLabel')}:</strong> {balance(f.balance.before)} → {balance(f.balance.after)}{' '}
            <span className={f.balance.netChange === 0 ? undefined : 'impact-net-change'}>
              ({t('snapshots.stances.netChange', { change: signed(f.balance.netChange) })})
            </span>
          </p>
          {f.moved.length === 0 ? (
            <p className="why">{t('snapshots.stances.noneMoved')}</p>
          ) : (
            <table className="diff-table" data-testid="impact-moved">
              <caption>{t('snapshots.stances.moved', { count: f.moved.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('snapshots.stances.actor')}</th>
                  <th scope="col">{t('snapshots.impact.before')}</th>
                  <th scope="col">{t('snapshots.impact.after')}</th>
                </tr>
              </thead>
              <tbody>
                {f.moved.map((m) => (
                  <tr key={m.actorId}>
                    <th scope="row">{m.name}</th>
                    <td>{stance(m.from)}</td>
                    <td>{stance(m.to)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {f.added.length > 0 ? (
            <p>
              <strong>{t('snapshots.stances.added')}:</strong> {f.added.map((e) => `${e.name} (${stance(e.stance)})`).join(', ')}
            </p>
          ) : null}
          {f.removed.length > 0 ? (
            <p>
              <strong>{t('snapshots.stances.removed')}:</strong> {f.removed.map((e) => `${e.name} (${stance(e.stance)})`).join(', ')}
            </p>
          ) : null}
          {f.changed.length > 0 ? (
            <p>
              <strong>{t('snapshots.stances.changed')}:</strong>{' '}
              {f.changed
                .map((c) => `${c.name} (${c.changes.map((x) => `${t(`snapshots.stances.field.${x.field}`)} ${x.from} → ${x.to}`).join(', ')})`)
                .join('; ')}
            </p>
          ) : null}
        </div>
      ))}
    </section>
  );
}
