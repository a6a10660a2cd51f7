import type { TFunction } from 'i18next';
import type { ForgetPreview } from '../../../shared/ipc/contract';

/** The lines of the first confirmation: what leaves the map itself. */
export function mapItems(p: ForgetPreview, t: TFunction): string[] {
  const counted: [string, number][] = [
    ['privacy.item.relations', p.relations],
    ['privacy.item.forceFields', p.forceFieldEntries],
    ['privacy.item.meetings', p.meetings],
    ['privacy.item.contacts', p.contacts],
  ];
  return [
    t('privacy.item.actor', { name: p.name }),
    ...counted.filter(([, count]) => count > 0).map(([key, count]) => t(key, { count })),
    t('privacy.item.mentions'),
  ];
}

/** The lines of the second confirmation: which files of the map's history are rewritten. */
export function historyItems(p: ForgetPreview, t: TFunction): string[] {
  return [
    ...(p.snapshots > 0 ? [t('privacy.item.snapshots', { count: p.snapshots })] : []),
    ...(p.backups > 0 ? [t('privacy.item.backups', { count: p.backups })] : []),
    ...(p.damaged > 0 ? [t('privacy.item.damaged', { count: p.damaged })] : []),
    ...(p.journal ? [t('privacy.item.journal')] : []),
    t('privacy.item.undo'),
  ];
}
