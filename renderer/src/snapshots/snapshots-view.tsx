import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../shared/analysis/options';
import { restoreCommand } from '../../../shared/commands/restore';
import type { MapDocument } from '../../../shared/domain/map-document';
import type { SnapshotInfo } from '../../../shared/domain/snapshot';
import '../analysis/analysis.css';
import type { AnalysisRequest } from '../analysis/analysis-task';
import { setMapEmphasis } from '../analysis/emphasis-store';
import { TaskProgress } from '../analysis/task-progress';
import { useAnalysisTask } from '../analysis/use-analysis-task';
import { useApi } from '../app/use-api';
import { useToast } from '../feedback/toast-context';
import type { MapViewProps } from '../map/map-views';
import { diffEmphasis } from './diff-emphasis';
import { ImpactSummary } from './impact-summary';
import './snapshots.css';
import { SnapshotForm } from './snapshot-form';
import { SnapshotViewer } from './snapshot-viewer';
import { useSnapshots } from './use-snapshots';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { ownOrganisation, rememberOwnOrganisation } from '../own/own-organisation';
import { ActorOptions, sortByName, useOptionsReach } from '../ui/actor-options';

const NOW = 'nu';


interface Comparison {
  readonly request: AnalysisRequest;
  readonly before: MapDocument;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly withNow: boolean;
  readonly ownId: string;
}

/** How a snapshot is named in lists: its name and date. */
function snapshotLabel(info: SnapshotInfo): string {
  return `${info.name} (${info.date})`;
}

/** The snapshots as options of a select, oldest first. */
function SnapshotOptions({ snapshots }: { readonly snapshots: readonly SnapshotInfo[] }) {
  return (
    <>
      {snapshots.map((s) => (
        <option key={s.id} value={s.id}>
          {snapshotLabel(s)}
        </option>
      ))}
    </>
  );
}

/** The "Momentopnamen" tab (VINDEN): take snapshots, a timeline, view read-only, restore, compare. */
export function SnapshotsView({ doc, controller, showOnMap }: MapViewProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const toast = useToast();
  const list = useSnapshots(doc.id);
  const [viewer, setViewer] = useState<{ info: SnapshotInfo; doc: MapDocument } | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(NOW);
  const [ownId, setOwnId] = useState(() => ownOrganisation(doc.id, doc.actors));
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [toDelete, setToDelete] = useState<SnapshotInfo | null>(null);
  const actorsByName = useMemo(() => sortByName(doc.actors, i18n.language), [doc.actors, i18n.language]);
  const ownReach = useOptionsReach(actorsByName.length);
  const task = useAnalysisTask(comparison?.request ?? null);
  const fromId = from || list.snapshots[0]?.id || '';

  const load = async (snapshotId: string) => {
    const result = await api.snapshots.get({ mapId: doc.id, snapshotId });
    if (!result.ok) toast.error(t('snapshots.timeline.loadFailed'), result.error);
    return result.ok ? result.value : null;
  };
  const compare = async (fromSnapshot: string, toSnapshot: string) => {
    const before = await load(fromSnapshot);
    const after = toSnapshot === NOW ? { info: null, doc } : await load(toSnapshot);
    if (!before || !after) return;
    setViewer(null);
    setComparison({
      request: { kind: 'diff', before: before.doc, after: after.doc, options: DEFAULT_ANALYSIS_OPTIONS, own: ownId ? [ownId] : [] },
      before: before.doc,
      fromLabel: snapshotLabel(before.info),
      toLabel: after.info ? snapshotLabel(after.info) : t('snapshots.compare.nowShort'),
      withNow: toSnapshot === NOW,
      ownId,
    });
  };
  const restore = async (snapshotId: string) => {
    const snap = await load(snapshotId);
    if (!snap) return;
    if (await controller.run(restoreCommand(snap.doc))) toast.info(t('snapshots.timeline.restored', { name: snap.info.name }));
  };

  const remove = async (info: SnapshotInfo) => {
    setToDelete(null);
    const result = await api.snapshots.delete({ mapId: doc.id, snapshotId: info.id });
    if (!result.ok) {
      toast.error(t('snapshots.timeline.deleteFailed'), result.error);
      return;
    }
    if (viewer?.info.id === info.id) setViewer(null);
    if (from === info.id) setFrom('');
    if (to === info.id) setTo(NOW);
    toast.info(t('snapshots.timeline.deleted', { name: info.name }));
    await list.reload();
  };

  const diff = task.state.status === 'done' && task.state.result.kind === 'diff' ? task.state.result.diff : null;
  const ownName = useMemo(() => {
    if (!comparison?.ownId) return null;
    const find = (d: MapDocument) => d.actors.find((a) => a.id === comparison.ownId)?.name;
    return find(doc) ?? find(comparison.before) ?? null;
  }, [comparison, doc]);

  return (
    <div className="snapshots-view" data-testid="snapshots-view">
      <header className="view-header">
        <h2>{t('snapshots.heading')}</h2>
        <p className="why">{t('snapshots.intro')}</p>
      </header>
      <SnapshotForm mapId={doc.id} onMade={() => void list.reload()} />

      <section aria-labelledby="timeline-heading">
        <h3 id="timeline-heading">{t('snapshots.timeline.heading')}</h3>
        {list.error ? <p role="alert">{t('snapshots.timeline.loadFailed')}</p> : null}
        {list.damaged.map((d) => (
          <p key={d.file} role="alert" className="damaged">
            {t('snapshots.timeline.damaged', { reason: d.reason })}
          </p>
        ))}
        {list.snapshots.length === 0 ? <p className="empty-state">{t('snapshots.timeline.empty')}</p> : null}
        <ol className="timeline" data-testid="timeline">
          {list.snapshots.map((s) => (
            <li key={s.id}>
              <time dateTime={s.date}>{s.date}</time> <strong>{s.name}</strong>
              <span className="why"> · {t('snapshots.timeline.counts', { actors: s.actorCount, relations: s.relationCount })}</span>
              {s.note ? <span className="timeline-note">{s.note}</span> : null}
              <span className="timeline-actions">
                <button
                  type="button"
                  aria-label={t('snapshots.timeline.openLabel', { name: s.name })}
                  onClick={() => void load(s.id).then((v) => v && (setComparison(null), setViewer(v)))}
                >
                  {t('snapshots.timeline.open')}
                </button>
                <button type="button" aria-label={t('snapshots.timeline.compareNowLabel', { name: s.name })} onClick={() => void compare(s.id, NOW)}>
                  {t('snapshots.timeline.compareNow')}
                </button>
                <button type="button" aria-label={t('snapshots.timeline.restoreLabel', { name: s.name })} onClick={() => void restore(s.id)}>
                  {t('snapshots.timeline.restore')}
                </button>
                <button type="button" className="button-danger-quiet" aria-label={t('snapshots.timeline.deleteLabel', { name: s.name })} onClick={() => setToDelete(s)}>
                  {t('snapshots.timeline.delete')}
                </button>
              </span>
            </li>
          ))}
        </ol>
      </section>

      {list.snapshots.length > 0 ? (
        <fieldset className="compare-form">
          <legend>{t('snapshots.compare.legend')}</legend>
          <label>
            {t('snapshots.compare.from')}{' '}
            <select value={fromId} onChange={(e) => setFrom(e.target.value)}>
              <SnapshotOptions snapshots={list.snapshots} />
            </select>
          </label>
          <label>
            {t('snapshots.compare.to')}{' '}
            <select value={to} onChange={(e) => setTo(e.target.value)}>
              <option value={NOW}>{t('snapshots.compare.now')}</option>
              <SnapshotOptions snapshots={list.snapshots} />
            </select>
          </label>
          <label>
            {t('snapshots.compare.own')}{' '}
            <select value={ownId} onChange={(e) => {
              setOwnId(e.target.value);
              rememberOwnOrganisation(doc.id, e.target.value);
            }} onFocus={ownReach.onFocus} onPointerDown={ownReach.onPointerDown}>
              <option value="">{t('snapshots.compare.ownNone')}</option>
              <ActorOptions actors={actorsByName} chosen={ownId} all={ownReach.reached} />
            </select>
          </label>
          <button type="button" onClick={() => void compare(fromId, to)}>
            {t('snapshots.compare.submit')}
          </button>
        </fieldset>
      ) : null}

      {toDelete ? (
        <ConfirmDialog
          title={t('snapshots.timeline.deleteTitle', { name: toDelete.name })}
          body={t('snapshots.timeline.deleteBody', { date: toDelete.date })}
          confirmLabel={t('snapshots.timeline.deleteConfirm')}
          cancelLabel={t('snapshots.timeline.deleteCancel')}
          onConfirm={() => void remove(toDelete)}
          onCancel={() => setToDelete(null)}
        />
      ) : null}
      {viewer ? (
        <SnapshotViewer
          info={viewer.info}
          doc={viewer.doc}
          onClose={() => setViewer(null)}
          onRestore={() => void restore(viewer.info.id)}
          onCompare={() => void compare(viewer.info.id, NOW)}
        />
      ) : null}
      {comparison ? <TaskProgress state={task.state} onCancel={task.cancel} onRestart={() => setComparison({ ...comparison })} /> : null}
      {comparison && diff ? (
        <ImpactSummary
          diff={diff}
          mapName={doc.name}
          fromLabel={comparison.fromLabel}
          toLabel={comparison.toLabel}
          ownName={ownName}
          onClose={() => setComparison(null)}
          onShowOnMap={
            comparison.withNow
              ? () => {
                  const layer = diffEmphasis(diff, comparison.before, t('snapshots.impact.mapLabel', { from: comparison.fromLabel }), (name) =>
                    t('snapshots.impact.ghost', { name }),
                  );
                  setMapEmphasis(doc.id, layer);
                  showOnMap([]);
                }
              : undefined
          }
        />
      ) : null}
    </div>
  );
}
