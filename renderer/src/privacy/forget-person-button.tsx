import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/map-document';
import type { ForgetPreview } from '../../../shared/ipc/contract';
import { useApi } from '../app/use-api';
import { useToast } from '../feedback/toast-context';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { historyItems, mapItems } from './forget-items';

/** Props: the map, the natural person, and what to do once they are forgotten. */
export interface ForgetPersonButtonProps {
  readonly mapId: string;
  readonly actor: Actor;
  readonly onForgotten: () => void;
}

type Step = { readonly step: 'closed' } | { readonly step: 'map' | 'history'; readonly preview: ForgetPreview };

/**
 * "Verwijder persoon (AVG)": two confirmations — first what leaves the map, then which history
 * files will be rewritten and that this cannot be undone — then `map.forgetPerson`.
 */
export function ForgetPersonButton({ mapId, actor, onForgotten }: ForgetPersonButtonProps) {
  const { t } = useTranslation();
  const api = useApi();
  const toast = useToast();
  const [state, setState] = useState<Step>({ step: 'closed' });
  const [busy, setBusy] = useState(false);

  const start = async () => {
    const result = await api.map.forgetPreview({ id: mapId, actorId: actor.id });
    if (!result.ok) {
      toast.error(t('privacy.failed'), result.error);
      return;
    }
    setState({ step: 'map', preview: result.value });
  };

  const forget = async () => {
    setBusy(true);
    const result = await api.map.forgetPerson({ id: mapId, actorId: actor.id });
    setBusy(false);
    setState({ step: 'closed' });
    if (!result.ok) {
      toast.error(t('privacy.failed'), result.error);
      return;
    }
    const { report } = result.value;
    if (report.failed.length > 0) {
      toast.error(t('privacy.partly', { files: report.failed.join(', ') }));
    } else {
      toast.info(t('privacy.done', { name: actor.name, rewritten: report.filesRewritten, removed: report.filesRemoved }));
    }
    onForgotten();
  };

  return (
    <div className="forget-person">
      <button type="button" className="button-danger" disabled={busy} onClick={() => void start()}>
        {t('privacy.button')}
      </button>
      <p className="hint">{t('privacy.hint')}</p>
      {state.step === 'map' ? (
        <ConfirmDialog
          title={t('privacy.mapTitle', { name: state.preview.name })}
          body={t('privacy.mapBody', { name: state.preview.name })}
          items={mapItems(state.preview, t)}
          confirmLabel={t('privacy.next')}
          cancelLabel={t('privacy.cancel')}
          onConfirm={() => setState({ step: 'history', preview: state.preview })}
          onCancel={() => setState({ step: 'closed' })}
        />
      ) : null}
      {state.step === 'history' ? (
        <ConfirmDialog
          title={t('privacy.historyTitle')}
          body={t('privacy.historyBody', { name: state.preview.name })}
          items={historyItems(state.preview, t)}
          confirmLabel={t('privacy.confirm')}
          cancelLabel={t('privacy.cancel')}
          onConfirm={() => void forget()}
          onCancel={() => setState({ step: 'closed' })}
        />
      ) : null}
    </div>
  );
}
