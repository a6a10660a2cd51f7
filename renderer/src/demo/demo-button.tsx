import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WINDOW_CLIENT_ID as clientId } from '../api/client-id';
import { useApi } from '../app/use-api';
import { useToast } from '../feedback/toast-context';
import { demoCommand, DEMO_MAP_NAME } from './demo-map';

/** On the empty home screen: make and open "Voorbeeldwijk Lindenhof", to look around before mapping your own wijk. */
export function DemoButton({ onOpen }: { readonly onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    const created = await api.maps.create({ name: DEMO_MAP_NAME });
    const filled = created.ok ? await api.map.apply({ id: created.value.id, clientId, command: demoCommand() }) : created;
    setBusy(false);
    if (!filled.ok) {
      toast.error(t('demo.failed'), filled.error);
      return;
    }
    if (created.ok) onOpen(created.value.id);
  };
  return (
    <div className="demo-offer">
      <p className="hint">{t('demo.intro')}</p>
      <button type="button" onClick={() => void open()} disabled={busy}>
        {t('demo.open')}
      </button>
    </div>
  );
}
