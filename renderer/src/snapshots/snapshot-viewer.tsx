import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import type { SnapshotInfo } from '../../../shared/domain/snapshot';
import { toElements } from '../graph/elements';
import { GraphCanvas } from '../graph/graph-canvas';

/** Props of the read-only viewer: the snapshot and its frozen map. */
export interface SnapshotViewerProps {
  readonly info: SnapshotInfo;
  readonly doc: MapDocument;
  readonly onClose: () => void;
  readonly onRestore: () => void;
  readonly onCompare: () => void;
}

const ignore = () => undefined;

/** A snapshot opened read-only: its network on a canvas that sends no edits anywhere. */
export function SnapshotViewer({ info, doc, onClose, onRestore, onCompare }: SnapshotViewerProps) {
  const { t } = useTranslation();
  const elements = useMemo(() => toElements(doc), [doc]);
  return (
    <section className="snapshot-viewer" aria-labelledby="snapshot-viewer-heading" data-testid="snapshot-viewer">
      <div className="viewer-bar">
        <h3 id="snapshot-viewer-heading">{t('snapshots.viewer.heading', { name: info.name, date: info.date })}</h3>
        <span className="viewer-counts">{t('snapshots.timeline.counts', { actors: info.actorCount, relations: info.relationCount })}</span>
        <button type="button" onClick={onCompare}>
          {t('snapshots.timeline.compareNow')}
        </button>
        <button type="button" onClick={onRestore}>
          {t('snapshots.timeline.restore')}
        </button>
        <button type="button" onClick={onClose}>
          {t('snapshots.viewer.close')}
        </button>
      </div>
      {info.note ? <p className="why">{info.note}</p> : null}
      <div className="viewer-canvas">
        <GraphCanvas elements={elements} selectedId={null} connectMode={false} onEvent={ignore} label={t('snapshots.viewer.canvasLabel', { name: info.name })} />
      </div>
    </section>
  );
}
