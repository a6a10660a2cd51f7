import { useTranslation } from 'react-i18next';
import type { ForceField } from '../../../shared/domain/force-field';
import type { MapDocument } from '../../../shared/domain/map-document';
import { adviceOf, type Engagement } from '../../../shared/forcefield/advice';
import { namedEntries } from '../../../shared/forcefield/balance';
import { StanceSwatch } from './stance-control';

/** The grid's cells as Mendelow draws them: influence up, interest to the right. */
const CELLS: readonly { readonly engagement: Engagement; readonly influence: 'high' | 'low'; readonly interest: 'high' | 'low' }[] = [
  { engagement: 'tevreden-houden', influence: 'high', interest: 'low' },
  { engagement: 'nauw-betrekken', influence: 'high', interest: 'high' },
  { engagement: 'volgen', influence: 'low', interest: 'low' },
  { engagement: 'informeren', influence: 'low', interest: 'high' },
];

/**
 * "Aanpak per actor": Mendelow's power–interest grid of the krachtenveld. Each cell says what to do,
 * and lists its actors, each with their stance and the advice for that stance. Plain HTML, so every
 * name is shown in full and wraps.
 */
export function EngagementGrid({ doc, field }: { readonly doc: Pick<MapDocument, 'actors'>; readonly field: ForceField }) {
  const { t } = useTranslation();
  const entries = namedEntries(doc, field).sort((a, b) => b.influence - a.influence || b.interest - a.interest || a.name.localeCompare(b.name, 'nl'));
  return (
    <section className="engagement-grid" aria-labelledby="engagement-grid-heading" data-testid="engagement-grid">
      <h3 id="engagement-grid-heading">{t('forcefield.engagementGrid.heading')}</h3>
      <p className="hint">{t('forcefield.engagementGrid.intro')}</p>
      <div className="engagement-cells">
        {CELLS.map((cell) => {
          const members = entries.filter((e) => adviceOf(e).engagement === cell.engagement);
          return (
            <section key={cell.engagement} className={`engagement-cell engagement-${cell.engagement}`} aria-label={t(`forcefield.engagements.${cell.engagement}.title`)} data-testid={`engagement-${cell.engagement}`}>
              <h4>{t(`forcefield.engagements.${cell.engagement}.title`)}</h4>
              <p className="engagement-axes">
                {t('forcefield.engagementGrid.influence')}: {t(`forcefield.engagementGrid.${cell.influence}`)} · {t('forcefield.engagementGrid.interest')}:{' '}
                {t(`forcefield.engagementGrid.${cell.interest}`)}
              </p>
              <p className="engagement-todo">{t(`forcefield.engagements.${cell.engagement}.todo`)}</p>
              {members.length === 0 ? (
                <p className="muted">{t('forcefield.engagementGrid.empty')}</p>
              ) : (
                <ul>
                  {members.map((m) => (
                    <li key={m.actorId}>
                      <StanceSwatch stance={m.stance} />
                      <span className="engagement-name">{m.name}</span>
                      <span className="engagement-advice">{t(`forcefield.advice.${adviceOf(m).key}`)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
