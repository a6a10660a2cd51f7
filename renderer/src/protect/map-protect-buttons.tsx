import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../app/use-api';
import { useToast } from '../feedback/toast-context';
import { LockIcon } from './lock-icon';
import { ProtectDialog } from './protect-dialog';
import { UnlockDialog } from './unlock-dialog';
import './protect.css';

/** Props of the passphrase buttons in the map bar. */
export interface MapProtectButtonsProps {
  readonly mapId: string;
  readonly name: string;
  /** Called after the map was locked (the map screen then goes back to the list). */
  readonly onLocked: () => void;
}

/** Whether the map is sealed, from the list of maps (kept fresh by `maps.changed`). */
function useSealed(mapId: string): [boolean | null, (sealed: boolean) => void] {
  const api = useApi();
  const [sealed, setSealed] = useState<boolean | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      api.maps.list({}).then((result) => {
        if (alive && result.ok) setSealed(result.value.some((m) => m.id === mapId && m.sealed === true));
      });
    void load();
    const off = api.on('maps.changed', () => void load());
    return () => {
      alive = false;
      off();
    };
  }, [api, mapId]);
  return [sealed, setSealed];
}

/** "Beveilig met wachtwoord" for a plain map; "Vergrendel" (lock now) and "Wachtwoord verwijderen" for a sealed one. */
export function MapProtectButtons({ mapId, name, onLocked }: MapProtectButtonsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const toast = useToast();
  const [sealed, setSealed] = useSealed(mapId);
  const [asking, setAsking] = useState(false);
  const [removing, setRemoving] = useState(false);

  const lock = async () => {
    const result = await api.map.lock({ id: mapId });
    if (!result.ok) return toast.error(t('protect.lock'), result.error);
    toast.info(t('protect.lockedDone', { name }));
    onLocked();
  };

  if (sealed === null) return null;
  return (
    <div className="protect-buttons" role="group" aria-label={t('protect.sealed')}>
      {sealed ? (
        <>
          <span className="protect-badge">
            <LockIcon /> 
            {t('protect.sealed')}
          </span>
          <button type="button" onClick={() => void lock()}>
            {t('protect.lock')}
          </button>
          <button type="button" className="button-quiet" onClick={() => setRemoving(true)}>
            {t('protect.remove')}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          {t('protect.protect')}
        </button>
      )}
      {removing ? (
        <UnlockDialog
          mapId={mapId}
          name={name}
          purpose={{
            title: t('protect.removeTitle'),
            intro: t('protect.removeIntro'),
            submitLabel: t('protect.remove'),
            send: (passphrase) => api.map.removePassphrase({ id: mapId, passphrase }),
          }}
          onCancel={() => setRemoving(false)}
          onUnlocked={() => {
            setRemoving(false);
            setSealed(false);
            toast.info(t('protect.removed'));
          }}
        />
      ) : null}
      {asking ? (
        <ProtectDialog
          mapId={mapId}
          onCancel={() => setAsking(false)}
          onDone={(rewritten) => {
            setAsking(false);
            setSealed(true);
            toast.info(t('protect.done', rewritten));
          }}
        />
      ) : null}
    </div>
  );
}
