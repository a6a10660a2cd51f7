import type { TFunction } from 'i18next';
import type { ForgetPreview } from '../../../shared/ipc/contract';

/** The lines of the first confirmation: what leaves the map itself. */
export function mapItems(p: ForgetPreview, t: TFunction): string[] {
  return [
    t('privacy.item.actor', { name: p.name }),
    t('privacy.item.relations', { count: p.relations }),
    t('privacy.item.forceFields', { count: p.forceFieldEntries }),
    t('privacy.item.meetings', { count: p.meetings }),
    t('privacy.item.contacts', { count: p.contacts }),
    t('privacy.item.mentions'),
  ];
}

/** The lines of the second confirmation: which files of the map's history are rewritten. */
export function historyItems(p: ForgetPreview, t: TFunction): string[] {
  return [
    t('privacy.item.snapshots', { count: p.snapshots }),
    t('privacy.item.backups', { count: p.backups }),
    ...(p.damaged > 0 ? [t('privacy.item.damaged', { count: p.damaged })] : []),
    ...(p.journal ? [t('privacy.item.journal')] : []),
    t('privacy.item.undo'),
  ];
}
