import { DemoButton } from '../demo/demo-button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSummary } from '../../../shared/domain/map-document';
import { useApi } from '../app/use-api';
import { useToast } from '../feedback/toast-context';
import { ImportWizard } from '../exchange/import-wizard';
import { UnlockDialog } from '../protect/unlock-dialog';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { NameForm } from '../ui/name-form';
import { MapCard } from './map-card';
import { useMapList } from './use-map-list';

/** Props of the home screen. */
export interface HomeScreenProps {
  readonly onOpen: (id: string) => void;
  /** Called once the list (or the reason it cannot be shown) has arrived. */
  readonly onLoaded: () => void;
}

/** "Mijn kaarten": the list of maps, a form for a new one, and rename / duplicate / delete per map. */
export function HomeScreen({ onOpen, onLoaded }: HomeScreenProps) {
  const { t } = useTranslation();
  const api = useApi();
  const toast = useToast();
  const list = useMapList(onLoaded);
  const [creating, setCreating] = useState(false);
  const [toDelete, setToDelete] = useState<MapSummary | null>(null);
  const [importing, setImporting] = useState(false);
  const [unlocking, setUnlocking] = useState<MapSummary | null>(null);

  const create = async (name: string) => {
    const result = await api.maps.create({ name });
    if (!result.ok) {
      toast.error(t('error.save'), result.error);
      return false;
    }
    onOpen(result.value.id);
    return true;
  };

  const rename = async (map: MapSummary, name: string) => {
    const result = await api.maps.rename({ id: map.id, name });
    if (!result.ok) {
      toast.error(t('error.save'), result.error);
      return false;
    }
    toast.info(t('home.renamed', { name: result.value.name }));
    await list.reload();
    return true;
  };

  const duplicate = async (map: MapSummary) => {
    const result = await api.maps.duplicate({ id: map.id, name: t('home.copyName', { name: map.name }) });
    if (!result.ok) {
      toast.error(t('error.save'), result.error);
      return;
    }
    toast.info(t('home.duplicated', { name: result.value.name }));
    await list.reload();
  };

  const confirmDelete = async (map: MapSummary) => {
    setToDelete(null);
    const result = await api.maps.delete({ id: map.id });
    if (!result.ok) {
      toast.error(t('error.save'), result.error);
      return;
    }
    toast.info(t('home.deleted', { name: map.name }));
    await list.reload();
  };

  return (
    <div className="home-screen">
      <div className="home-head">
        <div>
          <h1>{t('home.title')}</h1>
          <p className="hint">{t('home.intro')}</p>
        </div>
        <div className="home-actions">
          <button type="button" onClick={() => setImporting(true)}>
            {t('exchange.import')}
          </button>
          {!creating ? (
            <button type="button" className="button-primary" onClick={() => setCreating(true)}>
              {t('home.newMap')}
            </button>
          ) : null}
        </div>
      </div>
      {creating ? (
        <div className="card new-map">
          <NameForm
            label={t('home.mapName')}
            placeholder={t('home.mapNamePlaceholder')}
            submitLabel={t('home.create')}
            cancelLabel={t('home.cancel')}
            requiredMessage={t('home.nameRequired')}
            onSubmit={create}
            onCancel={() => setCreating(false)}
          />
        </div>
      ) : null}
      {list.error && !list.maps ? (
        <div className="message-box" role="alert">
          <p>{t('error.loadMaps')}</p>
          <button type="button" onClick={() => void list.reload()}>
            {t('home.retry')}
          </button>
        </div>
      ) : null}
      {list.maps === null && !list.error ? <p role="status">{t('home.loading')}</p> : null}
      {list.maps !== null && list.maps.length === 0 ? <p className="empty-state">{t('home.empty')}</p> : null}
      {list.maps !== null && list.maps.length === 0 ? <DemoButton onOpen={onOpen} /> : null}
      {list.maps !== null && list.maps.length > 0 ? (
        <ul className="map-list" aria-label={t('home.listLabel')}>
          {list.maps.map((map) => (
            <MapCard
              key={map.id}
              map={map}
              onOpen={() => (map.locked ? setUnlocking(map) : onOpen(map.id))}
              onRename={(name) => rename(map, name)}
              onDuplicate={() => void duplicate(map)}
              onDelete={() => setToDelete(map)}
            />
          ))}
        </ul>
      ) : null}
      {importing ? <ImportWizard target={null} onClose={() => setImporting(false)} onCreated={onOpen} /> : null}
      {unlocking ? (
        <UnlockDialog
          mapId={unlocking.id}
          name={unlocking.name}
          onCancel={() => setUnlocking(null)}
          onUnlocked={() => {
            setUnlocking(null);
            onOpen(unlocking.id);
          }}
        />
      ) : null}
      {toDelete ? (
        <ConfirmDialog
          title={t('home.deleteTitle')}
          body={t('home.deleteBody', { name: toDelete.name })}
          confirmLabel={t('home.delete')}
          cancelLabel={t('home.cancel')}
          onConfirm={() => void confirmDelete(toDelete)}
          onCancel={() => setToDelete(null)}
        />
      ) : null}
    </div>
  );
}
