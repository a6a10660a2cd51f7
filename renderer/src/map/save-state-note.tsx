import { useTranslation } from 'react-i18next';
import type { SaveState } from '../../../shared/ipc/contract';

/** "Opgeslagen" / "Opslaan…" / "Niet opgeslagen — Wijkweb probeert het opnieuw", next to the counts. */
export function SaveStateNote({ state }: { readonly state: SaveState }) {
  const { t } = useTranslation();
  return (
    <p className={`save-state save-state-${state}`} role="status" data-testid="save-state">
      {t(`autosave.${state}`)}
    </p>
  );
}
