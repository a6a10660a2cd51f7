import { useTranslation } from 'react-i18next';
import type { MapAnalysis } from '../../../shared/analysis/analyse';
import { setMapEmphasis } from './emphasis-store';
import { groupEmphasis } from './group-emphasis';

/** Props of the group lists: the analysis and how to show ids on the map. */
export interface GroupsSectionProps {
  readonly mapId: string;
  readonly analysis: MapAnalysis;
  readonly onShow: (ids: readonly string[]) => void;
}

/** Islands, isolated actors, communities and informal groups, each with a way to the map. */
export function GroupsSection({ mapId, analysis: a, onShow }: GroupsSectionProps) {
  const { t } = useTranslation();
  const nameOf = new Map(a.actors.map((m) => [m.id, m.name]));
  const names = (ids: readonly string[]) => ids.map((id) => nameOf.get(id) ?? id).join(', ');
  const showButton = (ids: readonly string[], name: string) => (
    <button type="button" className="link-button" aria-label={t('analysis.groups.showGroupLabel', { name })} onClick={() => {
        setMapEmphasis(mapId, groupEmphasis(ids, name));
        onShow(ids);
      }}>
      {t('analysis.groups.showGroup')}
    </button>
  );
  return (
    <>
      <section aria-labelledby="islands-heading" data-testid="islands">
        <h3 id="islands-heading">{t('analysis.groups.islandsHeading')}</h3>
        <p className="why">{t('analysis.figures.islandsWhy')}</p>
        {a.islands.length === 0 ? <p>{t('analysis.groups.noIslands')}</p> : null}
        <ul className="group-list">
          {a.islands.map((island, i) => {
            const title = t('analysis.groups.island', { n: i + 1, count: island.length });
            return (
              <li key={island.join()}>
                <strong>{title}</strong>: {names(island)} {showButton(island, title)}
              </li>
            );
          })}
          {a.isolated.length > 0 ? (
            <li>
              <strong>{t('analysis.groups.isolatedList')}</strong>: {names(a.isolated)} {showButton(a.isolated, t('analysis.groups.isolatedList'))}
            </li>
          ) : null}
        </ul>
      </section>
      <section aria-labelledby="informal-heading" data-testid="informal-groups">
        <h3 id="informal-heading">{t('analysis.groups.informalHeading')}</h3>
        <p className="why">{t('analysis.groups.informalWhy')}</p>
        <details className="bridge-actors">
          <summary>
            {t('analysis.groups.bridgeActors', { count: a.bridges.actorIds.length, ties: a.bridges.relationIds.length })}
          </summary>
          <p>{names(a.bridges.actorIds)}</p>
        </details>
        <ul className="group-list">
          {a.bridges.informalGroups.map((g) => {
            const status =
              g.status === 'kwetsbaar'
                ? t('analysis.groups.status.kwetsbaar', { via: names(g.linkerIds) })
                : t(`analysis.groups.status.${g.status}`, { count: g.linkerIds.length });
            return (
              <li key={g.actorIds.join()} className={`reach reach-${g.status}`}>
                <strong>{status}</strong>
                <br />
                {t('analysis.groups.groupMembers')}: {names(g.actorIds)}
                {g.formalContactIds.length > 0 ? (
                  <>
                    <br />
                    {t('analysis.groups.reaches')}: {names(g.formalContactIds)}
                  </>
                ) : null}{' '}
                {showButton([...g.linkerIds, ...g.actorIds, ...g.formalContactIds], names(g.actorIds))}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="communities-heading" data-testid="communities">
        <h3 id="communities-heading">{t('analysis.groups.communitiesHeading')}</h3>
        <p className="why">
          {t('analysis.figures.communitiesWhy')} {t('analysis.groups.communitiesWhy')}
        </p>
        <ul className="group-list">
          {a.communities.map((c) => {
            const title = t('analysis.groups.community', { name: c.name, count: c.actorIds.length });
            return (
              <li key={c.id}>
                <strong>{title}</strong>: {names(c.actorIds)} {showButton([c.centralActorId, ...c.actorIds], title)}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
