import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSummary } from '../../../shared/domain/map-document';
import { LockIcon } from '../protect/lock-icon';
import { NameForm } from '../ui/name-form';
import { formatChanged } from './format-date';

/** Props of one map in the list, with its actions. */
export interface MapCardProps {
  readonly map: MapSummary;
  readonly onOpen: () => void;
  readonly onRename: (name: string) => Promise<boolean>;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
}

/** One map on the home screen: name, counts, last change, and Openen / Naam wijzigen / Dupliceren / Verwijderen. */
export function MapCard({ map, onOpen, onRename, onDuplicate, onDelete }: MapCardProps) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const nameId = useId();
  return (
    <li className="map-card" aria-labelledby={nameId}>
      <div className="map-card-main">
        <h2 id={nameId} className="map-card-name">
          {map.name}
        </h2>
        <p className="map-card-meta">
          {map.sealed ? (
            <span className="map-card-lock">
              <LockIcon /> 
              {map.locked ? t('protect.locked') : t('protect.sealed')}
            </span>
          ) : null}
          {map.locked ? (
            <span>{t('protect.lockedHint')}</span>
          ) : (
            <span>
              {t('count.actors', { count: map.actorCount })} · {t('count.relations', { count: map.relationCount })}
            </span>
          )}
          <span className="map-card-date">{t('home.changed', { date: formatChanged(map.updatedAt, i18n.language) })}</span>
        </p>
      </div>
      {renaming ? (
        <NameForm
          label={t('home.mapName')}
          initial={map.name}
          submitLabel={t('home.save')}
          cancelLabel={t('home.cancel')}
          requiredMessage={t('home.nameRequired')}
          onSubmit={async (name) => {
            const ok = await onRename(name);
            if (ok) setRenaming(false);
            return ok;
          }}
          onCancel={() => setRenaming(false)}
        />
      ) : (
        <div className="map-card-actions">
          <button type="button" className="button-primary" onClick={onOpen} aria-describedby={nameId}>
            {t('home.open')}
          </button>
          {map.locked ? null : (
            <>
              <button type="button" onClick={() => setRenaming(true)} aria-describedby={nameId}>
                {t('home.rename')}
              </button>
              <button type="button" onClick={onDuplicate} aria-describedby={nameId}>
                {t('home.duplicate')}
              </button>
            </>
          )}
          <button type="button" className="button-danger-quiet" onClick={onDelete} aria-describedby={nameId}>
            {t('home.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
