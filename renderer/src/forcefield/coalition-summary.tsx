import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForceField } from '../../../shared/domain/force-field';
import type { MapDocument } from '../../../shared/domain/map-document';
import { coalitionOf } from '../../../shared/forcefield/coalition';

/** The coalition suggestion and the actors whose shift would change the balance most. */
export function CoalitionSummary({ doc, field }: { readonly doc: MapDocument; readonly field: ForceField }) {
  const { t } = useTranslation();
  const c = useMemo(() => coalitionOf(doc, field), [doc, field]);
  return (
    <section className="ff-target" aria-label={t('forcefield.coalition.title')} data-testid="coalition">
      <h3>{t('forcefield.coalition.title')}</h3>
      {c.members.length === 0 ? (
        <p>{t('forcefield.coalition.noSupporters')}</p>
      ) : (
        <p>
          {t(c.outweighs ? 'forcefield.coalition.outweighs' : 'forcefield.coalition.short', {
            members: c.members.map((m) => `${m.name} (${m.force})`).join(', '),
            force: c.memberForce,
            opposition: c.opposition,
          })}
        </p>
      )}
      {c.swings.length > 0 ? (
        <>
          <h4>{t('forcefield.coalition.swingsTitle')}</h4>
          <ol>
            {c.swings.slice(0, 5).map((s) => (
              <li key={s.actorId}>
                {t('forcefield.coalition.swing', { name: s.name, gain: s.gain })}
                {s.tipsBalance ? ` ${t('forcefield.coalition.tips')}` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p className="ff-muted">{t('forcefield.coalition.how')}</p>
    </section>
  );
}
